/** Journal benchmarks: the pipeline with and without the journal, journal replay, and per-append latency. */
package io.fdp.benchmarks.journal;
