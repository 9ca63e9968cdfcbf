/** L3 and L2 book benchmarks, each beside its TreeMap baseline, replaying the same synthetic stream. */
package io.fdp.benchmarks.book;
