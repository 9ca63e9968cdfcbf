package io.fdp.benchmarks.journal;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.pipeline.StreamReplay;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.journal.JournalReader;
import io.fdp.journal.JournalReplayer;
import io.fdp.journal.ReplaySummary;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;

/**
 * Events per second replayed from an input journal of {@value #EVENTS} events (the first events of
 * {@link OrderFlowStream#standard()}, written once per trial as {@code JournalHandler} writes them).
 * <p>
 * {@link #replayIntoEngine}: {@link JournalReplayer} as fast as possible into a fresh, started engine (created before
 * the timed part of each invocation), until the engine has drained, as {@code fdp replay --journal} does.
 * {@link #readAndDecode}, the baseline: the same {@link JournalReader} reading and decoding every event, with no
 * engine, which bounds what a replay into any engine can reach on this machine.
 */
public class JournalReplayBenchmark extends BenchmarkSettings {
    /** Events in the journal, all replayed by each invocation. */
    public static final int EVENTS = 1_000_000;

    /** The journal, written once per trial. */
    @State(Scope.Benchmark)
    public static class Journal {
        private OrderFlowStream stream;
        private Path dir;
        private SingleChronicleQueue queue;

        /** Writes the journal. */
        @Setup(Level.Trial)
        public void setUp() {
            stream = OrderFlowStream.standard();
            if (stream.length < EVENTS) {
                throw new IllegalStateException("the stream has fewer than " + EVENTS + " events");
            }
            dir = JournalFiles.newDirectory("fdp-journal-replay");
            queue = JournalFiles.openInput(dir);
            JournalFiles.write(queue, stream, EVENTS);
        }

        /** Closes and deletes the journal. */
        @TearDown(Level.Trial)
        public void tearDown() {
            queue.close();
            JournalFiles.delete(dir);
        }
    }

    /** A fresh engine and reader for each invocation. */
    @State(Scope.Thread)
    public static class FreshEngine {
        /** The engine's wait strategy. */
        @Param({"sleeping", "yielding"})
        public String waitStrategy;

        private Engine engine;
        private JournalReader reader;

        /**
         * Starts an engine sized for the stream and opens a reader at the start of the journal.
         *
         * @param journal the journal.
         */
        @Setup(Level.Invocation)
        public void setUp(final Journal journal) {
            engine = new Engine(StreamReplay.engineConfig(journal.stream, waitStrategy), StreamReplay.registry(journal.stream));
            engine.start();
            reader = new JournalReader(journal.queue).toStart();
        }

        /** Checks that the engine processed every event without a rejection, then stops it. */
        @TearDown(Level.Invocation)
        public void tearDown() {
            final long events = engine.counters().events();
            final long rejects = engine.counters().rejects();
            final long gaps = engine.counters().get(EngineCounters.Misc.GAPS);
            reader.close();
            engine.close();
            if (events != EVENTS || rejects != 0 || gaps != 0) {
                throw new IllegalStateException("engine processed " + events + " events, rejects " + rejects + ", gaps "
                    + gaps);
            }
        }
    }

    /** A reader and an event to decode into, for the baseline. */
    @State(Scope.Thread)
    public static class Reader {
        private final MarketEvent event = new MarketEvent();
        private JournalReader reader;

        /**
         * Opens a reader at the start of the journal.
         *
         * @param journal the journal.
         */
        @Setup(Level.Invocation)
        public void setUp(final Journal journal) {
            reader = new JournalReader(journal.queue).toStart();
        }

        /** Closes the reader. */
        @TearDown(Level.Invocation)
        public void tearDown() {
            reader.close();
        }
    }

    /**
     * Replays the whole journal into the fresh engine and waits until it has drained.
     *
     * @param run the engine and reader of this invocation.
     * @return the number of events replayed.
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long replayIntoEngine(final FreshEngine run) {
        final ReplaySummary summary = new JournalReplayer(run.reader).replay(run.engine);
        return summary.events();
    }

    /**
     * Reads and decodes the whole journal, summing fields of every event.
     *
     * @param run the reader of this invocation.
     * @return the sum, which depends on every event.
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long readAndDecode(final Reader run) {
        final MarketEvent event = run.event;
        long sum = 0;
        int events = 0;
        while (run.reader.read(event) == JournalReader.READ) {
            sum += event.type() + event.instrumentId() + event.sequence() + event.eventTimeNs() + event.orderId()
                + event.price() + event.size();
            events++;
        }
        if (events != EVENTS) {
            throw new IllegalStateException("read " + events + " of " + EVENTS + " events");
        }
        return sum;
    }
}
