package io.fdp.persistence.query;

import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.api.v1.ListCandlesRequest;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.api.v1.ListTradesRequest;
import io.fdp.proto.api.v1.ListTradesResponse;
import io.fdp.proto.common.v1.TimeRange;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Queries of the time-series tables: candles (stored, rolled up, gap-filled), trades, quotes, book snapshots and
 * data-quality events. Time ranges are half-open {@code [start, end)} with open unset bounds. Thread-safe.
 */
public final class MarketDataQueries {
    /** Trades per page when the request says 0. */
    public static final int DEFAULT_TRADE_PAGE_SIZE = 1_000;
    /** Largest page of trades served. */
    public static final int MAX_TRADE_PAGE_SIZE = 10_000;

    private static final String TRADE_ORDER = "t.event_time_ns, t.sequence, t.trade_id";

    private final DataSource dataSource;
    private final Clock clock;
    private final MessageTable trades = MessageTables.fdp().table(StorableTables.TRADES);
    private final MessageTable quotes = MessageTables.fdp().table(StorableTables.QUOTES);
    private final MessageTable books = MessageTables.fdp().table(StorableTables.BOOK_SNAPSHOTS);
    private final MessageTable qualityEvents = MessageTables.fdp().table(StorableTables.DATA_QUALITY_EVENTS);
    private final CandleReader candles;

    /**
     * Creates the queries.
     *
     * @param dataSource the database.
     */
    public MarketDataQueries(final DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /**
     * Creates the queries with a clock.
     *
     * @param dataSource the database.
     * @param clock tells which buckets are still open (partial) and where an open range ends for gap filling.
     */
    public MarketDataQueries(final DataSource dataSource, final Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.candles = new CandleReader(dataSource, MessageTables.fdp().table(StorableTables.CANDLES));
    }

    /**
     * Lists the candles of an instrument and interval whose bucket starts in a range, oldest first. When no candle of a
     * time interval longer than a minute is stored, they are rolled up from one-minute candles. With {@code fill_gaps}
     * (time intervals only) every bucket from the range start (or the first candle) to the range end (or now) has a
     * candle: an empty one repeats the previous close with zero volume and carries the quality flag ESTIMATED.
     *
     * @param request instrument, interval, bar size (tick and volume bars), range, gap filling and page.
     * @return one page of candles; the next page token is a time cursor.
     * @throws IllegalArgumentException without instrument or interval, or with a bad page token.
     */
    public ListCandlesResponse listCandles(final ListCandlesRequest request) {
        return candles.list(request, clock.instant());
    }

    /**
     * Lists the trades of an instrument in an event-time range, oldest first; with a limit, only the most recent
     * {@code limit} trades of the range, still oldest first and paged.
     *
     * @param request instrument, range, limit and page.
     * @return one page of trades.
     */
    public ListTradesResponse listTrades(final ListTradesRequest request) {
        final Filter filter = new Filter().where("t.instrument_id = ?", request.getInstrumentId())
            .range("t.event_time", request.getRange());
        final int size = Paging.pageSize(request.getPage(), DEFAULT_TRADE_PAGE_SIZE, MAX_TRADE_PAGE_SIZE);
        final int offset = Paging.offset(request.getPage());
        final List<TradePrint> rows;
        if (request.getLimit() == 0) {
            rows = Select.rows(dataSource, trades, filter, TRADE_ORDER, size + 1, offset);
        } else {
            final String recent = "SELECT t.* FROM " + trades.sqlName() + " t" + filter.sql()
                + " ORDER BY t.event_time_ns DESC, t.sequence DESC, t.trade_id DESC LIMIT " + Integer.toUnsignedLong(request.getLimit());
            rows = Select.query(dataSource, trades, "SELECT " + trades.columnList("t") + " FROM (" + recent + ") t ORDER BY "
                + TRADE_ORDER + " LIMIT " + (size + 1) + " OFFSET " + offset, filter.parameters());
        }
        final boolean more = rows.size() > size;
        return ListTradesResponse.newBuilder().addAllTrades(more ? rows.subList(0, size) : rows)
            .setPage(Paging.offsetPage(offset + size, more)).build();
    }

    /**
     * The quotes of an instrument in an event-time range, oldest first.
     *
     * @param instrumentId the instrument.
     * @param range the event-time range.
     * @param limit quotes at most.
     * @return the quotes, with nanosecond event times.
     */
    public List<Quote> quotes(final String instrumentId, final TimeRange range, final int limit) {
        return Select.rows(dataSource, quotes, new Filter().where("t.instrument_id = ?", instrumentId).range("t.event_time", range),
            "t.event_time_ns, t.sequence", limit, 0);
    }

    /**
     * The latest stored quote of an instrument.
     *
     * @param instrumentId the instrument.
     * @return the quote with the latest event time, or empty.
     */
    public Optional<Quote> latestQuote(final String instrumentId) {
        return Select.first(dataSource, quotes, new Filter().where("t.instrument_id = ?", instrumentId),
            "t.event_time DESC, t.event_time_ns DESC, t.sequence DESC");
    }

    /**
     * The book snapshots of an instrument in an event-time range, oldest first.
     *
     * @param instrumentId the instrument.
     * @param range the event-time range.
     * @param limit snapshots at most.
     * @return the snapshots.
     */
    public List<BookSnapshot> bookSnapshots(final String instrumentId, final TimeRange range, final int limit) {
        return Select.rows(dataSource, books, new Filter().where("t.instrument_id = ?", instrumentId).range("t.event_time", range),
            "t.event_time_ns, t.sequence", limit, 0);
    }

    /**
     * The latest stored book snapshot of an instrument.
     *
     * @param instrumentId the instrument.
     * @return the snapshot with the latest event time, or empty.
     */
    public Optional<BookSnapshot> latestBook(final String instrumentId) {
        return Select.first(dataSource, books, new Filter().where("t.instrument_id = ?", instrumentId),
            "t.event_time DESC, t.event_time_ns DESC, t.sequence DESC");
    }

    /**
     * Data-quality events in an event-time range, oldest first.
     *
     * @param instrumentId the instrument, or empty for every instrument and feed-wide events.
     * @param range the event-time range.
     * @param limit events at most.
     * @return the events.
     */
    public List<DataQualityEvent> dataQualityEvents(final String instrumentId, final TimeRange range, final int limit) {
        return Select.rows(dataSource, qualityEvents, new Filter().equal("t.instrument_id", instrumentId).range("t.event_time", range),
            "t.event_time", limit, 0);
    }
}
