package io.fdp.engine.state;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.engine.subscription.DataQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class EngineStateTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_700_000_000L * SECOND;

    static EngineConfig config() {
        return new EngineConfig().ringSize(1024).maxInstruments(16).bookOrderCapacity(256).bookLevelCapacity(64)
            .viewDepth(5).waitStrategy("blocking").producerType("single").subscriberQueue(64).tickBarTrades(3)
            .volumeBarSize(500);
    }

    private static Engine engine(final InstrumentRegistry registry) {
        return new Engine(config(), registry, () -> 7L);
    }

    private static void publishMix(final MarketEventPublisher p) {
        p.orderAdd(0, 1, T0, 1, Side.BUY, 1_000, 10, 0);
        p.orderAdd(0, 2, T0 + 1, 2, Side.BUY, 1_000, 20, 0);
        p.orderAdd(0, 3, T0 + 2, 3, Side.SELL, 1_010, 30, 0);
        p.orderAdd(0, 4, T0 + 3, 4, Side.BUY, 990, 5, 0);
        p.orderExecute(0, 5, T0 + SECOND, 1, 4, BookView.NULL_PRICE, 77);
        p.orderModify(0, 6, T0 + SECOND + 1, 2, 1_000, 25);
        p.levelSet(1, 0, T0, Side.BUY, 600, 7);
        p.levelSet(1, 0, T0, Side.SELL, 610, 8);
        p.trade(1, 0, T0 + 2 * SECOND, 605, 3, Side.BUY, 9);
        p.trade(1, 0, T0 + 70 * SECOND, 606, 400, Side.SELL, 10);
        p.status(EventType.MARKET_STATUS, 2, 0, T0, MarketStatus.HALTED);
        p.levelSet(3, 1, T0, Side.BUY, 100, 1);
        p.levelSet(3, 5, T0, Side.BUY, 101, 1);
        p.control(EventType.HEARTBEAT, -1, 0, T0 + 3 * SECOND);
    }

    private static InstrumentRegistry registry() {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        registry.register("AAPL", -4, 0, 1, 1);
        registry.register("XBT/USD", -1, -8, 1, 1);
        registry.register("MSFT", -4, 0, 1, 1);
        registry.register("ETH/USD", -2, -6, 1, 1);
        return registry;
    }

    @Test
    void restoredEngineHasTheSameStateHashAndGoesOnIdentically() {
        final StateWriter out = new StateWriter(64);
        final long savedHash;
        final long continuedHash;
        try (Engine live = engine(registry())) {
            live.start();
            final MarketEventPublisher publisher = live.newPublisher();
            publishMix(publisher);
            live.drain();
            savedHash = live.stateHash();
            EngineState.write(live, out);
            publisher.orderAdd(0, 7, T0 + 5 * SECOND, 5, Side.SELL, 1_005, 3, 0);
            publisher.trade(1, 0, T0 + 71 * SECOND, 607, 200, Side.BUY, 11);
            live.drain();
            continuedHash = live.stateHash();
        }
        final InstrumentRegistry empty = new InstrumentRegistry(16);
        try (Engine restored = engine(empty)) {
            EngineState.read(restored, new StateReader(out.buffer(), 0, out.length()));
            assertThat(restored.stateHash()).isEqualTo(savedHash);
            assertThat(empty.count()).isEqualTo(4);
            assertThat(restored.books().isStale(3)).isTrue();
            assertThat(restored.resyncRequests().isRequested(3)).isTrue();
            final Candle candle = new Candle();
            assertThat(restored.candles().candles().openCandle(1, CandleInterval.ONE_MINUTE, candle)).isTrue();
            restored.start();
            final MarketEventPublisher publisher = restored.newPublisher();
            publisher.orderAdd(0, 7, T0 + 5 * SECOND, 5, Side.SELL, 1_005, 3, 0);
            publisher.trade(1, 0, T0 + 71 * SECOND, 607, 200, Side.BUY, 11);
            restored.drain();
            assertThat(restored.stateHash()).isEqualTo(continuedHash);
        }
    }

    @Test
    void rejectsStateOfAnotherConfiguration() {
        final StateWriter out = new StateWriter();
        try (Engine live = engine(registry())) {
            EngineState.write(live, out);
        }
        try (Engine other = new Engine(config().bookLevelCapacity(32), registry(), () -> 7L)) {
            assertThatThrownBy(() -> EngineState.read(other, new StateReader(out.buffer(), 0, out.length())))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("book level capacity");
        }
        try (Engine truncated = engine(registry())) {
            assertThatThrownBy(() -> EngineState.read(truncated, new StateReader(out.buffer(), 0, out.length() - 3)))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("truncated");
        }
    }

    @Test
    void outputHookSeesCandlesQuotesBooksAndDataQualityOnTheEngineThreads() {
        final List<String> seen = new ArrayList<>();
        final EngineOutput output = new EngineOutput() {
            @Override
            public void onCandle(final Candle candle) {
                synchronized (seen) {
                    seen.add("candle " + candle.instrumentId() + " " + candle.barKind() + " " + candle.volume() + " "
                        + Thread.currentThread().getName().startsWith("fdp-engine"));
                }
            }

            @Override
            public void onQuote(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
                final long askPrice, final long askSize, final long lastTradePrice, final long lastTradeSize) {
                synchronized (seen) {
                    seen.add("quote " + instrumentId + " " + bidPrice + "x" + bidSize + " " + askPrice + "x" + askSize + " "
                        + lastTradePrice);
                }
            }

            @Override
            public void onDataQuality(final int instrumentId, final int kind, final long eventTimeNs, final long expected,
                final long received) {
                synchronized (seen) {
                    seen.add("quality " + instrumentId + " " + DataQuality.name(kind) + " " + expected + "/" + received);
                }
            }

            @Override
            public void onBook(final int instrumentId, final long eventTimeNs, final BookView book) {
                synchronized (seen) {
                    seen.add("book " + instrumentId + " " + book.levelCount(Side.BUY) + "/" + book.levelCount(Side.SELL));
                }
            }
        };
        try (Engine live = engine(registry())) {
            live.setOutput(output);
            live.start();
            final MarketEventPublisher publisher = live.newPublisher();
            publisher.levelSet(1, 1, T0, Side.BUY, 600, 7);
            publisher.levelSet(1, 3, T0, Side.BUY, 601, 7);
            publisher.orderDelete(0, 0, T0, 42);
            publisher.trade(1, 0, T0 + SECOND, 605, 3, Side.BUY, 9);
            publisher.control(EventType.HEARTBEAT, -1, 0, T0 + 120 * SECOND);
            live.drain();
            assertThatThrownBy(() -> live.setOutput(EngineOutput.NONE)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(seen).contains(
            "quote 1 600x7 " + Long.MIN_VALUE + "x0 " + Long.MIN_VALUE,
            "book 1 1/0",
            "quality 1 GAP 2/3",
            "quality 1 STALE 0/0",
            "book 1 2/0",
            "quality 0 REJECTED -1/42",
            "quote 1 601x7 " + Long.MIN_VALUE + "x0 605",
            "candle 1 1 3 true");
    }
}
