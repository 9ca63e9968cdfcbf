/** A deterministic synthetic L3 order flow and a feed that publishes it onto the engine, for demos and benchmarks. */
package io.fdp.feed.synthetic;
