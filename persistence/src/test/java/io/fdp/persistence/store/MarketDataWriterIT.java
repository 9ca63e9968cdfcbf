package io.fdp.persistence.store;

import static io.fdp.persistence.testing.Protos.decimal;
import static io.fdp.persistence.testing.Protos.metadata;
import static io.fdp.persistence.testing.Protos.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fdp.persistence.db.Database;
import io.fdp.persistence.query.MarketDataQueries;
import io.fdp.persistence.testing.Rows;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.api.v1.ListCandlesRequest;
import io.fdp.proto.api.v1.ListTradesRequest;
import io.fdp.proto.common.v1.PageRequest;
import io.fdp.proto.common.v1.TimeRange;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleInterval;
import io.fdp.proto.market.v1.CandleState;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.DataQualityEventKind;
import io.fdp.proto.market.v1.MarketStatus;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.Side;
import io.fdp.proto.market.v1.TradeCondition;
import io.fdp.proto.market.v1.TradePrint;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class MarketDataWriterIT {
    private static Database database;
    private static MarketDataQueries queries;

    @BeforeAll
    static void open() {
        database = TestPostgres.migratedDatabase("market_writer");
        queries = new MarketDataQueries(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static TradePrint trade(final String instrument, final String at, final long sequence, final long price) {
        return TradePrint.newBuilder().setTradeId("T" + sequence).setInstrumentId(instrument).setPrice(decimal(price, -2))
            .setSize(decimal(15, -1)).setAggressorSide(Side.SIDE_BUY).setSequence(sequence).setEventTime(time(at))
            .setIngestionTime(time("2024-05-01T13:30:01.000002Z")).setMetadata(metadata("ITCH")).build();
    }

    @ParameterizedTest
    @EnumSource(WriteStrategy.class)
    void tradesReadBackWithNanosecondEventTimes(final WriteStrategy strategy) {
        final String instrument = "XNAS.T-" + strategy;
        final TradePrint first = trade(instrument, "2024-05-01T13:30:00.123456789Z", 1, 18_912).toBuilder()
            .addConditions(TradeCondition.TRADE_CONDITION_OPENING_AUCTION).addConditionCodes("O").addConditionCodes("@")
            .setBuyerOrderId(-1L).build();
        final TradePrint second = trade(instrument, "2024-05-01T13:30:00.123456790Z", -2L, 18_913).toBuilder()
            .setSellerOrderId(42).build();
        final TradePrint third = trade(instrument, "2024-05-01T13:31:00Z", 3, 18_900);
        final MarketDataWriter writer = new MarketDataWriter(database.dataSource(), strategy);
        assertThat(writer.writeTrades(List.of(third, first, second))).isEqualTo(3);

        assertThat(queries.listTrades(ListTradesRequest.newBuilder().setInstrumentId(instrument).build()).getTradesList())
            .containsExactly(first, second, third);
        assertThat(queries.listTrades(ListTradesRequest.newBuilder().setInstrumentId(instrument).setLimit(2).build()).getTradesList())
            .containsExactly(second, third);
        final var page = queries.listTrades(ListTradesRequest.newBuilder().setInstrumentId(instrument)
            .setPage(PageRequest.newBuilder().setPageSize(2)).build());
        assertThat(page.getTradesList()).containsExactly(first, second);
        assertThat(queries.listTrades(ListTradesRequest.newBuilder().setInstrumentId(instrument)
            .setPage(PageRequest.newBuilder().setPageSize(2).setPageToken(page.getPage().getNextPageToken())).build()).getTradesList())
            .containsExactly(third);
    }

    @Test
    void quotesBooksAndQualityEventsReadBackEqual() {
        final MarketDataWriter writer = new MarketDataWriter(database.dataSource(), WriteStrategy.COPY_BINARY);
        final Quote quote = Quote.newBuilder().setInstrumentId("XNAS.Q").setBidPrice(decimal(10_010, -2)).setBidSize(decimal(300, 0))
            .setAskPrice(decimal(10_012, -2)).setAskSize(decimal(200, 0)).setMarketStatus(MarketStatus.MARKET_STATUS_OPEN)
            .setSequence(7).setEventTime(time("2024-05-01T14:00:00.000000001Z")).setMetadata(metadata("ITCH")).build();
        final Quote later = quote.toBuilder().clearBidPrice().clearBidSize().setSequence(8).setEventTime(time("2024-05-01T14:00:01Z"))
            .build();
        writer.writeQuotes(List.of(quote, later));
        assertThat(queries.quotes("XNAS.Q", TimeRange.getDefaultInstance(), 10)).containsExactly(quote, later);
        assertThat(queries.latestQuote("XNAS.Q")).contains(later);

        final BookSnapshot book = BookSnapshot.newBuilder().setInstrumentId("XNAS.B")
            .addBids(BookLevel.newBuilder().setPrice(decimal(10_010, -2)).setSize(decimal(300, 0)).setOrderCount(3))
            .addBids(BookLevel.newBuilder().setPrice(decimal(10_009, -2)).setOrderCount(1))
            .addAsks(BookLevel.newBuilder().setPrice(decimal(10_012, -2)).setSize(decimal(200, 0)).setOrderCount(-5))
            .setSequence(99).setDepth(10).setChecksum(-1).setStale(true).setMarketStatus(MarketStatus.MARKET_STATUS_HALTED)
            .setEventTime(time("2024-05-01T14:00:00.5Z")).setIngestionTime(time("2024-05-01T14:00:00.500001Z")).build();
        writer.writeBookSnapshots(List.of(book));
        assertThat(queries.latestBook("XNAS.B")).contains(book);

        final DataQualityEvent gap = DataQualityEvent.newBuilder().setInstrumentId("XNAS.B")
            .setKind(DataQualityEventKind.DATA_QUALITY_EVENT_KIND_GAP)
            .setExpectedSequence(100).setReceivedSequence(105).setDetail("GAP").setEventTime(time("2024-05-01T14:00:02Z")).build();
        final DataQualityEvent feedWide = DataQualityEvent.newBuilder().setKind(DataQualityEventKind.DATA_QUALITY_EVENT_KIND_STALE)
            .setEventTime(time("2024-05-01T14:00:03Z")).build();
        writer.writeDataQualityEvents(List.of(gap, feedWide));
        assertThat(queries.dataQualityEvents("", TimeRange.newBuilder().setStart(time("2024-05-01T00:00:00Z")).build(), 10))
            .containsExactly(gap, feedWide);
        assertThat(queries.dataQualityEvents("XNAS.B", TimeRange.getDefaultInstance(), 10)).containsExactly(gap);
    }

    @Test
    void aTradeWithoutEventTimeIsRejectedNamingTheField() {
        final MarketDataWriter writer = new MarketDataWriter(database.dataSource(), WriteStrategy.COPY_BINARY);
        assertThatThrownBy(() -> writer.writeTrades(List.of(trade("XNAS.X", "2024-05-01T00:00:00Z", 1, 1).toBuilder().clearEventTime()
            .build())))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("event_time must be set");
    }

    @ParameterizedTest
    @EnumSource(WriteStrategy.class)
    void aCandleIsReplacedByItsLaterStatesAndRevisionsOnly(final WriteStrategy strategy) throws SQLException {
        final String instrument = "XNAS.C-" + strategy;
        final Candle partial = Candle.newBuilder().setInstrumentId(instrument).setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE)
            .setBucketStart(time("2024-05-01T14:00:00Z")).setBucketEnd(time("2024-05-01T14:01:00Z")).setOpen(decimal(100, 0))
            .setHigh(decimal(101, 0)).setLow(decimal(99, 0)).setClose(decimal(100, 0)).setVolume(decimal(10, 0)).setTradeCount(2)
            .setVwap(decimal(1002, -1)).setState(CandleState.CANDLE_STATE_PARTIAL).setEventTime(time("2024-05-01T14:00:30Z")).build();
        final Candle moreTrades = partial.toBuilder().setClose(decimal(101, 0)).setVolume(decimal(12, 0)).setTradeCount(3)
            .setEventTime(time("2024-05-01T14:00:50Z")).build();
        final Candle last = moreTrades.toBuilder().setState(CandleState.CANDLE_STATE_FINAL).build();
        final Candle revised = last.toBuilder().setLow(decimal(98, 0)).setRevision(1).setState(CandleState.CANDLE_STATE_REVISED)
            .setEventTime(time("2024-05-01T14:00:10Z")).build();
        final MarketDataWriter writer = new MarketDataWriter(database.dataSource(), strategy);
        final ListCandlesRequest request = ListCandlesRequest.newBuilder().setInstrumentId(instrument)
            .setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE).build();

        writer.writeCandles(List.of(partial, moreTrades));
        assertThat(queries.listCandles(request).getCandlesList()).containsExactly(moreTrades);
        writer.writeCandles(List.of(last));
        writer.writeCandles(List.of(partial));
        assertThat(queries.listCandles(request).getCandlesList()).containsExactly(last);
        writer.writeCandles(List.of(revised));
        writer.writeCandles(List.of(last));
        assertThat(queries.listCandles(request).getCandlesList()).containsExactly(revised);
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM candles WHERE instrument_id = ?", instrument)).isEqualTo(1);
    }

    @Test
    void rowsWrittenBeforeTheirPartitionsExistMoveIntoThemAndQueriesSpanPartitions() throws SQLException {
        final MarketDataWriter writer = new MarketDataWriter(database.dataSource(), WriteStrategy.COPY_BINARY);
        final List<TradePrint> trades = List.of(trade("XNAS.P", "2023-03-01T23:59:59.999999999Z", 1, 100),
            trade("XNAS.P", "2023-03-02T00:00:00Z", 2, 101), trade("XNAS.P", "2023-03-03T12:00:00Z", 3, 102));
        writer.writeTrades(trades);
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM trades_default WHERE instrument_id = 'XNAS.P'")).isEqualTo(3);

        final int created = database.ensurePartitions(Instant.parse("2023-03-01T00:00:00Z"), Instant.parse("2023-03-03T23:00:00Z"));
        assertThat(created).isEqualTo(4 * 3 + 1);
        assertThat(database.ensurePartitions(Instant.parse("2023-03-01T00:00:00Z"), Instant.parse("2023-03-03T23:00:00Z"))).isZero();
        assertThat(Rows.strings(database.dataSource(),
            "SELECT tableoid::regclass || '=' || count(*) FROM trades WHERE instrument_id = 'XNAS.P'"
            + " GROUP BY tableoid ORDER BY 1")).containsExactly("trades_p20230301=1", "trades_p20230302=1", "trades_p20230303=1");
        assertThat(Rows.strings(database.dataSource(), "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            + " WHERE i.inhparent = 'candles'::regclass ORDER BY 1")).contains("candles_default", "candles_p202303");

        writer.writeTrades(List.of(trade("XNAS.P", "2023-03-02T08:00:00Z", 4, 103)));
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM trades_p20230302 WHERE instrument_id = 'XNAS.P'")).isEqualTo(2);
        final TimeRange threeDays = TimeRange.newBuilder().setStart(time("2023-03-01T00:00:00Z")).setEnd(time("2023-03-04T00:00:00Z"))
            .build();
        assertThat(queries.listTrades(ListTradesRequest.newBuilder().setInstrumentId("XNAS.P").setRange(threeDays).build()).getTradesList())
            .extracting(TradePrint::getSequence).containsExactly(1L, 2L, 4L, 3L);
        assertThat(String.join("\n", Rows.strings(database.dataSource(), "EXPLAIN SELECT * FROM trades WHERE event_time >= '2023-03-02'"
            + " AND event_time < '2023-03-03'"))).contains("trades_p20230302").doesNotContain("trades_p20230301", "trades_default");
    }
}
