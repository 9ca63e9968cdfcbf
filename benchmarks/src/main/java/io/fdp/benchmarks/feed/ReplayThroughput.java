package io.fdp.benchmarks.feed;

import com.lmax.disruptor.RingBuffer;
import io.fdp.engine.book.BookView;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.BookEventListener;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import org.agrona.concurrent.OffsetEpochNanoClock;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Messages per second of the whole {@code fdp replay} path: {@link Feeds#open} over a recorded file, then the feed
 * thread decoding and publishing into a real {@link Engine} (ring, book stage, candle stage) until it has drained,
 * set up as {@code ReplayCommand} does (single producer, default wait strategy, a book event listener on the book
 * thread; no {@code --book-out}). Not a JMH benchmark, because it measures the engine's threads too.
 * <p>
 * The reference in the same run is the same feed publishing into a bare ring that nothing consumes (decode, map and
 * publish only). The engine's stages run beside the feed thread, so the ratio of the two is how much the engine
 * slows the whole path down (back-pressure, and the two cores shared by three threads), not the stages' own cost.
 * Each file is replayed {@code --warmup} times, then {@code --runs} times alternating the two; each run uses a fresh
 * feed, registry and engine, and its time runs from the start of the replay to the end of the drain, like the CLI's.
 * Every run must end in the same state hash, which is also the one {@code fdp replay --json} prints for the file.
 * A full GC before each run, outside its timing, keeps the garbage of earlier runs (each engine is sized for 16,384
 * instruments) out of it; give the JVM a fixed heap, as the JMH forks have, or that GC shrinks the heap and the next
 * run pays for growing it again. Usage, from the repository root:
 * <pre>
 *   java -Xms2g -Xmx2g --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *       io.fdp.benchmarks.feed.ReplayThroughput [--warmup=N] [--runs=N] [lobster] [itch]
 * </pre>
 * The files are {@link SharedData#LOBSTER} and {@link SharedData#ITCH}, found as {@link SharedData} says.
 */
public final class ReplayThroughput {
    private static final int RING_SIZE = 65_536;
    private static final int BOOK_ORDER_CAPACITY = 200_000;

    private ReplayThroughput() {
    }

    /**
     * Runs the replays and prints one row per file.
     *
     * @param args options and formats, see the class comment.
     * @throws IOException when a file cannot be read.
     */
    public static void main(final String[] args) throws IOException {
        if (!Object.class.getModule().isExported("jdk.internal.misc", ReplayThroughput.class.getModule())) {
            System.err.println("Agrona needs --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED on the java command line");
            System.exit(2);
        }
        int warmup = 10;
        int runs = 21;
        final List<String> formats = new ArrayList<>();
        for (final String arg : args) {
            if (arg.startsWith("--warmup=")) {
                warmup = Integer.parseInt(arg.substring("--warmup=".length()));
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else {
                formats.add(arg);
            }
        }
        if (formats.isEmpty()) {
            formats.add("lobster");
            formats.add("itch");
        }
        final PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d warm-up and %d measured runs per file and path; %d CPUs; %s%n", warmup, runs,
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf(Locale.ROOT, "%-8s %9s %9s %14s %14s %14s %16s %8s %8s %s%n", "format", "messages", "events",
            "engine msg/s", "engine min", "engine max", "feed-only msg/s", "ratio", "rejects", "state hash");
        for (final String format : formats) {
            out.println(measure(format, input(format), warmup, runs));
        }
    }

    private static Path input(final String format) {
        return switch (format) {
            case "lobster" -> SharedData.file(SharedData.LOBSTER);
            case "itch" -> SharedData.file(SharedData.ITCH);
            default -> throw new IllegalArgumentException("unknown format " + format + "; give lobster and/or itch");
        };
    }

    private static String measure(final String format, final Path input, final int warmup, final int runs)
        throws IOException {
        for (int i = 0; i < warmup; i++) {
            throughEngine(format, input);
            feedOnly(format, input);
        }
        final double[] engineRates = new double[runs];
        final double[] feedRates = new double[runs];
        Run first = null;
        for (int i = 0; i < runs; i++) {
            final Run run = throughEngine(format, input);
            if (first == null) {
                first = run;
            } else if (run.stateHash() != first.stateHash() || run.messages() != first.messages()) {
                throw new IllegalStateException("replays of " + input + " did not end in the same state");
            }
            engineRates[i] = run.messagesPerSecond();
            feedRates[i] = feedOnly(format, input).messagesPerSecond();
        }
        final double engine = median(engineRates);
        final double feed = median(feedRates);
        return String.format(Locale.ROOT, "%-8s %,9d %,9d %,14.0f %,14.0f %,14.0f %,16.0f %7.2fx %,8d %016x", format,
            first.messages(), first.events(), engine, Arrays.stream(engineRates).min().orElseThrow(),
            Arrays.stream(engineRates).max().orElseThrow(), feed, feed / engine, first.rejects(), first.stateHash());
    }

    /** One replay through a fresh engine, as {@code fdp replay} runs it. */
    private static Run throughEngine(final String format, final Path input) throws IOException {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final EngineConfig config = new EngineConfig().producerType("single").maxInstruments(registry.capacity())
            .bookOrderCapacity(BOOK_ORDER_CAPACITY);
        final RecordedFeed feed = Feeds.open(format, List.of(input), null, registry, null);
        try (Engine engine = new Engine(config, registry)) {
            engine.setBookEventListener(new RejectCounter());
            engine.start();
            collectGarbage();
            final long start = System.nanoTime();
            feed.replay(engine.newPublisher());
            engine.drain();
            final long elapsedNs = System.nanoTime() - start;
            return new Run(feed.summary().messages(), engine.counters().events(), elapsedNs, engine.counters().rejects(),
                engine.stateHash());
        }
    }

    /** One replay of the same feed into a ring without consumers: the producer never waits. */
    private static Run feedOnly(final String format, final Path input) throws IOException {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final RecordedFeed feed = Feeds.open(format, List.of(input), null, registry, null);
        final RingBuffer<MarketEvent> ring = RingBuffer.createSingleProducer(MarketEvent::new, RING_SIZE);
        final MarketEventPublisher publisher = new MarketEventPublisher(ring, new OffsetEpochNanoClock());
        collectGarbage();
        final long start = System.nanoTime();
        feed.replay(publisher);
        final long elapsedNs = System.nanoTime() - start;
        return new Run(feed.summary().messages(), publisher.published(), elapsedNs, 0, 0);
    }

    /** Collects the previous runs' garbage (an engine sized for 16,384 instruments is large) outside the timing. */
    private static void collectGarbage() {
        System.gc();
    }

    private static double median(final double[] values) {
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        final int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The outcome of one replay.
     *
     * @param messages  messages the feed decoded.
     * @param events    events the engine processed (or the feed published).
     * @param elapsedNs wall time from the start of the replay to the end of the drain.
     * @param rejects   events the books rejected.
     * @param stateHash the engine's state hash at the end.
     */
    private record Run(long messages, long events, long elapsedNs, long rejects, long stateHash) {
        double messagesPerSecond() {
            return messages * 1e9 / elapsedNs;
        }
    }

    /** Stands in for the CLI's rejection log on the book thread: one call per event, counting the rejected. */
    private static final class RejectCounter implements BookEventListener {
        private long rejected;

        @Override
        public void onBookEvent(final MarketEvent event, final BookView book) {
            if (event.bookResult() < 0) {
                rejected++;
            }
        }
    }
}
