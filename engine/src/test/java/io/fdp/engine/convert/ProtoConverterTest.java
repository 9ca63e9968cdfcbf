package io.fdp.engine.convert;

import com.google.protobuf.util.JsonFormat;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleAggregator;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.engine.view.BookViews;
import io.fdp.proto.market.v1.CandleState;
import io.fdp.proto.market.v1.DataQualityEventKind;
import io.fdp.proto.market.v1.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProtoConverterTest {
    private static final long T = 1_700_000_000_123_456_789L;

    private final InstrumentRegistry registry = new InstrumentRegistry(8);
    private final int aapl = registry.register("AAPL", -4, 0, 100, 1);
    private final ProtoConverter converter = new ProtoConverter(registry, "fdp");

    @Test
    void timestampsKeepNanosecondsAndNegativeTimes() {
        assertThat(ProtoConverter.timestamp(T).getSeconds()).isEqualTo(1_700_000_000L);
        assertThat(ProtoConverter.timestamp(T).getNanos()).isEqualTo(123_456_789);
        assertThat(ProtoConverter.timestamp(-1).getSeconds()).isEqualTo(-1);
        assertThat(ProtoConverter.timestamp(-1).getNanos()).isEqualTo(999_999_999);
        assertThat(ProtoConverter.epochNs(ProtoConverter.timestamp(-1))).isEqualTo(-1);
        assertThat(ProtoConverter.epochNs(ProtoConverter.timestamp(T))).isEqualTo(T);
    }

    @Test
    void marketStatusNumbersAreShared() {
        assertThat(ProtoConverter.marketStatus(MarketStatus.HALTED))
            .isEqualTo(io.fdp.proto.market.v1.MarketStatus.MARKET_STATUS_HALTED);
        assertThat(ProtoConverter.marketStatus(MarketStatus.OPEN)).isEqualTo(io.fdp.proto.market.v1.MarketStatus.MARKET_STATUS_OPEN);
        assertThat(ProtoConverter.marketStatus(99)).isEqualTo(io.fdp.proto.market.v1.MarketStatus.MARKET_STATUS_UNSPECIFIED);
    }

    @Test
    void quoteOfAViewIsExactProto3Json() throws Exception {
        final BookViews views = new BookViews(8, 3);
        final OrderBook book = new OrderBook(16, 8);
        book.add(1, Side.BUY, 5_853_300, 10);
        book.add(2, Side.BUY, 5_853_300, 8);
        views.beginUpdate(aapl, T, T + 1);
        views.levels(aapl, book);
        views.lastTrade(aapl, 5_853_400, 100, T);
        views.status(aapl, MarketStatus.OPEN, false, false);
        views.endUpdate(aapl, true);
        final BookSnapshot view = new BookSnapshot(3);
        views.read(aapl, view);

        final Quote quote = converter.quote(view);
        assertThat(JsonFormat.printer().omittingInsignificantWhitespace().print(quote)).isEqualTo(
            "{\"instrumentId\":\"AAPL\",\"bidPrice\":{\"mantissa\":\"5853300\",\"exponent\":-4},"
                + "\"bidSize\":{\"mantissa\":\"18\"},\"lastPrice\":{\"mantissa\":\"5853400\",\"exponent\":-4},"
                + "\"lastSize\":{\"mantissa\":\"100\"},\"marketStatus\":\"MARKET_STATUS_OPEN\","
                + "\"eventTime\":\"2023-11-14T22:13:20.123456789Z\",\"ingestionTime\":\"2023-11-14T22:13:20.123456790Z\","
                + "\"metadata\":{\"source\":{\"system\":\"fdp\"}}}");
        assertThat(converter.book(view, 3).getBids(0).getOrderCount()).isEqualTo(2);
        assertThat(converter.book(view, 3).getAsksCount()).isZero();
    }

    @Test
    void candlesOfEveryKindMapToTheirInterval() {
        final List<Candle> closed = new ArrayList<>();
        final CandleAggregator aggregator = new CandleAggregator(8, EnumSet.of(CandleInterval.ONE_MINUTE), 2, 0, 0,
            candle -> closed.add(new Candle().copyFrom(candle)));
        aggregator.onTrade(aapl, T, 5_853_300, 10);
        aggregator.onTrade(aapl, T + 1, 5_853_500, 30);
        aggregator.onTrade(aapl, T + 60_000_000_000L, 5_853_400, 5);
        final io.fdp.proto.market.v1.Candle tick = converter.candle(closed.get(0), T);
        final io.fdp.proto.market.v1.Candle minute = converter.candle(closed.get(1), T);
        assertThat(tick.getInterval()).isEqualTo(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_TICK);
        assertThat(tick.getBarSize().getMantissa()).isEqualTo(2);
        assertThat(minute.getInterval()).isEqualTo(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_1_MINUTE);
        assertThat(minute.getState()).isEqualTo(CandleState.CANDLE_STATE_FINAL);
        assertThat(minute.getVwap().getMantissa()).isEqualTo(5_853_450);
        assertThat(minute.getVolume().getMantissa()).isEqualTo(40);
        assertThat(minute.getOpen().getExponent()).isEqualTo(-4);
    }

    @Test
    void tradeAndDataQuality() {
        assertThat(converter.trade(aapl, T, T, 5_853_300, 18, Side.SELL, -1L).getTradeId()).isEqualTo("18446744073709551615");
        assertThat(converter.trade(aapl, T, T, 5_853_300, 18, Side.SELL, 0).getAggressorSide())
            .isEqualTo(io.fdp.proto.market.v1.Side.SIDE_SELL);
        assertThat(converter.dataQuality(aapl, DataQuality.GAP, 3, 7, T, T).getKind())
            .isEqualTo(DataQualityEventKind.DATA_QUALITY_EVENT_KIND_GAP);
        assertThat(converter.dataQuality(aapl, DataQuality.GAP, 3, 7, T, T).getReceivedSequence()).isEqualTo(7);
        assertThat(converter.dataQuality(-1, DataQuality.REJECTED, -1, 404, T, T).getDetail())
            .contains("404").doesNotContain("AAPL");
    }
}
