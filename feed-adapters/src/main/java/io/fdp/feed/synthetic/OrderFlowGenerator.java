package io.fdp.feed.synthetic;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.BookView;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import org.agrona.collections.Long2LongHashMap;

/**
 * A deterministic L3 order process for any number of instruments: the same {@link OrderFlowConfig} always gives the
 * same events, one per call, written into a caller-owned {@link SyntheticEvent}.
 * <p>
 * The process, per event: pick an instrument uniformly; let its anchor (a mid price in ticks) take a ±1 tick random
 * walk step with probability 1/64; then
 * <ul>
 *   <li><b>add</b> with probability {@code 1/2 + 1/2 (target - live) / target}, where {@code target} is half the
 *   live-order cap: always when the instrument has no order, never at the cap, and a pull towards the target
 *   between. A buy rests an exponentially distributed number of ticks (mean {@value #MEAN_DISTANCE_TICKS}) below the
 *   anchor, a sell the same above the anchor plus one tick, each kept strictly inside the opposite best so the book
 *   never crosses; sizes are 1, 2, 3, 5 or 10 lots, the smaller more likely;</li>
 *   <li>otherwise <b>execute</b> (one time in five) the order at the front of the best level of a random side, in
 *   full or, one time in four when it has more than one lot, in part;</li>
 *   <li>otherwise <b>cancel</b> a live order picked uniformly: a delete, or one time in ten when it has more than one
 *   lot, a partial cancel of some of its lots.</li>
 * </ul>
 * Partial cancels and executions leave orders live, so in steady state adds only have to replace the full removals:
 * the mix settles near 48% adds, 42% cancels and deletes, 10% executions (50/40/10 within 3 points).
 * <p>
 * The generator keeps its own model of every book (an engine {@link OrderBook}) and the live order ids of each
 * instrument in a preallocated array, so a uniform pick is O(1) and a removal a swap with the last id. Every event it
 * emits is valid against that model: cancels and executions name live orders with at most their remaining size, and
 * the books never cross. Nothing is allocated per event once constructed.
 * <p>
 * Threading: owned by one thread.
 */
public final class OrderFlowGenerator {
    /** Mean distance of a new order from the anchor, in ticks. */
    public static final double MEAN_DISTANCE_TICKS = 2.5;
    /** Lowest anchor, in ticks, so that every price stays positive. */
    public static final long MIN_ANCHOR_TICKS = 100;

    private static final double EXECUTION_SHARE = 0.2;
    private static final double PARTIAL_CANCEL_PROBABILITY = 0.1;
    private static final double PARTIAL_EXECUTION_PROBABILITY = 0.25;
    private static final int DRIFT_ONE_IN = 64;
    private static final int[] LOTS = {1, 1, 1, 1, 2, 2, 2, 3, 3, 5, 5, 10};
    private static final long NO_POSITION = -1;

    private final int instruments;
    private final int maxLiveOrders;
    private final double targetLiveOrders;
    private final long tickSize;
    private final long lotSize;
    private final long meanGapNs;
    private final OrderBook[] books;
    private final long[] anchorTicks;
    private final long[] sequences;
    private final long[] liveIds;
    private final int[] liveCounts;
    private final Long2LongHashMap positionById;
    private final long[] frontId = new long[1];
    private final long[] frontSize = new long[1];
    private long random;
    private long timeNs;
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private long generated;
    private int closingInstrument;

