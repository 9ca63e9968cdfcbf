package io.fdp.journal;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;

import java.util.SplittableRandom;

/**
 * A deterministic, realistic input stream: L3 order flow on two instruments with a model of the live orders (so most
 * events apply), an L2 book, an L1 quote feed, trades, heartbeats, status changes, occasional sequence gaps followed
 * by book snapshots, and a few invalid events.
 */
public final class EventStream {
    public static final long T0 = 1_700_000_000_000_000_000L;
    static final int L3_A = 0;
    static final int L3_B = 1;
    static final int L2 = 2;
    static final int L1 = 3;
    private static final int MAX_LIVE = 400;

    private final SplittableRandom random;
    private final long[][] liveIds = new long[2][MAX_LIVE];
    private final byte[][] liveSides = new byte[2][MAX_LIVE];
    private final long[][] liveSizes = new long[2][MAX_LIVE];
    private final int[] liveCount = new int[2];
    private final long[] sequences = new long[4];
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private long timeNs = T0;

    public EventStream(final long seed) {
        random = new SplittableRandom(seed);
    }

    public static InstrumentRegistry registry() {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        registry.register("AAPL", -4, 0, 1, 1);
        registry.register("MSFT", -4, 0, 1, 1);
        registry.register("XBT/USD", -1, -8, 1, 1);
        registry.register("EUR/USD", -5, 0, 1, 1);
        return registry;
    }

    public static EngineConfig engineConfig() {
        return new EngineConfig().ringSize(4096).maxInstruments(16).bookOrderCapacity(4096).bookLevelCapacity(512)
            .viewDepth(5).waitStrategy("blocking").producerType("single").subscriberQueue(64).tickBarTrades(20)
            .volumeBarSize(2_000);
    }

    /** Fills the next event. */
    public void next(final MarketEvent e) {
        e.clear();
        timeNs += random.nextLong(50_000_000);
        final int dice = random.nextInt(1000);
        if (dice < 700) {
            orderFlow(e, random.nextInt(2));
        } else if (dice < 830) {
            level(e);
        } else if (dice < 900) {
            quote(e);
        } else if (dice < 950) {
            trade(e);
        } else if (dice < 975) {
            e.type(EventType.HEARTBEAT).instrumentId(-1);
        } else if (dice < 980) {
            e.type(EventType.MARKET_STATUS).instrumentId(random.nextInt(4)).status(MarketStatus.OPEN + random.nextInt(2));
        } else if (dice < 985) {
            e.type(EventType.ORDER_DELETE).instrumentId(L3_A).orderId(-5);
        } else {
            gapOrSnapshot(e);
        }
        if (e.sequence() == 0 && e.instrumentId() >= 0 && e.type() != EventType.MARKET_STATUS) {
            e.sequence(++sequences[e.instrumentId()]);
        }
        e.eventTimeNs(e.type() == EventType.TRADE && random.nextInt(20) == 0 ? timeNs - 90_000_000_000L : timeNs)
            .ingestionTimeNs(timeNs + 1_000 + random.nextInt(1_000));
    }

    private void orderFlow(final MarketEvent e, final int book) {
        final int live = liveCount[book];
        final int dice = random.nextInt(100);
        if (live < 20 || dice < 40) {
            add(e, book);
            return;
        }
        final int k = random.nextInt(live);
        final long id = liveIds[book][k];
        final long size = liveSizes[book][k];
        e.instrumentId(book).orderId(id);
        if (dice < 55 && size > 1) {
            final long cut = 1 + random.nextLong(size - 1);
            e.type(EventType.ORDER_CANCEL).size(cut);
            liveSizes[book][k] -= cut;
        } else if (dice < 68) {
            e.type(EventType.ORDER_DELETE);
            remove(book, k);
        } else if (dice < 85) {
            final long executed = 1 + random.nextLong(size);
            e.type(EventType.ORDER_EXECUTE).size(executed).price(MarketEvent.NULL_PRICE).tradeId(nextTradeId++);
            if (executed == size) {
                remove(book, k);
            } else {
                liveSizes[book][k] -= executed;
            }
        } else if (dice < 93) {
            final long newSize = 1 + random.nextLong(200);
            e.type(EventType.ORDER_MODIFY).price(price(liveSides[book][k])).size(newSize);
            liveSizes[book][k] = newSize;
        } else {
            final long newId = nextOrderId++;
            final long newSize = 1 + random.nextLong(200);
            e.type(EventType.ORDER_REPLACE).newOrderId(newId).price(price(liveSides[book][k])).size(newSize);
            liveIds[book][k] = newId;
            liveSizes[book][k] = newSize;
        }
    }

    private void add(final MarketEvent e, final int book) {
        final byte side = random.nextBoolean() ? Side.BUY : Side.SELL;
        final long id = nextOrderId++;
        final long size = 1 + random.nextLong(200);
        e.type(EventType.ORDER_ADD).instrumentId(book).orderId(id).side(side).price(price(side)).size(size)
            .participantId(random.nextInt(4));
        if (liveCount[book] == MAX_LIVE) {
            remove(book, 0);
        }
        final int k = liveCount[book]++;
        liveIds[book][k] = id;
        liveSides[book][k] = side;
        liveSizes[book][k] = size;
    }

    private void remove(final int book, final int k) {
        final int last = --liveCount[book];
        liveIds[book][k] = liveIds[book][last];
        liveSides[book][k] = liveSides[book][last];
        liveSizes[book][k] = liveSizes[book][last];
    }

    private long price(final byte side) {
        final long offset = 1 + random.nextLong(40);
        return side == Side.BUY ? 10_000 - offset : 10_000 + offset;
    }

    private void level(final MarketEvent e) {
        final byte side = random.nextBoolean() ? Side.BUY : Side.SELL;
        e.instrumentId(L2).side(side).price(price(side));
        if (random.nextInt(5) == 0) {
            e.type(EventType.LEVEL_DELETE);
        } else {
            e.type(EventType.LEVEL_SET).size(random.nextLong(50));
        }
    }

    private void quote(final MarketEvent e) {
        final long bid = 100_000 + random.nextLong(100);
        e.type(EventType.QUOTE).instrumentId(L1).bidPrice(bid).bidSize(1 + random.nextLong(1_000)).askPrice(bid + 1 + random.nextLong(5))
            .askSize(1 + random.nextLong(1_000));
    }

    private void trade(final MarketEvent e) {
        e.type(EventType.TRADE).instrumentId(L2).price(price(Side.BUY)).size(1 + random.nextLong(30))
            .side(random.nextBoolean() ? Side.BUY : Side.SELL).tradeId(nextTradeId++);
    }

    private void gapOrSnapshot(final MarketEvent e) {
        final int id = random.nextBoolean() ? L2 : L3_A;
        if (random.nextBoolean()) {
            sequences[id] += 1 + random.nextInt(3);
            e.type(EventType.HEARTBEAT).instrumentId(id);
        } else {
            e.type(random.nextBoolean() ? EventType.SNAPSHOT_END : EventType.FEED_STALE).instrumentId(id).status(7);
        }
    }
}
