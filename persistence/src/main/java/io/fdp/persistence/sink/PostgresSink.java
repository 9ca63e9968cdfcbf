package io.fdp.persistence.sink;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.journal.output.OutputReader;
import io.fdp.persistence.store.MarketDataWriter;
import io.fdp.persistence.store.WriteStrategy;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Tails the output journal into PostgreSQL: trades, quotes, candles, book snapshots and data-quality events, written
 * with binary COPY in batches. Each batch commits in the same transaction as the sink's checkpoint (the journal index
 * of its last record), so every record lands exactly once across crashes and database outages: a batch that did not
 * commit is read again from the checkpoint.
 *
 * <p>Runs on its own thread; the engine never waits for it. While the database is unavailable the batch is retried
 * with exponential backoff (100 ms to 5 s) and the lag grows.
 */
public final class PostgresSink implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final DataSource dataSource;
    private final SingleChronicleQueue journal;
    private final String name;
    private final int batchSize;
    private final OutputRecords records;
    private final MarketDataWriter writer;
    private final List<TradePrint> trades = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Candle> candles = new ArrayList<>();
    private final List<BookSnapshot> books = new ArrayList<>();
    private final List<DataQualityEvent> quality = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long committedIndex = -1;
    private volatile long committedRecords;
    private volatile long lastEventTimeNs;
    private volatile long failures;
    private Thread thread;

    /**
     * Creates a sink.
     *
     * @param dataSource the database (migrated).
     * @param journal    the output journal.
     * @param registry   the instruments (names and scales of the journaled ids).
     * @param name       the sink's checkpoint name, stable across restarts.
     * @param batchSize  records per transaction.
     */
    public PostgresSink(final DataSource dataSource, final SingleChronicleQueue journal, final InstrumentRegistry registry,
        final String name, final int batchSize) {
        this.dataSource = dataSource;
        this.journal = journal;
        this.name = name;
        this.batchSize = batchSize;
        this.records = new OutputRecords(registry, "fdp");
        this.writer = new MarketDataWriter(dataSource, WriteStrategy.COPY_BINARY);
    }

    /** Starts the sink's thread. */
    public synchronized void start() {
        thread = new Thread(this, "fdp-postgres-sink-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the sink after its current batch (committed or not: an uncommitted batch is read again next time). */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        try (OutputReader reader = new OutputReader(journal)) {
            resume(reader);
            while (running) {
                final int read = readBatch(reader);
                if (read == 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                    continue;
                }
                commitWithRetry(reader.lastIndex(), read);
            }
        } catch (final RuntimeException e) {
            LOG.error("PostgreSQL sink {} stopped", name, e);
        }
    }

    /**
     * Writes everything the journal holds now, on the calling thread (for tools and tests), then returns.
     *
     * @return records written.
     */
    public long drainOnce() {
        long total = 0;
        try (OutputReader reader = new OutputReader(journal)) {
            resume(reader);
            int read;
            while ((read = readBatch(reader)) > 0) {
                commitWithRetry(reader.lastIndex(), read);
                total += read;
            }
        }
        return total;
    }

    private void resume(final OutputReader reader) {
        final long checkpoint = retry(this::loadCheckpoint);
        committedIndex = checkpoint;
        if (checkpoint >= 0 && !reader.moveAfter(checkpoint)) {
            throw new IllegalStateException("sink " + name + ": the output journal no longer holds its checkpoint index "
                + checkpoint + " (retention deleted it?); delete the checkpoint row to start over");
        }
    }

    private int readBatch(final OutputReader reader) {
        final OutputRecord record = new OutputRecord();
        int read = 0;
        int kind;
        while (read < batchSize && (kind = reader.read(record)) != OutputReader.END) {
            read++;
            if (kind < 0 || (kind != OutputDescriptor.DATA_QUALITY && !records.known(record))) {
                LOG.warn("Sink {} skips output record {} (kind {}): undecodable or unknown instrument", name,
                    reader.lastIndex(), kind);
                continue;
            }
            switch (kind) {
                case OutputDescriptor.TRADE -> trades.add(records.trade(record));
                case OutputDescriptor.QUOTE -> quotes.add(records.quote(record));
                case OutputDescriptor.CANDLE -> candles.add(records.candle(record));
                case OutputDescriptor.BOOK -> books.add(records.book(record));
                default -> quality.add(records.quality(record));
            }
            lastEventTimeNs = record.eventTimeNs();
        }
        return read;
    }

    private void commitWithRetry(final long lastIndex, final int read) {
        retry(() -> {
            commit(lastIndex);
            return null;
        });
        committedIndex = lastIndex;
        committedRecords += read;
        trades.clear();
        quotes.clear();
        candles.clear();
        books.clear();
        quality.clear();
    }

    private void commit(final long lastIndex) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writer.writeTrades(connection, trades);
                writer.writeQuotes(connection, quotes);
                writer.writeCandles(connection, candles);
                writer.writeBookSnapshots(connection, books);
                writer.writeDataQualityEvents(connection, quality);
                try (PreparedStatement checkpoint = connection.prepareStatement(
                    "INSERT INTO fdp_sink_checkpoint (sink, journal_index, updated_at) VALUES (?, ?, now()) "
                        + "ON CONFLICT (sink) DO UPDATE SET journal_index = EXCLUDED.journal_index, updated_at = now()")) {
                    checkpoint.setString(1, name);
                    checkpoint.setLong(2, lastIndex);
                    checkpoint.executeUpdate();
                }
                connection.commit();
            } catch (final SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private long loadCheckpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement create = connection.prepareStatement("CREATE TABLE IF NOT EXISTS fdp_sink_checkpoint "
                + "(sink TEXT PRIMARY KEY, journal_index BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL)")) {
                create.execute();
            }
            try (PreparedStatement select = connection.prepareStatement(
                "SELECT journal_index FROM fdp_sink_checkpoint WHERE sink = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : -1;
                }
            }
        }
    }

    private <T> T retry(final SqlAction<T> action) {
        long backoffMs = 100;
        while (true) {
            try {
                return action.run();
            } catch (final SQLException | RuntimeException e) {
                failures++;
                if (!running) {
                    throw new IllegalStateException("sink " + name + " stopped while the database was failing", e);
                }
                LOG.warn("Sink {}: database write failed ({}); retrying in {} ms", name, e.getMessage(), backoffMs);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoffMs));
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
            }
        }
    }

    /** @return output records committed since this sink started. */
    public long committedRecords() {
        return committedRecords;
    }

    /** @return the journal index of the last committed record, or -1. */
    public long committedIndex() {
        return committedIndex;
    }

    /** @return records in the journal after the checkpoint (events of lag). */
    public long lagRecords() {
        final long end = journal.lastIndex();
        if (end < 0 || committedIndex == end) {
            return 0;
        }
        final long from = committedIndex < 0 ? journal.firstIndex() : committedIndex;
        final long counted = journal.countExcerpts(from, end);
        return committedIndex < 0 ? counted + 1 : Math.max(0, counted - 1);
    }

    /** @return seconds between now and the event time of the last record read, a measure of how far behind it is. */
    public double lagSeconds() {
        return lastEventTimeNs == 0 ? 0 : Math.max(0, (System.currentTimeMillis() * 1_000_000L - lastEventTimeNs) / 1e9);
    }

    /** @return database failures retried so far. */
    public long failures() {
        return failures;
    }

    /** One database action that may fail and be retried. */
    @FunctionalInterface
    private interface SqlAction<T> {
        T run() throws SQLException;
    }
}
