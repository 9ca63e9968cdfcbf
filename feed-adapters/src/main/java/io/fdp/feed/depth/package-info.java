/** Venue-neutral market-data listener, result codes and the adapters' private price-level books. */
package io.fdp.feed.depth;
