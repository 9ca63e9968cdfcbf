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
            return into.decode(document.wire().bytes());
        }
    }

    @Override
    public void close() {
        tailer.close();
    }
}
