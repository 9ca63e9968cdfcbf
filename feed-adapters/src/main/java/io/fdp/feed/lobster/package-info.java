/** LOBSTER limit-order-book sample files: allocation-free parsers of message and orderbook CSV lines, and file readers. */
package io.fdp.feed.lobster;
