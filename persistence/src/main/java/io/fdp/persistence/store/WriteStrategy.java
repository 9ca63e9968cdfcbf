package io.fdp.persistence.store;

/** How rows reach the database. */
public enum WriteStrategy {
    /** Binary COPY (upserts through a temporary staging table): the fast path. */
    COPY_BINARY(new BinaryCopyWriter()),
    /** JDBC batches of INSERT statements: the baseline the COPY path is measured against. */
    BATCHED_INSERT(new BatchInsertWriter());

    private final TableWriter writer;

    WriteStrategy(final TableWriter writer) {
        this.writer = writer;
    }

    /**
     * The writer of this strategy.
     *
     * @return a stateless writer.
     */
    public TableWriter writer() {
        return writer;
    }
}
