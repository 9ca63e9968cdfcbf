package io.fdp.persistence.kafka;

import io.fdp.journal.JournalHandler;
import io.fdp.journal.codec.OutputRecord;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads output-journal records in order from a position, remembering the index of the last document read.
 *
 * <p>Single-threaded. Documents that do not decode are skipped (and count as read, so a checkpoint moves past them).
 */
final class OutputTail implements AutoCloseable {
    /** {@link #read} result: no more records for now. */
    static final int END = 0;

    private static final Logger LOG = LoggerFactory.getLogger(OutputTail.class);

    private final ExcerptTailer tailer;
    private long lastIndex = JournalHandler.NO_INDEX;
    private long undecodable;

    OutputTail(final ChronicleQueue queue) {
        tailer = queue.createTailer();
    }

    /**
     * Positions the tail just after a document.
     *
     * @param index a document index, or {@link JournalHandler#NO_INDEX} for the start.
     * @return false when the journal does not hold that document.
     */
    boolean moveAfter(final long index) {
        if (index == JournalHandler.NO_INDEX) {
            tailer.toStart();
            lastIndex = JournalHandler.NO_INDEX;
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
     * Reads the next decodable record.
     *
     * @param into the record to fill.
     * @return its kind (positive) or {@link #END}.
     */
    int read(final OutputRecord into) {
        while (true) {
            try (DocumentContext document = tailer.readingDocument()) {
                if (!document.isPresent()) {
                    return END;
                }
                lastIndex = document.index();
                final int kind = into.decode(document.wire().bytes());
                if (kind > 0) {
                    return kind;
                }
                undecodable++;
                LOG.warn("Output journal document {} skipped: {}", Long.toHexString(lastIndex),
                    kind == OutputRecord.UNKNOWN_VERSION ? "unknown layout version" : "malformed record");
            }
        }
    }

    /** @return the index of the last document read, or {@link JournalHandler#NO_INDEX}. */
    long lastIndex() {
        return lastIndex;
    }

    /** @return how many documents could not be decoded. */
    long undecodable() {
        return undecodable;
    }

    @Override
    public void close() {
        tailer.close();
    }
}
