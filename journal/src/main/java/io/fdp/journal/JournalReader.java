package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.codec.JournalCodec;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads input-journal events in order, from the start or from a position, decoding each into a caller's event.
 *
 * <p>Single-threaded (a Chronicle tailer belongs to one thread). Documents that do not decode (another layout version,
 * truncated) are skipped, counted and logged; the reader never guesses at their content.
 */
public final class JournalReader implements AutoCloseable {
    /** {@link #read} result: an event was read. */
    public static final int READ = 1;
    /** {@link #read} result: no more events for now. */
    public static final int END = 0;

    private static final Logger LOG = LoggerFactory.getLogger(JournalReader.class);

    private final ExcerptTailer tailer;
    private long lastIndex = JournalHandler.NO_INDEX;
    private long undecodable;

    /**
     * Creates a reader positioned at the start of the journal.
     *
     * @param queue the input journal.
     */
    public JournalReader(final ChronicleQueue queue) {
        if (queue instanceof SingleChronicleQueue single) {
            // Retention may have deleted cycles since the directory listing was last read.
            single.refreshDirectoryListing();
        }
        tailer = queue.createTailer();
    }

    /** @return this reader, positioned before the first event. */
    public JournalReader toStart() {
        tailer.toStart();
        return this;
    }

    /**
     * Positions the reader so that the next event read is the one at {@code index}.
     *
     * @param index a Chronicle index.
     * @return false when the journal has no such index (the position is then unchanged).
     */
    public boolean moveToIndex(final long index) {
        return tailer.moveToIndex(index);
    }

    /**
     * Positions the reader just after the event at {@code index}, which must exist.
     *
     * @param index a Chronicle index, or {@link JournalHandler#NO_INDEX} for the start.
     * @return false when the journal no longer (or never) held that event.
     */
    public boolean moveAfter(final long index) {
        if (index == JournalHandler.NO_INDEX) {
            tailer.toStart();
            return true;
        }
        if (!tailer.moveToIndex(index)) {
            return false;
        }
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent() || document.index() != index) {
                return false;
            }
        }
        lastIndex = index;
        return true;
    }

    /**
     * Reads the next event.
     *
     * @param into the event to fill (cleared first).
     * @return {@link #READ} or {@link #END}.
     */
    public int read(final MarketEvent into) {
        while (true) {
            try (DocumentContext document = tailer.readingDocument()) {
                if (!document.isPresent()) {
                    return END;
                }
                final int result = JournalCodec.decode(document.wire().bytes(), into);
                if (result > 0) {
                    lastIndex = document.index();
                    return READ;
                }
                undecodable++;
                LOG.warn("Journal document {} skipped: {} (layout version {})", Long.toHexString(document.index()),
                    result == JournalCodec.UNKNOWN_VERSION ? "unknown layout version" : "truncated record",
                    document.wire().bytes().readRemaining() > 0
                        ? document.wire().bytes().readByte(document.wire().bytes().readPosition()) : -1);
            }
        }
    }

    /** @return the index of the last event read, or {@link JournalHandler#NO_INDEX}. */
    public long lastIndex() {
        return lastIndex;
    }

    /** @return how many documents could not be decoded and were skipped. */
    public long undecodable() {
        return undecodable;
    }

    @Override
    public void close() {
        tailer.close();
    }
}
