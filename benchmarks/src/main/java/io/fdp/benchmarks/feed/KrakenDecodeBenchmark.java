package io.fdp.benchmarks.feed;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.feed.kraken.KrakenBookAdapter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;

/**
 * Kraken websocket book messages decoded per second on one thread, checksums verified, from the shared capture
 * ({@link SharedData#KRAKEN}: 4,321 inbound messages, ten pairs at depth 1000, 4,269 updates carrying a checksum)
 * split into messages once and replayed in a loop; every pass re-subscribes and re-snapshots each pair.
 * <p>
 * {@link #fdp} is {@link KrakenBookAdapter} calling {@link DepthFieldSink}; {@link #baseline} is
 * {@link NaiveKrakenDecoder} ({@code String}, JSON tree, {@code BigDecimal}, {@code TreeMap} books, the same CRC32).
 * Both see the same messages in the same order; the run fails if either rejects a message or a checksum.
 */
@State(Scope.Thread)
public class KrakenDecodeBenchmark extends BenchmarkSettings {
    private static final int MAX_PAIRS = 64;

    private final DepthFieldSink sink = new DepthFieldSink();
    private final BaselineSink baselineSink = new BaselineSink();
    private final KrakenBookAdapter adapter = new KrakenBookAdapter(sink, MAX_PAIRS);
    private final NaiveKrakenDecoder naive = new NaiveKrakenDecoder(baselineSink);
    private KrakenCapture capture;
    private long rejected;
    private int cursor;

    /** Loads and splits the capture. */
    @Setup(Level.Trial)
    public void setUp() {
        capture = KrakenCapture.load();
        cursor = 0;
    }

    /** Fails the run if a message or a checksum was rejected. */
    @TearDown(Level.Trial)
    public void tearDown() {
        final long failed = sink.checksumsFailed() + baselineSink.checksumsFailed;
        final long verified = sink.checksumsVerified() + baselineSink.checksumsVerified;
        if (rejected != 0 || sink.rejected() != 0 || sink.gaps() != 0 || failed != 0 || verified == 0) {
            throw new IllegalStateException("rejected " + rejected + ", gaps " + sink.gaps() + ", checksums failed "
                + failed + " of " + (failed + verified));
        }
    }

    /**
     * Decodes the next {@value BenchmarkSettings#BATCH} messages with fdp's adapter.
     *
     * @param blackhole receives every delivered value.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fdp(final Blackhole blackhole) {
        sink.blackhole(blackhole);
        final KrakenCapture c = capture;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            if (adapter.onMessage(c.buffer, c.offsets[i], c.lengths[i], c.receiveTimesNs[i]) < 0) {
                rejected++;
            }
            if (++i == c.offsets.length) {
                i = 0;
            }
        }
        cursor = i;
    }

    /**
     * Decodes the next {@value BenchmarkSettings#BATCH} messages with the baseline.
     *
     * @param blackhole receives every delivered value.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void baseline(final Blackhole blackhole) {
        baselineSink.blackhole = blackhole;
        final KrakenCapture c = capture;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            if (naive.onMessage(c.bytes, c.offsets[i], c.lengths[i], c.receiveTimesNs[i]) < 0) {
                rejected++;
            }
            if (++i == c.offsets.length) {
                i = 0;
            }
        }
        cursor = i;
    }

    /** Consumes what the baseline delivers, as {@link DepthFieldSink} does for fdp. */
    private static final class BaselineSink implements NaiveKrakenDecoder.Listener {
        private Blackhole blackhole;
        private long checksumsVerified;
        private long checksumsFailed;

        @Override
        public void onBook(final String pair, final boolean snapshot, final BigDecimal eventTime, final long receiveTimeNs) {
            blackhole.consume(eventTime);
            blackhole.consume(receiveTimeNs);
        }

        @Override
        public void onLevel(final String pair, final boolean bid, final BigDecimal price, final BigDecimal volume) {
            blackhole.consume(price);
            blackhole.consume(volume);
        }

        @Override
        public void onChecksum(final String pair, final boolean ok) {
            if (ok) {
                checksumsVerified++;
            } else {
                checksumsFailed++;
            }
        }
    }
}
