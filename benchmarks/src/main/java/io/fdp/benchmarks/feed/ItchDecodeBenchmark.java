package io.fdp.benchmarks.feed;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.feed.itch.ItchDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;

/**
 * ITCH 5.0 messages decoded per second on one thread, from the shared sample ({@link SharedData#ITCH}, 12,012
 * messages) held in memory and replayed in a loop, every decoded field consumed into a {@link Blackhole}.
 * <p>
 * {@link #fdp} is {@link ItchDecoder} calling {@link ItchFieldSink}; {@link #baseline} is {@link ByteBufferItchDecoder}
 * building one {@link ItchMessage} record per message. Both walk the same precomputed message offsets, so framing is
 * left out of both; run with {@code -prof gc} to see the allocation per message.
 */
@State(Scope.Thread)
public class ItchDecodeBenchmark extends BenchmarkSettings {
    /** Where the sample is held: a heap array or a direct (off-heap) buffer. */
    @Param({"heap", "direct"})
    public String buffer;

    private final ItchFieldSink sink = new ItchFieldSink();
    private final ItchDecoder decoder = new ItchDecoder(sink);
    private int[] offsets;
    private int[] lengths;
    private UnsafeBuffer fdpBuffer;
    private ByteBuffer baselineBuffer;
    private int cursor;

    /** Loads the sample into the chosen kind of buffer. */
    @Setup(Level.Trial)
    public void setUp() {
        final ItchSample sample = ItchSample.load();
        offsets = sample.offsets;
        lengths = sample.lengths;
        switch (buffer) {
            case "heap" -> {
                fdpBuffer = new UnsafeBuffer(sample.bytes);
                baselineBuffer = ByteBuffer.wrap(sample.bytes);
            }
            case "direct" -> {
                final ByteBuffer direct = ByteBuffer.allocateDirect(sample.bytes.length).put(sample.bytes).flip();
                fdpBuffer = new UnsafeBuffer(direct);
                baselineBuffer = direct;
            }
            default -> throw new IllegalArgumentException("buffer must be heap or direct: " + buffer);
        }
        cursor = 0;
    }

    /**
     * Decodes the next {@value BenchmarkSettings#BATCH} messages with fdp's decoder.
     *
     * @param blackhole receives one value per message, computed from all its fields.
     * @return the bytes decoded.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int fdp(final Blackhole blackhole) {
        sink.blackhole(blackhole);
        final int[] o = offsets;
        final int[] l = lengths;
        final UnsafeBuffer b = fdpBuffer;
        int decoded = 0;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            decoded += decoder.decode(b, o[i], l[i]);
            if (++i == o.length) {
                i = 0;
            }
        }
        cursor = i;
        return decoded;
    }

    /**
     * Decodes the next {@value BenchmarkSettings#BATCH} messages with the baseline, a record per message.
     *
     * @param blackhole receives one value per message, computed from all the fields of its record.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void baseline(final Blackhole blackhole) {
        final int[] o = offsets;
        final ByteBuffer b = baselineBuffer;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            final ItchMessage message = ByteBufferItchDecoder.decode(b, o[i]);
            blackhole.consume(message.fold());
            if (++i == o.length) {
                i = 0;
            }
        }
        cursor = i;
    }
}
