package io.fdp.persistence.store;

import io.fdp.persistence.db.PersistenceException;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Batched writes of market data into the time-series tables, for a sink that tails the journal.
 *
 * <p>Trades, quotes, book snapshots and data-quality events are appended; candles are upserted by instrument,
 * interval, bar size and bucket start, a later revision replacing an earlier one. The methods taking a connection
 * write in the caller's transaction, so a sink can commit a batch and its journal checkpoint together; the others
 * run one transaction each. Rows outside every dated partition go to the table's default partition. Thread-safe.
 */
public final class MarketDataWriter {
    private final DataSource dataSource;
    private final TableWriter writer;
    private final MessageTables tables = MessageTables.fdp();

    /**
     * Creates a writer.
     *
     * @param dataSource the database.
     * @param strategy {@link WriteStrategy#COPY_BINARY}, or {@link WriteStrategy#BATCHED_INSERT} as a baseline.
     */
    public MarketDataWriter(final DataSource dataSource, final WriteStrategy strategy) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writer = strategy.writer();
    }

    /**
     * Appends trades in a transaction of their own.
     *
     * @param trades trade prints with an event time.
     * @return rows written.
     */
    public long writeTrades(final List<TradePrint> trades) {
        return inTransaction(connection -> writeTrades(connection, trades));
    }

    /**
     * Appends trades in the caller's transaction.
     *
     * @param connection an open connection.
     * @param trades trade prints with an event time.
     * @return rows written.
     * @throws SQLException if the database rejects them.
     */
    public long writeTrades(final Connection connection, final List<TradePrint> trades) throws SQLException {
        return writer.append(connection, tables.table(StorableTables.TRADES), trades);
    }

    /**
     * Appends quotes in a transaction of their own.
     *
     * @param quotes quotes with an event time.
     * @return rows written.
     */
    public long writeQuotes(final List<Quote> quotes) {
        return inTransaction(connection -> writeQuotes(connection, quotes));
    }

    /**
     * Appends quotes in the caller's transaction.
     *
     * @param connection an open connection.
     * @param quotes quotes with an event time.
     * @return rows written.
     * @throws SQLException if the database rejects them.
     */
    public long writeQuotes(final Connection connection, final List<Quote> quotes) throws SQLException {
        return writer.append(connection, tables.table(StorableTables.QUOTES), quotes);
    }

    /**
     * Appends book snapshots in a transaction of their own.
     *
     * @param books snapshots with an event time.
     * @return rows written.
     */
    public long writeBookSnapshots(final List<BookSnapshot> books) {
        return inTransaction(connection -> writeBookSnapshots(connection, books));
    }

    /**
     * Appends book snapshots in the caller's transaction.
     *
     * @param connection an open connection.
     * @param books snapshots with an event time.
     * @return rows written.
     * @throws SQLException if the database rejects them.
     */
    public long writeBookSnapshots(final Connection connection, final List<BookSnapshot> books) throws SQLException {
        return writer.append(connection, tables.table(StorableTables.BOOK_SNAPSHOTS), books);
    }

    /**
     * Upserts candles in a transaction of their own.
     *
     * @param candles candles with a bucket start.
     * @return rows inserted or changed, or {@link TableWriter#UNKNOWN_COUNT}.
     */
    public long writeCandles(final List<Candle> candles) {
        return inTransaction(connection -> writeCandles(connection, candles));
    }

    /**
     * Upserts candles in the caller's transaction.
     *
     * @param connection an open connection.
     * @param candles candles with a bucket start.
     * @return rows inserted or changed, or {@link TableWriter#UNKNOWN_COUNT}.
     * @throws SQLException if the database rejects them.
     */
    public long writeCandles(final Connection connection, final List<Candle> candles) throws SQLException {
        return writer.upsert(connection, tables.table(StorableTables.CANDLES), candles);
    }

    /**
     * Appends data-quality events in a transaction of their own.
     *
     * @param events events with an event time.
     * @return rows written.
     */
    public long writeDataQualityEvents(final List<DataQualityEvent> events) {
        return inTransaction(connection -> writeDataQualityEvents(connection, events));
    }

    /**
     * Appends data-quality events in the caller's transaction.
     *
     * @param connection an open connection.
     * @param events events with an event time.
     * @return rows written.
     * @throws SQLException if the database rejects them.
     */
    public long writeDataQualityEvents(final Connection connection, final List<DataQualityEvent> events) throws SQLException {
        return writer.append(connection, tables.table(StorableTables.DATA_QUALITY_EVENTS), events);
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    private interface Work {
        long run(Connection connection) throws SQLException;
    }

    private long inTransaction(final Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                final long written = work.run(connection);
                connection.commit();
                return written;
            } catch (final SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (final SQLException e) {
            throw new PersistenceException("cannot write market data: " + e.getMessage(), e);
        }
    }
}
