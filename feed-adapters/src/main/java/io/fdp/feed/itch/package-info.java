/** NASDAQ TotalView-ITCH 5.0: message layouts, an allocation-free decoder and a BinaryFILE reader. */
package io.fdp.feed.itch;
