package io.fdp.benchmarks.journal;

import com.lmax.disruptor.RingBuffer;
import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.pipeline.StreamReplay;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.journal.JournalHandler;
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
 * Events per second through the engine pipeline (publish onto the ring, the engine thread's book and candle stages)
 * with and without the {@link JournalHandler} beside the books ({@code journal = on}: one Chronicle document per
 * event, no msync, as {@code fdp ingest} runs it by default), on the same {@link OrderFlowStream#standard()} events.
 * <p>
 * Each invocation publishes {@value #EVENTS_PER_INVOCATION} events and returns once every handler, the journal
 * included, has processed them. There is no subscriber, so the figure is the pipeline's own; compare the two
 * {@code journal} values of the same wait strategy. The journal lives in a scratch directory
 * ({@link JournalFiles#DIR_PROP_NAME}, default the temporary directory) deleted after the trial.
 */
@State(Scope.Thread)
public class JournalPipelineBenchmark extends BenchmarkSettings {
    /** Events published per invocation. */
    public static final int EVENTS_PER_INVOCATION = 16_384;

    /** The engine's wait strategy. */
    @Param({"sleeping", "yielding"})
    public String waitStrategy;

    /** Whether the journal handler runs beside the books. */
    @Param({"off", "on"})
    public String journal;

    private OrderFlowStream stream;
    private Engine engine;
    private MarketEventPublisher publisher;
    private RingBuffer<MarketEvent> ring;
    private Path dir;
    private SingleChronicleQueue queue;
    private JournalHandler handler;
    private int cursor;
    private long pass;

    /** Starts an engine, with the journal handler when {@code journal = on}. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = OrderFlowStream.standard();
        engine = new Engine(StreamReplay.engineConfig(stream, waitStrategy), StreamReplay.registry(stream));
        switch (journal) {
            case "on" -> {
                dir = JournalFiles.newDirectory("fdp-journal-pipeline");
                queue = JournalFiles.openInput(dir);
                handler = new JournalHandler(queue, false);
                engine.addHandlerBesideBooks(handler);
            }
            case "off" -> handler = null;
            default -> throw new IllegalArgumentException("journal must be on or off: " + journal);
        }
        engine.start();
        publisher = engine.newPublisher();
        ring = engine.ring();
        cursor = 0;
        pass = 0;
    }

    /** Stops the engine and deletes the journal, failing the run if anything was rejected or not journaled. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.drain();
        final long published = publisher.published();
        final long rejects = engine.counters().rejects();
        final long gaps = engine.counters().get(EngineCounters.Misc.GAPS);
        final long journaled = handler == null ? published : handler.appended();
        engine.close();
        if (queue != null) {
            queue.close();
        }
        JournalFiles.delete(dir);
        if (rejects != 0 || gaps != 0 || journaled != published) {
            throw new IllegalStateException("rejects " + rejects + ", gaps " + gaps + ", journaled " + journaled + " of "
                + published);
        }
    }

    /**
     * Publishes {@value #EVENTS_PER_INVOCATION} events and waits until every handler has processed them.
     *
     * @return the ring's cursor.
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_INVOCATION)
    public long publishAndProcess() {
        final OrderFlowStream s = stream;
        int i = cursor;
        for (int n = 0; n < EVENTS_PER_INVOCATION; n++) {
            StreamReplay.toEngine(s, i, pass, s.eventTimeNs(i, pass), publisher);
            if (++i == s.length) {
                i = 0;
                pass++;
            }
        }
        cursor = i;
        final long published = ring.getCursor();
        while (ring.getMinimumGatingSequence() < published) {
            Thread.yield();
        }
        return published;
    }
}
