package io.fdp.benchmarks.feed;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.feed.kraken.KrakenBookAdapter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Kraken book checksums computed per second, alone: the part of {@link KrakenDecodeBenchmark} that runs once per
 * update, on the books left by one pass of the capture, cycling through the pairs. {@link #fdp} is
 * {@link KrakenBookAdapter#checksum(int)} (text rebuilt from mantissas, then CRC32); {@link #baseline} is the
 * baseline's {@code BigDecimal.toPlainString} and {@code StringBuilder} text, then CRC32.
 */
@State(Scope.Thread)
public class KrakenChecksumBenchmark extends BenchmarkSettings {
    private final DepthFieldSink sink = new DepthFieldSink();
    private final KrakenBookAdapter adapter = new KrakenBookAdapter(sink, 64);
    private final NaiveKrakenDecoder naive = new NaiveKrakenDecoder(new NaiveKrakenDecoder.Listener() {
        @Override
        public void onBook(final String pair, final boolean snapshot, final java.math.BigDecimal eventTime,
            final long receiveTimeNs) {
            // Only the books matter here.
        }

        @Override
        public void onLevel(final String pair, final boolean bid, final java.math.BigDecimal price,
            final java.math.BigDecimal volume) {
            // Only the books matter here.
        }

        @Override
        public void onChecksum(final String pair, final boolean ok) {
            // Only the books matter here.
        }
    });
    private String[] pairs;
    private int next;

    /**
     * Replays the capture once through both decoders.
     *
     * @param blackhole consumes what fdp's adapter delivers during the replay.
     */
    @Setup(Level.Trial)
    public void setUp(final Blackhole blackhole) {
        final KrakenCapture capture = KrakenCapture.load();
        sink.blackhole(blackhole);
        for (int i = 0; i < capture.messages(); i++) {
            adapter.onMessage(capture.buffer, capture.offsets[i], capture.lengths[i], capture.receiveTimesNs[i]);
            naive.onMessage(capture.bytes, capture.offsets[i], capture.lengths[i], capture.receiveTimesNs[i]);
        }
        pairs = new String[adapter.symbolCount()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = adapter.symbol(i);
            if (adapter.checksum(i) != naive.checksum(pairs[i])) {
                throw new IllegalStateException("the decoders hold different books for " + pairs[i]);
            }
        }
    }

    /** @return the checksum of the next pair's book, by fdp's adapter. */
    @Benchmark
    public long fdp() {
        final int pair = next;
        next = pair + 1 == pairs.length ? 0 : pair + 1;
        return adapter.checksum(pair);
    }

    /** @return the checksum of the next pair's book, by the baseline. */
    @Benchmark
    public long baseline() {
        final int pair = next;
        next = pair + 1 == pairs.length ? 0 : pair + 1;
        return naive.checksum(pairs[pair]);
    }
}
