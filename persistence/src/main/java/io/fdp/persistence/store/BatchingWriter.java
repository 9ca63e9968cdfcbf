package io.fdp.persistence.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Collects records one at a time (an importer's sink) and writes them in batches of a fixed size; closing writes the
 * rest. Not thread-safe.
 *
 * @param <M> the record type.
 */
public final class BatchingWriter<M> implements Consumer<M>, AutoCloseable {
    private final int batchSize;
    private final ToLongFunction<List<M>> write;
    private final List<M> batch;
    private long written;

    /**
     * Creates a batching writer.
     *
     * @param batchSize records per write, at least 1.
     * @param write writes a batch and returns the rows it wrote, such as {@code store::putRates}.
     */
    public BatchingWriter(final int batchSize, final ToLongFunction<List<M>> write) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.write = Objects.requireNonNull(write, "write");
        this.batch = new ArrayList<>(batchSize);
    }

    @Override
    public void accept(final M record) {
        batch.add(record);
        if (batch.size() == batchSize) {
            flush();
        }
    }

    /**
     * Writes the records collected so far.
     *
     * @return rows the write reported for them.
     */
    public long flush() {
        if (batch.isEmpty()) {
            return 0;
        }
        final long rows = write.applyAsLong(List.copyOf(batch));
        batch.clear();
        written += rows;
        return rows;
    }

    /**
     * The rows written so far.
     *
     * @return the sum of what the writes reported.
     */
    public long written() {
        return written;
    }

    @Override
    public void close() {
        flush();
    }
}