    /**
     * Creates a generator whose instruments all start empty at the configured price.
     *
     * @param config the settings; read once, later changes have no effect.
     */
    public OrderFlowGenerator(final OrderFlowConfig config) {
        instruments = config.instruments();
        maxLiveOrders = config.maxLiveOrders();
        tickSize = config.tickSize();
        lotSize = config.lotSize();
        meanGapNs = config.meanGapNs();
        if (instruments < 1 || maxLiveOrders < 2 || tickSize < 1 || lotSize < 1 || meanGapNs < 1) {
            throw new IllegalArgumentException("instruments, maxLiveOrders (>= 2), tickSize, lotSize and meanGapNs"
                + " must be positive: " + instruments + ", " + maxLiveOrders + ", " + tickSize + ", " + lotSize + ", "
                + meanGapNs);
        }
        if (config.startPrice() / tickSize < MIN_ANCHOR_TICKS || (long) instruments * maxLiveOrders > 1 << 28) {
            throw new IllegalArgumentException("startPrice must be at least " + MIN_ANCHOR_TICKS
                + " ticks and instruments * maxLiveOrders at most 2^28");
        }
        targetLiveOrders = maxLiveOrders / 2.0;
        books = new OrderBook[instruments];
        anchorTicks = new long[instruments];
        for (int i = 0; i < instruments; i++) {
            books[i] = new OrderBook(maxLiveOrders, maxLiveOrders);
            anchorTicks[i] = config.startPrice() / tickSize;
        }
        sequences = new long[instruments];
        liveIds = new long[instruments * maxLiveOrders];
        liveCounts = new int[instruments];
        positionById = new Long2LongHashMap(instruments * maxLiveOrders * 2, 0.5f, NO_POSITION);
        random = config.seed();
        timeNs = config.startTimeNs();
    }

    /**
     * Writes the next event of the order process.
     *
     * @param into receives the event; every field is overwritten.
     */
    public void next(final SyntheticEvent into) {
        final int instrument = nextInt(instruments);
        if (nextInt(DRIFT_ONE_IN) == 0) {
            anchorTicks[instrument] = Math.max(MIN_ANCHOR_TICKS, anchorTicks[instrument] + (nextBoolean() ? 1 : -1));
        }
        if (nextDouble() < addProbability(liveCounts[instrument])) {
            add(instrument, into);
        } else if (nextDouble() < EXECUTION_SHARE) {
            execute(instrument, into);
        } else {
            cancel(instrument, into);
        }
        stamp(instrument, into);
    }

    /**
     * Writes a delete of one of the remaining live orders, so that a stream can end with every book empty.
     *
     * @param into receives the event when there is one; every field is overwritten.
     * @return false, leaving {@code into} untouched, when no instrument has a live order left.
     */
    public boolean nextClosing(final SyntheticEvent into) {
        while (closingInstrument < instruments && liveCounts[closingInstrument] == 0) {
            closingInstrument++;
        }
        if (closingInstrument == instruments) {
            closingInstrument = 0;
            return false;
        }
        final int instrument = closingInstrument;
        final int position = liveCounts[instrument] - 1;
        final long orderId = liveIds[instrument * maxLiveOrders + position];
        final OrderBook book = books[instrument];
        fill(into, EventType.ORDER_DELETE, instrument, orderId, book.orderSide(orderId), book.orderPrice(orderId),
            book.orderSize(orderId));
        check(book.delete(orderId), into);
        removeLiveAt(instrument, position);
        stamp(instrument, into);
        return true;
    }

    /** @return the number of instruments, whose indexes are {@code 0 .. instruments() - 1}. */
    public int instruments() {
        return instruments;
    }

    /** @return the cap on live orders per instrument. */
    public int maxLiveOrders() {
        return maxLiveOrders;
    }

    /**
     * Live orders of an instrument, both sides together, after the last event.
     *
     * @param instrument an instrument index.
     * @return the count, at most {@link #maxLiveOrders()}.
     */
    public int liveOrders(final int instrument) {
        return liveCounts[instrument];
    }

    /** @return how many events have been written. */
    public long generated() {
        return generated;
    }

    private double addProbability(final int live) {
        if (live == 0) {
            return 1.0;
        }
        if (live >= maxLiveOrders) {
            return 0.0;
        }
        return Math.min(1.0, Math.max(0.0, 0.5 + 0.5 * (targetLiveOrders - live) / targetLiveOrders));
    }

    private void add(final int instrument, final SyntheticEvent into) {
        final OrderBook book = books[instrument];
        final byte side = nextBoolean() ? Side.BUY : Side.SELL;
        final long distance = (long) (-Math.log(1.0 - nextDouble()) * MEAN_DISTANCE_TICKS);
        long priceTicks;
        if (side == Side.BUY) {
            priceTicks = anchorTicks[instrument] - distance;
            final long bestAsk = book.bestAskPrice();
            if (bestAsk != BookView.NULL_PRICE) {
                priceTicks = Math.min(priceTicks, bestAsk / tickSize - 1);
            }
        } else {
            priceTicks = anchorTicks[instrument] + 1 + distance;
            final long bestBid = book.bestBidPrice();
            if (bestBid != BookView.NULL_PRICE) {
                priceTicks = Math.max(priceTicks, bestBid / tickSize + 1);
            }
        }
        final long price = Math.max(1, priceTicks) * tickSize;
        final long size = LOTS[nextInt(LOTS.length)] * lotSize;
        final long orderId = nextOrderId++;
        fill(into, EventType.ORDER_ADD, instrument, orderId, side, price, size);
        check(book.add(orderId, side, price, size), into);
        final int position = liveCounts[instrument]++;
        liveIds[instrument * maxLiveOrders + position] = orderId;
        positionById.put(orderId, position);
    }

