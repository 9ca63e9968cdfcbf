package io.fdp.journal.output;

import io.fdp.journal.codec.OutputRecord;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

/** Reads output-journal records in order from the start (single-threaded, like the tailer it wraps). */
public final class OutputReader implements AutoCloseable {
    /** {@link #read} result: no more records for now. */
    public static final int END = 0;

    private final ExcerptTailer tailer;
    private long lastIndex = -1;

    /**
     * Creates a reader at the start of the output journal.
     *
     * @param queue the output journal.
     */
    public OutputReader(final ChronicleQueue queue) {
        tailer = queue.createTailer();
    }

    /**
     * Reads the next record.
     *
     * @param into the record to fill.
     * @return its kind, {@link #END}, or a negative {@link OutputRecord} decode error.
     */
    public int read(final OutputRecord into) {
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return END;
            }
            lastIndex = document.index();
            return into.decode(document.wire().bytes());
        }
    }

    /** @return the journal index of the last record read, or -1 before the first. */
    public long lastIndex() {
        return lastIndex;
    }

    /**
     * Positions the reader just after a record (to resume from a checkpoint).
     *
     * @param index the index of the last record already handled.
     * @return false when the journal does not hold that index (the reader is then unchanged).
     */
    public boolean moveAfter(final long index) {
        if (!tailer.moveToIndex(index)) {
            return false;
        }
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent()) {
                return false;
            }
            lastIndex = document.index();
        }
        return true;
    }

    @Override
    public void close() {
        tailer.close();
    }
}
