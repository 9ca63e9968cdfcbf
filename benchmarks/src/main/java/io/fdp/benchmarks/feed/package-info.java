/** Feed decoding and replay benchmarks on the shared recorded data (ITCH, Kraken, LOBSTER), each beside a baseline. */
package io.fdp.benchmarks.feed;