    private void execute(final int instrument, final SyntheticEvent into) {
        final OrderBook book = books[instrument];
        byte side = nextBoolean() ? Side.BUY : Side.SELL;
        if (book.levelCount(side) == 0) {
            side = side == Side.BUY ? Side.SELL : Side.BUY;
        }
        book.copyLevelOrders(side, 0, frontId, frontSize);
        final long orderId = frontId[0];
        final long remaining = frontSize[0];
        final long size = reduction(remaining, PARTIAL_EXECUTION_PROBABILITY);
        fill(into, EventType.ORDER_EXECUTE, instrument, orderId, side, book.levelPrice(side, 0), size);
        into.tradeId = nextTradeId++;
        check(book.execute(orderId, size), into);
        if (size == remaining) {
            removeLiveAt(instrument, (int) positionById.get(orderId));
        }
    }

    private void cancel(final int instrument, final SyntheticEvent into) {
        final OrderBook book = books[instrument];
        final int position = nextInt(liveCounts[instrument]);
        final long orderId = liveIds[instrument * maxLiveOrders + position];
        final long remaining = book.orderSize(orderId);
        final long size = reduction(remaining, PARTIAL_CANCEL_PROBABILITY);
        if (size == remaining) {
            fill(into, EventType.ORDER_DELETE, instrument, orderId, book.orderSide(orderId), book.orderPrice(orderId), size);
            check(book.delete(orderId), into);
            removeLiveAt(instrument, position);
        } else {
            fill(into, EventType.ORDER_CANCEL, instrument, orderId, book.orderSide(orderId), book.orderPrice(orderId), size);
            check(book.cancel(orderId, size), into);
        }
    }

    /** The whole remaining size, or with the given probability when it has several lots, some of its lots. */
    private long reduction(final long remaining, final double partialProbability) {
        final long lots = remaining / lotSize;
        if (lots >= 2 && nextDouble() < partialProbability) {
            return (1 + nextInt((int) Math.min(Integer.MAX_VALUE, lots - 1))) * lotSize;
        }
        return remaining;
    }

    private void removeLiveAt(final int instrument, final int position) {
        final int base = instrument * maxLiveOrders;
        final int last = --liveCounts[instrument];
        final long removedId = liveIds[base + position];
        final long movedId = liveIds[base + last];
        liveIds[base + position] = movedId;
        positionById.put(movedId, position);
        positionById.remove(removedId);
    }

    private static void fill(final SyntheticEvent into, final byte type, final int instrument, final long orderId,
        final byte side, final long price, final long size) {
        into.type = type;
        into.instrumentId = instrument;
        into.orderId = orderId;
        into.side = side;
        into.price = price;
        into.size = size;
        into.tradeId = 0;
    }

    private void stamp(final int instrument, final SyntheticEvent into) {
        timeNs += 1 + (long) (-Math.log(1.0 - nextDouble()) * (meanGapNs - 1));
        into.eventTimeNs = timeNs;
        into.sequence = ++sequences[instrument];
        generated++;
    }

    /** The model accepts every event the generator makes; anything else is a defect of the generator. */
    private static void check(final int result, final SyntheticEvent event) {
        if (result != BookResult.OK) {
            throw new IllegalStateException("generated an event its own book " + BookResult.describe(result) + ": " + event);
        }
    }

    /** SplitMix64: fast, allocation-free and the same on every JVM. */
    private long nextLong() {
        long z = random += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Uniform in {@code [0, bound)} by multiply-shift; the bias is below 2^-31 for the bounds used here. */
    private int nextInt(final int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }
}
