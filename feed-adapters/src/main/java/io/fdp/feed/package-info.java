/** Decoders of external market-data formats and reference-data importers. */
package io.fdp.feed;
