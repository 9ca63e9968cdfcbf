package io.fdp.feed.dbn;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.engine.pipeline.EngineCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DBN samples through the real pipeline. */
@Timeout(60)
class DbnFeedEngineTest {
    private final InstrumentRegistry registry = new InstrumentRegistry(16);

    private Engine replay(final Path file) throws Exception {
        final Engine engine = new Engine(new EngineConfig().maxInstruments(16).ringSize(1024).bookOrderCapacity(64)
            .waitStrategy("blocking").producerType("single"), registry);
        engine.start();
        final DbnFeed feed = new DbnFeed(file, registry);
        feed.replay(engine.newPublisher());
        engine.drain();
        assertThat(feed.summary().rejected()).isZero();
        return engine;
    }

    @Test
    void mbp10RecordsBecomeTheBooksTopTenLevels() throws Exception {
        final List<long[]> last = new ArrayList<>();
        new DbnFileReader(new DbnListener() {
            @Override
            public void onMbp10(final int publisherId, final long instrumentId, final long tsEventNs,
                final long priceMantissa, final long size, final byte action, final byte side, final int flags,
                final int depth, final long tsRecvNs, final int tsInDeltaNs, final long sequence,
                final DbnBookLevels levels) {
                last.clear();
                for (int i = 0; i < levels.count(); i++) {
                    last.add(new long[] {levels.bidPriceMantissa(i), levels.bidSize(i), levels.askPriceMantissa(i),
                        levels.askSize(i)});
                }
            }
        }).read(SharedData.sample("mbp-10"));
        try (Engine engine = replay(SharedData.sample("mbp-10"))) {
            final BookView book = engine.books().book(registry.id("ESH1"));
            assertThat(book.levelCount(Side.BUY)).isEqualTo(last.size());
            for (int i = 0; i < last.size(); i++) {
                assertThat(book.levelPrice(Side.BUY, i)).isEqualTo(last.get(i)[0]);
                assertThat(book.levelSize(Side.BUY, i)).isEqualTo(last.get(i)[1]);
                assertThat(book.levelPrice(Side.SELL, i)).isEqualTo(last.get(i)[2]);
                assertThat(book.levelSize(Side.SELL, i)).isEqualTo(last.get(i)[3]);
            }
            assertThat(book.bestBidPrice()).isLessThan(book.bestAskPrice());
            assertThat(registry.priceExponent(registry.id("ESH1"))).isEqualTo(-9);
        }
    }

    @Test
    void tradesPrintAndDefinitionsRegisterInstruments() throws Exception {
        try (Engine engine = replay(SharedData.sample("trades"))) {
            assertThat(engine.counters().get(EngineCounters.Misc.TRADES)).isEqualTo(2);
            assertThat(engine.counters().events(EventType.TRADE)).isEqualTo(2);
        }
        try (Engine engine = replay(SharedData.sample("definition"))) {
            assertThat(registry.id("MSFT")).isNotNegative();
            assertThat(engine.counters().events()).isZero();
        }
        try (Engine engine = replay(SharedData.sample("status"))) {
            assertThat(engine.counters().events(EventType.MARKET_STATUS)).isEqualTo(3);
        }
    }
}
