package io.fdp.persistence.sink;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.journal.output.OutputReader;
import io.fdp.persistence.store.MarketDataWriter;
import io.fdp.persistence.store.TradeCopyBatch;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Tails the output journal into PostgreSQL: trades, quotes, candles, book snapshots and data-quality events, written
 * with binary COPY in batches (trades encoded straight from the journal records by {@link TradeCopyBatch}). Each
 * batch commits in the same transaction as the sink's checkpoint (the journal index of its last record), so every
 * record lands exactly once across crashes and database outages: a batch that did not commit is read again from the
 * checkpoint.
 *
 * <p>Runs on its own thread, which reads the next batch while a committer thread writes the last one; the engine
 * never waits for either. Any failure (database down, connection lost, a commit whose outcome is unknown) drops the
 * batches, waits (exponential backoff from {@value #BACKOFF_MIN_MS} ms to {@value #BACKOFF_MAX_MS} ms), reads the
 * checkpoint the database holds and resumes after it, so the database, not the sink's memory, decides what is
 * written. Meanwhile {@link #failures()}, {@link #outageSeconds()} and the lag grow.
 *
 * <p>The checkpoint moves by compare-and-set: a batch commits only if the checkpoint row still holds the index the
 * sink resumed from or last committed. A second sink of the same name, or a database that lost a recent commit,
 * therefore makes the commit fail and the sink resume from the database's checkpoint instead of skipping records.
 */
public final class PostgresSink implements Runnable, AutoCloseable, SinkMetrics {
    /** First wait after a failure, in milliseconds; it doubles at each further failure. */
    public static final long BACKOFF_MIN_MS = 100;
    /** Longest wait between retries, in milliseconds. */
    public static final long BACKOFF_MAX_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);
    private static final long IDLE_PARK_NS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long NO_CHECKPOINT = -1;

    private final DataSource dataSource;
    private final SingleChronicleQueue journal;
    private final String name;
    private final int batchSize;
    private final OutputRecords records;
    private final MarketDataWriter writer;
    private final OutputRecord record = new OutputRecord();
    private final Batch[] batches = new Batch[2];
    private volatile boolean running = true;
    private volatile long committedIndex = NO_CHECKPOINT;
    private volatile long committedRecords;
    private volatile long committedEventTimeNs;
    private volatile long firstReadEventTimeNs;
    private final Outage outage = new Outage();
    private Thread thread;

    /**
     * Creates a sink writing with binary COPY.
     *
     * @param dataSource the database (migrated).
     * @param journal    the output journal.
     * @param registry   the instruments (names and scales of the journaled ids).
     * @param name       the sink's checkpoint name, stable across restarts.
     * @param batchSize  records per transaction.
     */
    public PostgresSink(final DataSource dataSource, final SingleChronicleQueue journal, final InstrumentRegistry registry,
        final String name, final int batchSize) {
        this(dataSource, journal, registry, name, batchSize, WriteStrategy.COPY_BINARY);
    }

    /**
     * Creates a sink.
     *
     * @param dataSource the database (migrated).
     * @param journal    the output journal.
     * @param registry   the instruments (names and scales of the journaled ids).
     * @param name       the sink's checkpoint name, stable across restarts.
     * @param batchSize  records per transaction.
     * @param strategy   how rows are written ({@link WriteStrategy#BATCHED_INSERT} only as a baseline).
     */
    public PostgresSink(final DataSource dataSource, final SingleChronicleQueue journal, final InstrumentRegistry registry,
        final String name, final int batchSize, final WriteStrategy strategy) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.dataSource = dataSource;
        this.journal = journal;
        this.name = name;
        this.batchSize = batchSize;
        this.records = new OutputRecords(registry, "fdp");
        this.writer = new MarketDataWriter(dataSource, strategy);
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new Batch(strategy == WriteStrategy.COPY_BINARY);
        }
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
        try {
            pump(false);
        } catch (final RuntimeException e) {
            LOG.error("PostgreSQL sink {} stopped", name, e);
        }
    }

    /**
     * Writes everything the journal holds now, on the calling thread (for tools and tests), then returns; retries
     * through database failures like the sink's thread.
     *
     * @return records written.
     */
    public long drainOnce() {
        return pump(true);
    }

    /**
     * Reads and commits batches until stopped (or, with {@code untilEmpty}, until the journal has no more). Two batches
     * alternate: while a committer thread writes and commits one, this thread reads the next. Commits stay in journal
     * order, one at a time: a batch is handed over only after the previous one committed.
     */
    private long pump(final boolean untilEmpty) {
        final ExecutorService committer = Executors.newSingleThreadExecutor(task -> {
            final Thread committing = new Thread(task, "fdp-postgres-sink-commit-" + name);
            committing.setDaemon(true);
            return committing;
        });
        try {
            return pump(untilEmpty, committer);
        } finally {
            committer.shutdown();
        }
    }

    private long pump(final boolean untilEmpty, final ExecutorService committer) {
        long total = 0;
        long backoffMs = BACKOFF_MIN_MS;
        while (running) {
            Future<Void> inFlight = null;
            Batch committing = null;
            try (OutputReader reader = new OutputReader(journal)) {
                long checkpoint = resume(reader);
                int next = 0;
                while (running) {
                    final Batch batch = batches[next];
                    final int read = readBatch(reader, batch);
                    if (inFlight != null) {
                        await(inFlight);
                        inFlight = null;
                        total += committed(committing);
                        backoffMs = BACKOFF_MIN_MS;
                    }
                    if (read == 0) {
                        if (untilEmpty) {
                            return total;
                        }
                        LockSupport.parkNanos(IDLE_PARK_NS);
                        continue;
                    }
                    batch.expectedCheckpoint = checkpoint;
                    batch.lastIndex = reader.lastIndex();
                    checkpoint = batch.lastIndex;
                    inFlight = committer.submit(() -> commit(batch));
                    committing = batch;
                    next = 1 - next;
                }
                if (inFlight != null) {
                    await(inFlight);
                    inFlight = null;
                    total += committed(committing);
                }
            } catch (final SQLException | RuntimeException e) {
                settle(inFlight, e);
                if (e instanceof CheckpointLostException lost) {
                    throw lost;
                }
                failed(e, backoffMs);
                backoffMs = Math.min(BACKOFF_MAX_MS, backoffMs * 2);
            }
        }
        return total;
    }

    /** Waits for a commit; rethrows its failure. */
    private void await(final Future<Void> commit) throws SQLException {
        try {
            commit.get();
        } catch (final ExecutionException e) {
            switch (e.getCause()) {
                case SQLException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                default -> throw new IllegalStateException("commit failed", e.getCause());
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            throw new IllegalStateException("sink " + name + " interrupted while committing", e);
        }
    }

    /** After a failure, lets a commit still running end (its outcome is the database's to tell) before the retry. */
    private void settle(final Future<Void> commit, final Exception failure) {
        if (commit == null) {
            return;
        }
        try {
            await(commit);
        } catch (final SQLException | RuntimeException e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Loads the checkpoint and moves the reader after it; returns the checkpoint. */
    private long resume(final OutputReader reader) throws SQLException {
        final long checkpoint = loadCheckpoint();
        committedIndex = checkpoint;
        if (checkpoint != NO_CHECKPOINT && !reader.moveAfter(checkpoint)) {
            throw new CheckpointLostException("sink " + name + ": the output journal no longer holds its checkpoint index "
                + checkpoint + " (retention deleted it?); delete the checkpoint row to start over");
        }
        return checkpoint;
    }

    private int readBatch(final OutputReader reader, final Batch batch) {
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
                case OutputDescriptor.TRADE -> {
                    if (batch.tradeRows != null) {
                        records.trade(record, batch.tradeRows);
                    } else {
                        batch.trades.add(records.trade(record));
                    }
                }
                case OutputDescriptor.QUOTE -> batch.quotes.add(records.quote(record));
                case OutputDescriptor.CANDLE -> batch.candles.add(records.candle(record));
                case OutputDescriptor.BOOK -> batch.books.add(records.book(record));
                default -> batch.quality.add(records.quality(record));
            }
            if (firstReadEventTimeNs == 0) {
                firstReadEventTimeNs = record.eventTimeNs();
            }
            batch.lastEventTimeNs = record.eventTimeNs();
        }
        batch.records = read;
        return read;
    }

    /** Records a committed batch and empties it; returns its record count. */
    private int committed(final Batch batch) {
        committedIndex = batch.lastIndex;
        committedRecords += batch.records;
        committedEventTimeNs = batch.lastEventTimeNs;
        outage.recovered();
        final int read = batch.records;
        batch.clear();
        return read;
    }

    private void failed(final Exception e, final long backoffMs) {
        outage.failed();
        for (final Batch batch : batches) {
            batch.clear();
        }
        LOG.warn("Sink {}: database failure ({}); resuming from its checkpoint in {} ms", name, e.getMessage(), backoffMs);
        final long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMs);
        while (running && System.nanoTime() < until) {
            LockSupport.parkNanos(Math.min(until - System.nanoTime(), IDLE_PARK_NS));
        }
    }

    /**
     * Writes the batch and moves the checkpoint from {@code expected} to {@code lastIndex}, in one transaction.
     *
     * <p>The transaction commits with {@code synchronous_commit = off}: the server acknowledges before its WAL reaches
     * the disk, which saves a disk flush per batch. Exactly-once still holds. Rows and checkpoint share the
     * transaction, so a server crash that loses the last commits loses both together; the journal still holds those
     * records, and the compare-and-set on the checkpoint makes the next commit fail, after which the sink re-reads the
     * older checkpoint and writes them again. Nothing is lost but a few milliseconds of database writes, which the
     * sink redoes; this is not the engine's durability, which the journal provides.
     */
    private Void commit(final Batch batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCAL synchronous_commit = off");
                }
                if (batch.tradeRows != null) {
                    batch.tradeRows.copy(connection);
                }
                writer.writeTrades(connection, batch.trades);
                writer.writeQuotes(connection, batch.quotes);
                writer.writeCandles(connection, batch.candles);
                writer.writeBookSnapshots(connection, batch.books);
                writer.writeDataQualityEvents(connection, batch.quality);
                moveCheckpoint(connection, batch.expectedCheckpoint, batch.lastIndex);
                connection.commit();
                return null;
            } catch (final SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (final SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    private void moveCheckpoint(final Connection connection, final long expected, final long lastIndex) throws SQLException {
        final String sql = expected == NO_CHECKPOINT
            ? "INSERT INTO fdp_sink_checkpoint (sink, journal_index, updated_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (sink) DO NOTHING"
            : "UPDATE fdp_sink_checkpoint SET journal_index = ?, updated_at = now() WHERE sink = ? AND journal_index = ?";
        try (PreparedStatement checkpoint = connection.prepareStatement(sql)) {
            if (expected == NO_CHECKPOINT) {
                checkpoint.setString(1, name);
                checkpoint.setLong(2, lastIndex);
            } else {
                checkpoint.setLong(1, lastIndex);
                checkpoint.setString(2, name);
                checkpoint.setLong(3, expected);
            }
            if (checkpoint.executeUpdate() != 1) {
                throw new SQLException("sink " + name + ": the checkpoint is no longer at " + expected
                    + " (another sink of this name, or a commit the database lost); resuming from the database's");
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
                    return rows.next() ? rows.getLong(1) : NO_CHECKPOINT;
                }
            }
        }
    }

    /** @return output records committed since this sink started. */
    @Override
    public long committedRecords() {
        return committedRecords;
    }

    /** @return the journal index of the last committed record, or -1. */
    public long committedIndex() {
        return committedIndex;
    }

    /** @return records in the journal after the checkpoint (events of lag). */
    @Override
    public long lagRecords() {
        final long end = journal.lastIndex();
        final long from = committedIndex;
        if (end < 0 || from == end) {
            return 0;
        }
        final long counted = journal.countExcerpts(from < 0 ? journal.firstIndex() : from, end);
        return from < 0 ? counted + 1 : Math.max(0, counted - 1);
    }

    /**
     * @return seconds between now and the event time of the last committed record (of the first record read before
     *     any commit), while records are pending; 0 when the sink is caught up.
     */
    @Override
    public double lagSeconds() {
        final long since = committedEventTimeNs != 0 ? committedEventTimeNs : firstReadEventTimeNs;
        if (since == 0 || lagRecords() == 0) {
            return 0;
        }
        return Math.max(0, (System.currentTimeMillis() * 1_000_000L - since) / 1e9);
    }

    /** @return database failures so far, each followed by a retry from the checkpoint. */
    @Override
    public long failures() {
        return outage.failures();
    }

    @Override
    public double outageSeconds() {
        return outage.seconds();
    }

    /** The rows of one transaction, and where it moves the checkpoint. */
    private static final class Batch {
        private final List<TradePrint> trades = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Candle> candles = new ArrayList<>();
        private final List<BookSnapshot> books = new ArrayList<>();
        private final List<DataQualityEvent> quality = new ArrayList<>();
        private final TradeCopyBatch tradeRows;
        private long expectedCheckpoint;
        private long lastIndex;
        private int records;
        private long lastEventTimeNs;

        Batch(final boolean copy) {
            tradeRows = copy ? new TradeCopyBatch("fdp") : null;
        }

        void clear() {
            if (tradeRows != null) {
                tradeRows.clear();
            }
            trades.clear();
            quotes.clear();
            candles.clear();
            books.clear();
            quality.clear();
            records = 0;
        }
    }

    /** The journal lost the records after the checkpoint: retrying cannot cure that. */
    private static final class CheckpointLostException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CheckpointLostException(final String message) {
            super(message);
        }
    }
}
