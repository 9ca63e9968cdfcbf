package io.fdp.benchmarks.book;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.baseline.TreeMapLevelBook;
import io.fdp.benchmarks.stream.LevelStream;
import io.fdp.benchmarks.stream.OrderFlowStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * L2 level updates per second through the baseline {@link TreeMapLevelBook} ({@code TreeMap<Long, Long>} per side),
 * one book per instrument, replaying the same level stream as {@link L2ApplyBenchmark}.
 */
@State(Scope.Thread)
public class L2BaselineBenchmark extends BenchmarkSettings {
    private LevelStream stream;
    private TreeMapLevelBook[] books;
    private int cursor;

    /** Derives the level stream and builds one empty book per instrument. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = LevelStream.of(OrderFlowStream.standard());
        books = new TreeMapLevelBook[stream.instruments];
        for (int i = 0; i < books.length; i++) {
            books[i] = new TreeMapLevelBook();
        }
        cursor = 0;
    }

    /**
     * Applies the next {@value BenchmarkSettings#BATCH} level updates (size 0 deletes the level).
     *
     * @return the sum of the book results, all {@code OK}, so that nothing is optimised away.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long apply() {
        final LevelStream s = stream;
        final TreeMapLevelBook[] b = books;
        long results = 0;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            results += b[s.instrumentIds[i]].set(s.sides[i], s.prices[i], s.sizes[i]);
            if (++i == s.length) {
                i = 0;
            }
        }
        cursor = i;
        return results;
    }
}
