package io.fdp.persistence.kafka;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;

import java.util.SplittableRandom;

/**
 * A deterministic input stream: L3 order flow on four instruments (executions at the order's price and at explicit
 * prices, hidden executions), an L2 book with trades, an L1 quote feed, market-wide heartbeats and statuses,
 * per-instrument statuses, sequence gaps, snapshots and late trades. It opens with one status per instrument.
 */
final class MarketStream {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final String[] SYMBOLS = {"AAPL", "MSFT", "TSLA", "GOOG", "XBT/USD", "EUR/USD"};
    private static final int L3_BOOKS = 4;
    private static final int L2 = 4;
    private static final int L1 = 5;
    private static final int MAX_LIVE = 300;

    private final SplittableRandom random;
    private final long[][] liveIds = new long[L3_BOOKS][MAX_LIVE];
    private final byte[][] liveSides = new byte[L3_BOOKS][MAX_LIVE];
    private final long[][] liveSizes = new long[L3_BOOKS][MAX_LIVE];
    private final int[] liveCount = new int[L3_BOOKS];
    private final long[] sequences = new long[SYMBOLS.length];
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private long timeNs = T0;
    private int emitted;

    MarketStream(final long seed) {
        random = new SplittableRandom(seed);
    }

    static InstrumentRegistry registry() {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        for (int id = 0; id < SYMBOLS.length; id++) {
            final boolean crypto = id == L2;
            registry.register(SYMBOLS[id], crypto ? -1 : (id == L1 ? -5 : -4), crypto ? -8 : 0, 1, 1);
        }
        return registry;
    }

    static EngineConfig engineConfig() {
        return new EngineConfig().ringSize(4096).maxInstruments(16).bookOrderCapacity(4096).bookLevelCapacity(512)
            .viewDepth(10).waitStrategy("blocking").producerType("multi").subscriberQueue(64).tickBarTrades(20)
            .volumeBarSize(2_000);
    }

    /** Fills the next event. */
    void next(final MarketEvent e) {
        e.clear();
        timeNs += random.nextLong(20_000_000);
        if (emitted < SYMBOLS.length) {
            e.type(EventType.MARKET_STATUS).instrumentId(emitted).status(MarketStatus.OPEN);
        } else {
            pick(e, random.nextInt(1000));
        }
        emitted++;
        if (e.sequence() == 0 && e.instrumentId() >= 0 && e.type() != EventType.MARKET_STATUS) {
            e.sequence(++sequences[e.instrumentId()]);
        }
        e.eventTimeNs(e.type() == EventType.TRADE && random.nextInt(25) == 0 ? timeNs - 3_000_000_000L : timeNs)
            .ingestionTimeNs(timeNs + 1_000 + random.nextInt(1_000));
    }

    private void pick(final MarketEvent e, final int dice) {
        if (dice < 700) {
            orderFlow(e, random.nextInt(L3_BOOKS));
        } else if (dice < 800) {
            level(e);
        } else if (dice < 870) {
            quote(e);
        } else if (dice < 920) {
            trade(e);
        } else if (dice < 940) {
            hidden(e);
        } else if (dice < 970) {
            e.type(EventType.HEARTBEAT).instrumentId(-1);
        } else if (dice < 975) {
            e.type(EventType.MARKET_STATUS).instrumentId(random.nextInt(SYMBOLS.length)).status(MarketStatus.OPEN + random.nextInt(2));
        } else if (dice < 977) {
            e.type(EventType.MARKET_STATUS).instrumentId(-1).status(MarketStatus.OPEN + random.nextInt(2));
        } else if (dice < 985) {
            e.type(EventType.ORDER_DELETE).instrumentId(0).orderId(-5);
        } else {
            gapOrSnapshot(e);
        }
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
            final long price = random.nextInt(3) == 0 ? price(liveSides[book][k]) : MarketEvent.NULL_PRICE;
            e.type(EventType.ORDER_EXECUTE).size(executed).price(price).tradeId(nextTradeId++);
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
        e.type(EventType.QUOTE).instrumentId(L1).bidPrice(bid).bidSize(1 + random.nextLong(1_000))
            .askPrice(bid + 1 + random.nextLong(5)).askSize(1 + random.nextLong(1_000));
    }

    private void trade(final MarketEvent e) {
        e.type(EventType.TRADE).instrumentId(L2).price(price(Side.BUY)).size(1 + random.nextLong(30))
            .side(random.nextBoolean() ? Side.BUY : Side.SELL).tradeId(nextTradeId++);
    }

    private void hidden(final MarketEvent e) {
        final byte side = random.nextBoolean() ? Side.BUY : Side.SELL;
        e.type(EventType.ORDER_EXECUTE_HIDDEN).instrumentId(random.nextInt(L3_BOOKS)).side(side).price(price(side))
            .size(1 + random.nextLong(20)).tradeId(nextTradeId++);
    }

    private void gapOrSnapshot(final MarketEvent e) {
        final int id = random.nextBoolean() ? L2 : random.nextInt(L3_BOOKS);
        if (random.nextBoolean()) {
            sequences[id] += 1 + random.nextInt(3);
            e.type(EventType.SNAPSHOT_END).instrumentId(id);
        } else {
            e.type(EventType.FEED_STALE).instrumentId(id).status(1);
        }
    }
}
