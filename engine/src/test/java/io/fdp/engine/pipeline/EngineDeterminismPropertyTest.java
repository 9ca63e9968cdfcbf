package io.fdp.engine.pipeline;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline is deterministic: the same event stream always ends in the same state hash. */
class EngineDeterminismPropertyTest {
    private static final long T0 = 1_700_000_000_000_000_000L;

    @Property(tries = 25, seed = "20261125")
    void sameStreamGivesSameStateHash(@ForAll @LongRange(min = 1) final long streamSeed,
        @ForAll @IntRange(min = 50, max = 3_000) final int events) {
        final long first = run(streamSeed, events, false);
        assertThat(run(streamSeed, events, false)).isEqualTo(first);
        assertThat(run(streamSeed, events, true)).as("one more trade changes the hash").isNotEqualTo(first);
    }

    private static long run(final long seed, final int events, final boolean extraTrade) {
        final InstrumentRegistry registry = new InstrumentRegistry(8);
        final int l3 = registry.register("L3", -2, 0, 1, 1);
        final int l2 = registry.register("L2", -2, 0, 1, 1);
        try (Engine engine = new Engine(EngineTest.smallConfig().maxInstruments(8), registry, () -> 0L)) {
            engine.start();
            final MarketEventPublisher publisher = engine.newPublisher();
            final Random random = new Random(seed);
            final List<Long> live = new ArrayList<>();
            long nextOrderId = 1;
            long time = T0;
            for (int i = 0; i < events; i++) {
                time += random.nextInt(50_000_000);
                final int choice = random.nextInt(100);
                final byte side = random.nextBoolean() ? Side.BUY : Side.SELL;
                final long price = side == Side.BUY ? 10_000 - random.nextInt(20) : 10_001 + random.nextInt(20);
                if (choice < 45 || live.isEmpty()) {
                    publisher.orderAdd(l3, 0, time, nextOrderId, side, price, 1 + random.nextInt(100), 0);
                    live.add(nextOrderId++);
                } else if (choice < 75) {
                    publisher.orderDelete(l3, 0, time, live.remove(random.nextInt(live.size())));
                } else if (choice < 85) {
                    publisher.orderExecute(l3, 0, time, live.get(random.nextInt(live.size())), 1, BookView.NULL_PRICE, i);
                } else if (choice < 95) {
                    publisher.levelSet(l2, 0, time, side, price, random.nextInt(5) * 10L);
                } else if (choice < 98) {
                    publisher.trade(l2, 0, time - random.nextInt(2_000_000_000), price, 1 + random.nextInt(9), side, i);
                } else {
                    publisher.control(EventType.HEARTBEAT, -1, 0, time);
                }
            }
            if (extraTrade) {
                publisher.trade(l2, 0, time, 10_000, 1, Side.BUY, 0);
            }
            engine.drain();
            return engine.stateHash();
        }
    }
}
