package io.fdp.journal;

import com.lmax.disruptor.EventHandler;
import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.codec.JournalCodec;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Appends every event of the ring to the input journal, one Chronicle document per event, beside the book stage.
 *
 * <p>Register it with {@code Engine.addHandlerBesideBooks}. It reads only the input fields of the event. One document
 * per event makes a Chronicle index name exactly one event, which is what snapshots record as their position. At the
 * end of each batch it publishes the index of the last appended event ({@link #lastIndex()}, readable from any thread;
 * exact once the engine is drained) and, when configured, msyncs the file.
 *
 * <p>While {@link #replaying(boolean) replaying}, events come from the journal itself and are not appended again.
 */
public final class JournalHandler implements EventHandler<MarketEvent> {
    /** {@link #lastIndex()} before the first event. */
    public static final long NO_INDEX = -1;

    private static final VarHandle PUBLISHED_INDEX;
    private static final VarHandle PUBLISHED_COUNT;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            PUBLISHED_INDEX = lookup.findVarHandle(JournalHandler.class, "publishedIndex", long.class);
            PUBLISHED_COUNT = lookup.findVarHandle(JournalHandler.class, "publishedCount", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final ChronicleQueue queue;
    private final boolean sync;
    private ExcerptAppender appender;
    private volatile boolean replaying;
    private long index = NO_INDEX;
    private long count;
    private long publishedIndex = NO_INDEX;
    private long publishedCount;

    /**
     * Creates the handler.
     *
     * @param queue the input journal; the handler creates its appender on the handler thread.
     * @param sync  whether to msync at the end of each batch.
     */
    public JournalHandler(final ChronicleQueue queue, final boolean sync) {
        this.queue = queue;
        this.sync = sync;
    }

    @Override
    public void onStart() {
        appender = queue.createAppender();
    }

    @Override
    public void onShutdown() {
        if (appender != null) {
            appender.close();
        }
    }

    @Override
    public void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch) {
        if (!replaying) {
            try (DocumentContext document = appender.writingDocument()) {
                JournalCodec.encode(event, document.wire().bytes());
            }
            index = appender.lastIndexAppended();
            count++;
        }
        if (endOfBatch) {
            if (sync && !replaying) {
                appender.sync();
            }
            PUBLISHED_INDEX.setRelease(this, index);
            PUBLISHED_COUNT.setRelease(this, count);
        }
    }

    /**
     * Switches replay mode: events replayed from the journal pass without being appended again (any thread, before
     * they are published).
     *
     * @param value true while replaying.
     */
    public void replaying(final boolean value) {
        replaying = value;
    }

    /**
     * Sets the position the next appends follow, after a replay (call when the engine is drained and idle).
     *
     * @param lastIndex the index of the last event the engine has processed, or {@link #NO_INDEX}.
     */
    public void resumeAfter(final long lastIndex) {
        index = lastIndex;
        PUBLISHED_INDEX.setRelease(this, lastIndex);
    }

    /** @return the index of the last appended (or replayed) event as of the latest end of batch, or {@link #NO_INDEX}. */
    public long lastIndex() {
        return (long) PUBLISHED_INDEX.getAcquire(this);
    }

    /** @return how many events this handler has appended, as of the latest end of batch. */
    public long appended() {
        return (long) PUBLISHED_COUNT.getAcquire(this);
    }
}
