package io.fdp.feed.itch;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.event.EventType;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.feed.SessionClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ITCH sample through the real pipeline. */
@Timeout(60)
class ItchFeedEngineTest {
    @Test
    void sampleDrivesBooksTradesAndStatus() throws Exception {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        final LocalDate date = SessionClock.dateIn(SharedData.ITCH_SAMPLE.getFileName().toString());
        final ItchFeed feed = new ItchFeed(SharedData.ITCH_SAMPLE, registry, new SessionClock(date, SessionClock.NEW_YORK));
        try (Engine engine = new Engine(new EngineConfig().maxInstruments(16).ringSize(4096).bookOrderCapacity(20_000)
            .waitStrategy("blocking").producerType("single"), registry)) {
            engine.start();
            feed.replay(engine.newPublisher());
            engine.drain();

            assertThat(date).isEqualTo(LocalDate.of(2010, 12, 24));
            assertThat(feed.summary().messagesByType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "S", 6L, "R", 3L, "H", 3L, "A", 4997L, "F", 3L, "E", 198L, "X", 45L, "D", 1745L, "U", 12L, "P", 5000L));
            assertThat(feed.summary().rejected()).isZero();
            assertThat(registry.count()).isEqualTo(3);
            assertThat(registry.id("ALC")).isNotNegative();
            assertThat(registry.id("BOB")).isNotNegative();
            assertThat(registry.id("CHAR")).isNotNegative();
            assertThat(engine.counters().events(EventType.ORDER_ADD)).isEqualTo(5000);
            assertThat(engine.counters().events(EventType.TRADE)).isEqualTo(5000);
            // The artificial sample refers 117 times to orders it never adds (94 D, 18 E, 3 X, 2 U): each is rejected.
            assertThat(engine.counters().rejects(BookResult.UNKNOWN_ORDER)).isEqualTo(117);
            assertThat(engine.counters().rejects()).isEqualTo(117);
            assertThat(engine.counters().get(EngineCounters.Misc.TRADES)).isEqualTo(5000 + 198 - 18);

            final BookSnapshot view = new BookSnapshot(10);
            assertThat(engine.views().read(registry.id("BOB"), view)).isTrue();
            assertThat(view.bidLevels()).isPositive();
            assertThat(view.askLevels()).isPositive();
            assertThat(view.lastTradePrice()).isPositive();
        }
    }
}
