/** Sink benchmarks: journal to PostgreSQL (binary COPY against batched INSERT) and journal to Kafka. */
package io.fdp.benchmarks.sink;
