package io.fdp.benchmarks.journal;

import io.fdp.benchmarks.Options;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.codec.JournalCodec;
import io.fdp.journal.codec.JournalDescriptor;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Latency of one journal append on one thread, recorded per append with {@link System#nanoTime()} into an
 * HdrHistogram: {@link JournalCodec#encode} into a Chronicle {@code writingDocument()} and its commit, as
 * {@code JournalHandler} appends, beside the baseline of the same record bytes (the same encoder, behind the same
 * 4-byte length header Chronicle writes) appended with {@link FileChannel#write} to a plain file, without fsync.
 * <p>
 * Events are those of {@link OrderFlowStream#standard()}, filled into an event outside the timed part. Each path
 * appends {@code --warmup} events unrecorded, then {@code --events} recorded, to a new file in a scratch directory
 * ({@value JournalFiles#DIR_PROP_NAME}, default the temporary directory) deleted afterwards; the two paths alternate
 * for {@code --rounds} rounds in one JVM. Usage, from the repository root (Chronicle needs the flags):
 * <pre>
 *   java -Xms2g -Xmx2g --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \
 *       --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
 *       --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
 *       --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
 *       --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
 *       --sun-misc-unsafe-memory-access=allow -Dchronicle.analytics.disable=true -Dchronicle.announcer.disable=true \
 *       -cp benchmarks/target/benchmarks.jar io.fdp.benchmarks.journal.AppendLatency \
 *       [--events=N] [--warmup=N] [--rounds=N]
 * </pre>
 * ({@code --sun-misc-unsafe-memory-access=allow} only on JDK 24 and later.) Defaults: 1,000,000 events, 1,000,000
 * warm-up events, 2 rounds. Besides the percentiles, each row counts the appends slower than 100 us.
 */
public final class AppendLatency {
    private static final int HEADER_LENGTH = 4;
    private static final double NS_PER_US = 1_000.0;
    private static final long SLOW_NS = 100_000;

    private AppendLatency() {
    }

    /**
     * Runs the rounds and prints one row per path and round.
     *
     * @param args options, see the class comment.
     * @throws IOException when the baseline file cannot be written.
     */
    public static void main(final String[] args) throws IOException {
        final Options options = Options.parse(args, "events", "warmup", "rounds");
        final int events = options.intValue("events", 1_000_000);
        final int warmup = options.intValue("warmup", 1_000_000);
        final int rounds = options.intValue("rounds", 2);
        final OrderFlowStream stream = OrderFlowStream.standard();
        final PrintStream out = System.out;
        out.printf(Locale.ROOT, "%,d warm-up and %,d recorded appends per run, one thread; %d CPUs; %s; scratch under %s%n",
            warmup, events, Runtime.getRuntime().availableProcessors(), Runtime.version(),
            System.getProperty(JournalFiles.DIR_PROP_NAME, System.getProperty("java.io.tmpdir")));
        out.printf(Locale.ROOT, "%-34s %5s %9s %9s %9s %9s %11s %10s %12s%n", "path", "round", "mean us", "p50 us", "p99 us",
            "p99.9 us", "max us", "1/mean /s", "over 100 us");
        for (int round = 1; round <= rounds; round++) {
            print(out, "chronicle writingDocument", round, chronicle(stream, warmup, events));
            print(out, "baseline FileChannel.write", round, fileChannel(stream, warmup, events));
        }
    }

    private static Histogram chronicle(final OrderFlowStream stream, final int warmup, final int events) {
        final Histogram histogram = new Histogram(3);
        final MarketEvent event = new MarketEvent();
        final Path dir = JournalFiles.newDirectory("fdp-append-chronicle");
        try (SingleChronicleQueue queue = JournalFiles.openInput(dir); ExcerptAppender appender = queue.createAppender()) {
            int index = 0;
            long pass = 0;
            for (int n = 0; n < warmup + events; n++) {
                JournalFiles.fill(stream, index, pass, event);
                final long start = System.nanoTime();
                try (DocumentContext document = appender.writingDocument()) {
                    JournalCodec.encode(event, document.wire().bytes());
                }
                final long end = System.nanoTime();
                if (n >= warmup) {
                    histogram.recordValue(end - start);
                }
                if (++index == stream.length) {
                    index = 0;
                    pass++;
                }
            }
        } finally {
            JournalFiles.delete(dir);
        }
        return histogram;
    }

    private static Histogram fileChannel(final OrderFlowStream stream, final int warmup, final int events)
        throws IOException {
        final Histogram histogram = new Histogram(3);
        final MarketEvent event = new MarketEvent();
        final Bytes<ByteBuffer> record = Bytes.elasticByteBuffer(HEADER_LENGTH + JournalDescriptor.MAX_LENGTH);
        final Path dir = JournalFiles.newDirectory("fdp-append-filechannel");
        try (FileChannel channel = FileChannel.open(dir.resolve("journal.bin"), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
            int index = 0;
            long pass = 0;
            for (int n = 0; n < warmup + events; n++) {
                JournalFiles.fill(stream, index, pass, event);
                final long start = System.nanoTime();
                record.clear();
                record.writeInt(0);
                final int length = JournalCodec.encode(event, record);
                record.writeInt(0, length);
                final ByteBuffer buffer = record.underlyingObject();
                buffer.limit(HEADER_LENGTH + length).position(0);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                final long end = System.nanoTime();
                if (n >= warmup) {
                    histogram.recordValue(end - start);
                }
                if (++index == stream.length) {
                    index = 0;
                    pass++;
                }
            }
        } finally {
            record.releaseLast();
            JournalFiles.delete(dir);
        }
        return histogram;
    }

    private static void print(final PrintStream out, final String path, final int round, final Histogram histogram) {
        out.printf(Locale.ROOT, "%-34s %5d %9.3f %9.3f %9.3f %9.3f %11.1f %,10.0f %,12d%n", path, round,
            histogram.getMean() / NS_PER_US, histogram.getValueAtPercentile(50) / NS_PER_US,
            histogram.getValueAtPercentile(99) / NS_PER_US, histogram.getValueAtPercentile(99.9) / NS_PER_US,
            histogram.getMaxValue() / NS_PER_US, 1e9 / histogram.getMean(),
            histogram.getCountBetweenValues(SLOW_NS + 1, histogram.getMaxValue()));
    }
}
