package io.fdp.engine.candle;

import io.fdp.engine.hash.StateHash;
import io.fdp.engine.state.StateReader;
import io.fdp.engine.state.StateWriter;

import java.util.Arrays;
import java.util.Set;

/**
 * Aggregates trades into OHLCV time candles, tick bars and volume bars for up to a fixed number of instruments.
 *
 * <p>Single-threaded: every method must be called from the one engine thread that owns this aggregator, and the
 * {@link CandleListener} is called on that thread. After construction, {@link #onTrade} and {@link #onTime} do not
 * allocate, lock or throw for any input; outcomes are return codes.
 *
 * <p><b>Time candles.</b> A trade belongs to the bucket {@link CandleInterval#bucketStartNs(long)} of its timestamp.
 * A trade in a later bucket than the open candle first closes the open candle (published {@link Candle#STATE_FINAL})
 * and then opens the new bucket; {@link #onTime(long)} closes every open candle whose bucket end is not after the
 * given time. Buckets without trades produce no candle.
 *
 * <p><b>Late trades.</b> The last closed candles of each (instrument, interval) are retained in a ring of
 * {@code min(MAX_RETAINED_CANDLES, ceil(lateHorizonNs / intervalNs) + 1)} entries, enough to hold every bucket the
 * horizon can reach unless the cap applies. A trade older than the instrument's latest accepted trade time minus the
 * horizon is {@link #TOO_LATE}, even if all of its buckets are still open; {@link #onTime(long)} does not move that
 * reference, so a trade may amend a candle the timer closed. Otherwise a trade in an already closed bucket amends
 * that bucket's retained candle, which is republished as {@link Candle#STATE_REVISED} with its revision incremented;
 * a trade in a closed bucket that had no trades creates that bucket's candle, published {@link Candle#STATE_FINAL}
 * with revision 0 (out of bucket order). Either returns {@link #LATE_REVISED}. When a full ring no longer reaches the
 * trade's bucket, for any interval, the whole trade is {@link #TOO_LATE}: a trade is applied to every candle or to
 * none.
 *
 * <p><b>Bars.</b> A tick bar closes (published {@link Candle#STATE_FINAL}) on its Nth trade. A volume bar closes on the
 * trade that brings its volume to V or more; that trade belongs entirely to the closing bar, so a bar's volume may
 * exceed V and the next bar starts empty. Bars follow arrival order, so late trades join the current bar; their bucket
 * start and end are the earliest and latest trade times in the bar. A size of 0 disables either kind of bar.
 *
 * <p><b>VWAP</b> is sum(price * size) / sum(size) at the price exponent, rounded half up; the notional is accumulated
 * exactly in 128 bits. The volume of one candle must stay below 2^63.
 *
 * <p><b>Fast path.</b> While every interval of an instrument has an open candle, the trades that fall inside all of
 * their buckets at once (between the latest bucket start and the earliest bucket end, kept per instrument) are summed
 * into one pending candle of the instrument instead of into each interval's; the pending candle is merged into every
 * open candle before anything else reads or changes them (a trade outside that window, the timer, a query, a snapshot
 * or the state hash). Merging gives exactly the candles that adding the trades one by one would, so the fast path is
 * invisible except in the cost per trade.
 */
public final class CandleAggregator {
    /** The trade was applied to open candles and bars only. */
    public static final int OK = 0;
    /** The trade was accepted and amended (or created) at least one already closed time candle. */
    public static final int LATE_REVISED = 1;
    /** The instrument id is negative or not below the configured maximum; the trade was rejected. */
    public static final int INVALID_INSTRUMENT = -1;
    /** The timestamp is outside [{@link #MIN_TIMESTAMP_NS}, {@link #MAX_TIMESTAMP_NS}]; the trade was rejected. */
    public static final int INVALID_TIMESTAMP = -2;
    /** The price is {@link Candle#NULL_PRICE} or not positive; the trade was rejected. */
    public static final int INVALID_PRICE = -3;
    /** The size is not positive; the trade was rejected. */
    public static final int INVALID_SIZE = -4;
    /** The trade is older than the late horizon or than the retained candles allow; it was dropped and counted. */
    public static final int TOO_LATE = -5;

    /** Earliest accepted trade timestamp, about the year 1823, so bucket arithmetic cannot overflow. */
    public static final long MIN_TIMESTAMP_NS = -(1L << 62);
    /** Latest accepted trade timestamp, about the year 2116, so bucket arithmetic cannot overflow. */
    public static final long MAX_TIMESTAMP_NS = (1L << 62) - 1;
    /** Largest late horizon accepted by the constructor. */
    public static final long MAX_LATE_HORIZON_NS = 1L << 62;
    /** Most closed candles retained per (instrument, interval) for late amendments. */
    public static final int MAX_RETAINED_CANDLES = 8;

    private static final int ROUTE_OPEN = 1;
    private static final int ROUTE_ROLL = 2;
    private static final int ROUTE_START = 3;
    private static final int ROUTE_AMEND = 4;
    private static final int ROUTE_INSERT = 5;

    private final int maxInstruments;
    private final int intervalCount;
    private final long[] intervalNs;
    private final int[] intervalIndexByOrdinal;
    private final long tickBarTrades;
    private final long volumeBarSize;
    private final long lateHorizonNs;
    private final CandleListener listener;
    private final Candle flyweight = new Candle();

    private final long[] latestTradeNs;
    private final CandleTable openCandles;
    private final CandleTable retainedCandles;
    private final int[] ringCapacity;
    private final int[] ringOffset;
    private final int ringStride;
    private final int[] ringHead;
    private final int[] ringSize;
    private final int[] openInstruments;
    private final int[] openInstrumentCount;
    private final long[] earliestOpenEndNs;
    private final CandleTable tickBars;
    private final CandleTable volumeBars;
    private final int[] routes;
    private final int[] routePositions;
    private final long[] routeBucketStartNs;
    private final CandleTable pending;
    private final long[] fastStartNs;
    private final long[] fastEndNs;

    private long droppedLateTrades;
    private long rejectedTrades;
    private long closedCandles;
    private long revisedCandles;

    /**
     * Creates an aggregator with all of its state preallocated.
     *
     * @param maxInstruments number of dense instrument ids, {@code 0 .. maxInstruments - 1}; at least 1.
     * @param intervals time candle intervals to build; may be empty.
     * @param tickBarTrades trades per tick bar N, or 0 for no tick bars.
     * @param volumeBarSize volume threshold V of volume bars (size mantissa), or 0 for no volume bars.
     * @param lateHorizonNs how far behind an instrument's latest trade a trade may be and still amend candles.
     * @param listener receives closed and revised candles on the engine thread.
     * @throws IllegalArgumentException if a parameter is out of range or the state would not fit in arrays.
     */
    public CandleAggregator(
        final int maxInstruments,
        final Set<CandleInterval> intervals,
        final long tickBarTrades,
        final long volumeBarSize,
        final long lateHorizonNs,
        final CandleListener listener) {
        requireArgument(maxInstruments >= 1, "maxInstruments must be at least 1");
        requireArgument(tickBarTrades >= 0, "tickBarTrades must not be negative");
        requireArgument(volumeBarSize >= 0, "volumeBarSize must not be negative");
        requireArgument(lateHorizonNs >= 0 && lateHorizonNs <= MAX_LATE_HORIZON_NS, "lateHorizonNs out of range");
        requireArgument(listener != null, "listener is required");
        this.maxInstruments = maxInstruments;
        this.tickBarTrades = tickBarTrades;
        this.volumeBarSize = volumeBarSize;
        this.lateHorizonNs = lateHorizonNs;
        this.listener = listener;

        final CandleInterval[] all = CandleInterval.values();
        intervalIndexByOrdinal = new int[all.length];
        intervalNs = new long[intervals.size()];
        ringCapacity = new int[intervals.size()];
        ringOffset = new int[intervals.size()];
        int count = 0;
        int stride = 0;
        for (final CandleInterval interval : all) {
            intervalIndexByOrdinal[interval.ordinal()] = -1;
            if (intervals.contains(interval)) {
                intervalIndexByOrdinal[interval.ordinal()] = count;
                intervalNs[count] = interval.intervalNs();
                ringCapacity[count] = retainedCapacity(lateHorizonNs, interval.intervalNs());
                ringOffset[count] = stride;
                stride += ringCapacity[count];
                count++;
            }
        }
        intervalCount = count;
        ringStride = stride;

        final int slots = rows(maxInstruments, intervalCount);
        latestTradeNs = new long[maxInstruments];
        Arrays.fill(latestTradeNs, Candle.NULL_TIMESTAMP_NS);
        openCandles = new CandleTable(slots);
        retainedCandles = new CandleTable(rows(maxInstruments, ringStride));
        ringHead = new int[slots];
        ringSize = new int[slots];
        openInstruments = new int[slots];
        openInstrumentCount = new int[intervalCount];
        earliestOpenEndNs = new long[intervalCount];
        Arrays.fill(earliestOpenEndNs, Long.MAX_VALUE);
        tickBars = new CandleTable(tickBarTrades > 0 ? maxInstruments : 0);
        volumeBars = new CandleTable(volumeBarSize > 0 ? maxInstruments : 0);
        routes = new int[intervalCount];
        routePositions = new int[intervalCount];
        routeBucketStartNs = new long[intervalCount];
        pending = new CandleTable(maxInstruments);
        fastStartNs = new long[maxInstruments];
        fastEndNs = new long[maxInstruments];
        Arrays.fill(fastEndNs, Long.MIN_VALUE);
    }

    /**
     * Applies one trade to every candle and bar of its instrument.
     *
     * <p>Checks run in this order and the first failure is returned: instrument, timestamp, price, size, lateness.
     *
     * @param instrumentId dense instrument id.
     * @param timestampNs trade time, nanoseconds since the Unix epoch, UTC.
     * @param price price mantissa, positive.
     * @param size size mantissa, positive.
     * @return {@link #OK} or {@link #LATE_REVISED} when applied; {@link #INVALID_INSTRUMENT},
     *     {@link #INVALID_TIMESTAMP}, {@link #INVALID_PRICE}, {@link #INVALID_SIZE} or {@link #TOO_LATE} when not.
     */
    public int onTrade(final int instrumentId, final long timestampNs, final long price, final long size) {
        final int validity = validate(instrumentId, timestampNs, price, size);
        if (validity != OK) {
            rejectedTrades++;
            return validity;
        }
        final long latestNs = latestTradeNs[instrumentId];
        final boolean hasLatest = latestNs != Candle.NULL_TIMESTAMP_NS;
        if (hasLatest && timestampNs < latestNs - lateHorizonNs) {
            droppedLateTrades++;
            return TOO_LATE;
        }
        final int result;
        if (timestampNs >= fastStartNs[instrumentId] && timestampNs < fastEndNs[instrumentId]) {
            if (pending.isEmpty(instrumentId)) {
                pending.start(instrumentId, 0, timestampNs, price, size);
            } else {
                pending.add(instrumentId, timestampNs, price, size);
            }
            result = OK;
        } else {
            flushPending(instrumentId);
            if (!routeTimeCandles(instrumentId, timestampNs)) {
                droppedLateTrades++;
                return TOO_LATE;
            }
            result = applyTimeCandles(instrumentId, timestampNs, price, size);
            updateFastWindow(instrumentId);
        }
        if (tickBarTrades > 0) {
            applyTickBar(instrumentId, timestampNs, price, size);
        }
        if (volumeBarSize > 0) {
            applyVolumeBar(instrumentId, timestampNs, price, size);
        }
        if (!hasLatest || timestampNs > latestNs) {
            latestTradeNs[instrumentId] = timestampNs;
        }
        return result;
    }

    /**
     * Closes, and publishes as {@link Candle#STATE_FINAL}, every open time candle whose bucket end is at or before
     * {@code nowNs}; a call that closes nothing costs O(intervals), one that closes costs O(open candles).
     *
     * <p>Candles are published interval by interval; within an interval the order follows the order in which the
     * candles were opened and closed before, which is deterministic for a given input sequence but not sorted.
     *
     * @param nowNs current time, nanoseconds since the Unix epoch, UTC.
     */
    public void onTime(final long nowNs) {
        for (int i = 0; i < intervalCount; i++) {
            if (earliestOpenEndNs[i] > nowNs) {
                continue;
            }
            final int base = i * maxInstruments;
            long earliestEndNs = Long.MAX_VALUE;
            int k = 0;
            while (k < openInstrumentCount[i]) {
                final int instrumentId = openInstruments[base + k];
                final int slot = instrumentId * intervalCount + i;
                final long endNs = openCandles.bucketStartNs[slot] + intervalNs[i];
                if (endNs <= nowNs) {
                    flushPending(instrumentId);
                    fastEndNs[instrumentId] = Long.MIN_VALUE;
                    closeOpenCandle(instrumentId, i, slot);
                    openInstrumentCount[i]--;
                    openInstruments[base + k] = openInstruments[base + openInstrumentCount[i]];
                } else {
                    earliestEndNs = Math.min(earliestEndNs, endNs);
                    k++;
                }
            }
            earliestOpenEndNs[i] = earliestEndNs;
        }
    }

    /**
     * Copies the open time candle of an instrument and interval, with state {@link Candle#STATE_PARTIAL}.
     *
     * @param instrumentId dense instrument id.
     * @param interval a configured interval.
     * @param into flyweight to fill.
     * @return true if filled; false if the instrument or interval is unknown or no candle is open.
     */
    public boolean openCandle(final int instrumentId, final CandleInterval interval, final Candle into) {
        final int i = intervalIndex(interval);
        if (i < 0 || !isValidInstrument(instrumentId)) {
            return false;
        }
        flushPending(instrumentId);
        final int slot = instrumentId * intervalCount + i;
        if (openCandles.isEmpty(slot)) {
            return false;
        }
        fillTimeCandle(openCandles, slot, instrumentId, i, Candle.STATE_PARTIAL, into);
        return true;
    }

    /**
     * Copies a retained closed time candle, with state {@link Candle#STATE_FINAL} or {@link Candle#STATE_REVISED}.
     *
     * @param instrumentId dense instrument id.
     * @param interval a configured interval.
     * @param bucketStartNs the aligned start of the candle's bucket.
     * @param into flyweight to fill.
     * @return true if filled; false if the instrument or interval is unknown or that candle is not retained.
     */
    public boolean closedCandle(
        final int instrumentId, final CandleInterval interval, final long bucketStartNs, final Candle into) {
        final int i = intervalIndex(interval);
        if (i < 0 || !isValidInstrument(instrumentId)) {
            return false;
        }
        final int slot = instrumentId * intervalCount + i;
        for (int j = 0; j < ringSize[slot]; j++) {
            final int row = ringRow(instrumentId, i, slot, j);
            if (retainedCandles.bucketStartNs[row] == bucketStartNs) {
                final int state = retainedCandles.revision[row] == 0 ? Candle.STATE_FINAL : Candle.STATE_REVISED;
                fillTimeCandle(retainedCandles, row, instrumentId, i, state, into);
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the open tick bar of an instrument, with state {@link Candle#STATE_PARTIAL}.
     *
     * @param instrumentId dense instrument id.
     * @param into flyweight to fill.
     * @return true if filled; false if the instrument is unknown, tick bars are disabled or the bar is empty.
     */
    public boolean openTickBar(final int instrumentId, final Candle into) {
        if (tickBarTrades == 0 || !isValidInstrument(instrumentId) || tickBars.isEmpty(instrumentId)) {
            return false;
        }
        fillBar(tickBars, instrumentId, Candle.KIND_TICK, tickBarTrades, Candle.STATE_PARTIAL, into);
        return true;
    }

    /**
     * Copies the open volume bar of an instrument, with state {@link Candle#STATE_PARTIAL}.
     *
     * @param instrumentId dense instrument id.
     * @param into flyweight to fill.
     * @return true if filled; false if the instrument is unknown, volume bars are disabled or the bar is empty.
     */
    public boolean openVolumeBar(final int instrumentId, final Candle into) {
        if (volumeBarSize == 0 || !isValidInstrument(instrumentId) || volumeBars.isEmpty(instrumentId)) {
            return false;
        }
        fillBar(volumeBars, instrumentId, Candle.KIND_VOLUME, volumeBarSize, Candle.STATE_PARTIAL, into);
        return true;
    }

    /**
     * Number of closed candles retained per instrument for an interval, which bounds how late a trade may be.
     *
     * @param interval an interval.
     * @return the ring capacity, or 0 if the interval is not configured.
     */
    public int retainedCapacity(final CandleInterval interval) {
        final int i = intervalIndex(interval);
        return i < 0 ? 0 : ringCapacity[i];
    }

    /**
     * Deterministic hash of the state that drives future output: every open and retained time candle, open bar and
     * latest trade time, all fields; counters are excluded. Replaying the same trades and times gives the same hash.
     *
     * @param seed initial value of the hash.
     * @return the hash.
     */
    public long stateHash(final long seed) {
        flushAllPending();
        long h = StateHash.mix(seed, maxInstruments);
        for (int instrumentId = 0; instrumentId < maxInstruments; instrumentId++) {
            if (latestTradeNs[instrumentId] == Candle.NULL_TIMESTAMP_NS) {
                continue;
            }
            h = StateHash.mix(h, instrumentId);
            h = StateHash.mix(h, latestTradeNs[instrumentId]);
            for (int i = 0; i < intervalCount; i++) {
                final int slot = instrumentId * intervalCount + i;
                h = openCandles.hash(slot, h);
                h = StateHash.mix(h, ringSize[slot]);
                for (int j = 0; j < ringSize[slot]; j++) {
                    h = retainedCandles.hash(ringRow(instrumentId, i, slot, j), h);
                }
            }
            if (tickBarTrades > 0) {
                h = tickBars.hash(instrumentId, h);
            }
            if (volumeBarSize > 0) {
                h = volumeBars.hash(instrumentId, h);
            }
        }
        return StateHash.finish(h);
    }

    /**
     * Trades dropped as {@link #TOO_LATE}.
     *
     * @return the count since construction.
     */
    public long droppedLateTrades() {
        return droppedLateTrades;
    }

    /**
     * Trades rejected as invalid (instrument, timestamp, price or size); late trades are not included.
     *
     * @return the count since construction.
     */
    public long rejectedTrades() {
        return rejectedTrades;
    }

    /**
     * Candles and bars published as {@link Candle#STATE_FINAL}.
     *
     * @return the count since construction.
     */
    public long closedCandles() {
        return closedCandles;
    }

    /**
     * Candles published as {@link Candle#STATE_REVISED}.
     *
     * @return the count since construction.
     */
    public long revisedCandles() {
        return revisedCandles;
    }

    private int validate(final int instrumentId, final long timestampNs, final long price, final long size) {
        if (!isValidInstrument(instrumentId)) {
            return INVALID_INSTRUMENT;
        }
        if (timestampNs < MIN_TIMESTAMP_NS || timestampNs > MAX_TIMESTAMP_NS) {
            return INVALID_TIMESTAMP;
        }
        if (price <= 0) {
            return INVALID_PRICE;
        }
        if (size <= 0) {
            return INVALID_SIZE;
        }
        return OK;
    }

    /** Merges the instrument's pending trades into each of its open candles, which all hold their buckets. */
    private void flushPending(final int instrumentId) {
        if (pending.isEmpty(instrumentId)) {
            return;
        }
        final int first = instrumentId * intervalCount;
        for (int slot = first; slot < first + intervalCount; slot++) {
            openCandles.merge(slot, pending, instrumentId);
        }
        pending.clear(instrumentId);
    }

    private void flushAllPending() {
        for (int instrumentId = 0; instrumentId < maxInstruments; instrumentId++) {
            flushPending(instrumentId);
        }
    }

    /**
     * Sets the instrument's fast-path window to the times inside the buckets of all of its open candles, or to an
     * empty window if an interval has no open candle (or there are no intervals).
     */
    private void updateFastWindow(final int instrumentId) {
        long startNs = Long.MIN_VALUE;
        long endNs = intervalCount == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int i = 0; i < intervalCount; i++) {
            final int slot = instrumentId * intervalCount + i;
            if (openCandles.isEmpty(slot)) {
                endNs = Long.MIN_VALUE;
                break;
            }
            startNs = Math.max(startNs, openCandles.bucketStartNs[slot]);
            endNs = Math.min(endNs, openCandles.bucketStartNs[slot] + intervalNs[i]);
        }
        fastStartNs[instrumentId] = startNs;
        fastEndNs[instrumentId] = endNs;
    }

    /** Decides, for every interval, where the trade goes; false if any interval can no longer take it. */
    private boolean routeTimeCandles(final int instrumentId, final long timestampNs) {
        for (int i = 0; i < intervalCount; i++) {
            final long bucketStartNs = Math.floorDiv(timestampNs, intervalNs[i]) * intervalNs[i];
            final int slot = instrumentId * intervalCount + i;
            routeBucketStartNs[i] = bucketStartNs;
            if (!openCandles.isEmpty(slot)) {
                final long openStartNs = openCandles.bucketStartNs[slot];
                if (bucketStartNs == openStartNs) {
                    routes[i] = ROUTE_OPEN;
                    continue;
                }
                if (bucketStartNs > openStartNs) {
                    routes[i] = ROUTE_ROLL;
                    continue;
                }
            } else if (ringSize[slot] == 0
                || bucketStartNs > retainedCandles.bucketStartNs[ringRow(instrumentId, i, slot, ringSize[slot] - 1)]) {
                routes[i] = ROUTE_START;
                continue;
            }
            if (!routeClosedBucket(instrumentId, i, slot, bucketStartNs)) {
                return false;
            }
        }
        return true;
    }

    /** Routes a trade for a bucket older than any open candle to its retained candle or to a new one in the ring. */
    private boolean routeClosedBucket(final int instrumentId, final int i, final int slot, final long bucketStartNs) {
        for (int j = ringSize[slot] - 1; j >= 0; j--) {
            final long retainedStartNs = retainedCandles.bucketStartNs[ringRow(instrumentId, i, slot, j)];
            if (retainedStartNs == bucketStartNs) {
                routes[i] = ROUTE_AMEND;
                routePositions[i] = j;
                return true;
            }
            if (retainedStartNs < bucketStartNs) {
                routes[i] = ROUTE_INSERT;
                routePositions[i] = j + 1;
                return true;
            }
        }
        if (ringSize[slot] == ringCapacity[i]) {
            return false;
        }
        routes[i] = ROUTE_INSERT;
        routePositions[i] = 0;
        return true;
    }

    private int applyTimeCandles(final int instrumentId, final long timestampNs, final long price, final long size) {
        int result = OK;
        for (int i = 0; i < intervalCount; i++) {
            final int slot = instrumentId * intervalCount + i;
            final long bucketStartNs = routeBucketStartNs[i];
            switch (routes[i]) {
                case ROUTE_OPEN -> openCandles.add(slot, timestampNs, price, size);
                case ROUTE_ROLL -> {
                    closeOpenCandle(instrumentId, i, slot);
                    openCandles.start(slot, bucketStartNs, timestampNs, price, size);
                }
                case ROUTE_START -> {
                    openCandles.start(slot, bucketStartNs, timestampNs, price, size);
                    openInstruments[i * maxInstruments + openInstrumentCount[i]] = instrumentId;
                    openInstrumentCount[i]++;
                    earliestOpenEndNs[i] = Math.min(earliestOpenEndNs[i], bucketStartNs + intervalNs[i]);
                }
                case ROUTE_AMEND -> {
                    final int row = ringRow(instrumentId, i, slot, routePositions[i]);
                    retainedCandles.add(row, timestampNs, price, size);
                    retainedCandles.revision[row]++;
                    publishTimeCandle(retainedCandles, row, instrumentId, i, Candle.STATE_REVISED);
                    result = LATE_REVISED;
                }
                case ROUTE_INSERT -> {
                    final int row = insertRetained(instrumentId, i, slot, routePositions[i]);
                    retainedCandles.start(row, bucketStartNs, timestampNs, price, size);
                    publishTimeCandle(retainedCandles, row, instrumentId, i, Candle.STATE_FINAL);
                    result = LATE_REVISED;
                }
                default -> throw new IllegalStateException("unrouted interval");
            }
        }
        return result;
    }

    private void applyTickBar(final int instrumentId, final long timestampNs, final long price, final long size) {
        if (tickBars.isEmpty(instrumentId)) {
            tickBars.start(instrumentId, timestampNs, timestampNs, price, size);
        } else {
            tickBars.add(instrumentId, timestampNs, price, size);
        }
        if (tickBars.tradeCount[instrumentId] >= tickBarTrades) {
            publishBar(tickBars, instrumentId, Candle.KIND_TICK, tickBarTrades);
            tickBars.clear(instrumentId);
        }
    }

    private void applyVolumeBar(final int instrumentId, final long timestampNs, final long price, final long size) {
        if (volumeBars.isEmpty(instrumentId)) {
            volumeBars.start(instrumentId, timestampNs, timestampNs, price, size);
        } else {
            volumeBars.add(instrumentId, timestampNs, price, size);
        }
        if (volumeBars.volume[instrumentId] >= volumeBarSize) {
            publishBar(volumeBars, instrumentId, Candle.KIND_VOLUME, volumeBarSize);
            volumeBars.clear(instrumentId);
        }
    }

    /** Publishes the open candle of a slot as final, moves it into the ring and leaves the slot empty. */
    private void closeOpenCandle(final int instrumentId, final int i, final int slot) {
        publishTimeCandle(openCandles, slot, instrumentId, i, Candle.STATE_FINAL);
        final int row = insertRetained(instrumentId, i, slot, ringSize[slot]);
        openCandles.copy(slot, retainedCandles, row);
        openCandles.clear(slot);
    }

    /**
     * Opens a row at a logical position of a slot's ring (0 is the oldest), evicting the oldest candle when the ring
     * is full and shifting newer candles up; returns the row, whose content the caller writes.
     */
    private int insertRetained(final int instrumentId, final int i, final int slot, final int position) {
        int logical = position;
        if (ringSize[slot] == ringCapacity[i]) {
            ringHead[slot] = ringHead[slot] + 1 == ringCapacity[i] ? 0 : ringHead[slot] + 1;
            ringSize[slot]--;
            logical--;
        }
        for (int j = ringSize[slot] - 1; j >= logical; j--) {
            retainedCandles.copy(
                ringRow(instrumentId, i, slot, j), retainedCandles, ringRow(instrumentId, i, slot, j + 1));
        }
        ringSize[slot]++;
        return ringRow(instrumentId, i, slot, logical);
    }

    /** Row of the candle at a logical ring position (0 is the oldest) of an instrument and interval. */
    private int ringRow(final int instrumentId, final int i, final int slot, final int logical) {
        int physical = ringHead[slot] + logical;
        if (physical >= ringCapacity[i]) {
            physical -= ringCapacity[i];
        }
        return instrumentId * ringStride + ringOffset[i] + physical;
    }

    private void publishTimeCandle(
        final CandleTable table, final int row, final int instrumentId, final int i, final int state) {
        fillTimeCandle(table, row, instrumentId, i, state, flyweight);
        publish(state);
    }

    private void publishBar(final CandleTable table, final int instrumentId, final int barKind, final long barSpec) {
        fillBar(table, instrumentId, barKind, barSpec, Candle.STATE_FINAL, flyweight);
        publish(Candle.STATE_FINAL);
    }

    private void publish(final int state) {
        if (state == Candle.STATE_REVISED) {
            revisedCandles++;
        } else {
            closedCandles++;
        }
        listener.onCandle(flyweight);
    }

    private void fillTimeCandle(
        final CandleTable table, final int row, final int instrumentId, final int i, final int state, final Candle into) {
        table.copyTo(row, into);
        into.instrumentId = instrumentId;
        into.barKind = Candle.KIND_TIME;
        into.barSpec = intervalNs[i];
        into.bucketStartNs = table.bucketStartNs[row];
        into.bucketEndNs = table.bucketStartNs[row] + intervalNs[i];
        into.state = state;
    }

    /** Fills a flyweight from a bar table, whose row is the instrument id. */
    private static void fillBar(
        final CandleTable table, final int instrumentId, final int barKind, final long barSpec, final int state,
        final Candle into) {
        table.copyTo(instrumentId, into);
        into.instrumentId = instrumentId;
        into.barKind = barKind;
        into.barSpec = barSpec;
        into.bucketStartNs = table.firstTradeNs[instrumentId];
        into.bucketEndNs = table.lastTradeNs[instrumentId];
        into.state = state;
    }

    private boolean isValidInstrument(final int instrumentId) {
        return instrumentId >= 0 && instrumentId < maxInstruments;
    }

    private int intervalIndex(final CandleInterval interval) {
        return interval == null ? -1 : intervalIndexByOrdinal[interval.ordinal()];
    }

    private static int retainedCapacity(final long lateHorizonNs, final long intervalNs) {
        return (int) Math.min(MAX_RETAINED_CANDLES, Math.ceilDiv(lateHorizonNs, intervalNs) + 1);
    }

    private static int rows(final int instruments, final int perInstrument) {
        final long rows = (long) instruments * perInstrument;
        requireArgument(rows <= Integer.MAX_VALUE - 8, "too many candles for arrays: " + rows);
        return (int) rows;
    }

    private static void requireArgument(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Writes every open and retained time candle, open bar, latest trade time, the timer bookkeeping and the counters
     * (state export for snapshots; engine thread, or a stopped engine).
     *
     * @param out where to write.
     */
    public void writeState(final StateWriter out) {
        flushAllPending();
        out.putInt(maxInstruments).putInt(intervalCount);
        for (int i = 0; i < intervalCount; i++) {
            out.putLong(intervalNs[i]).putInt(ringCapacity[i]);
        }
        out.putLong(tickBarTrades).putLong(volumeBarSize).putLong(lateHorizonNs);
        out.putLong(droppedLateTrades).putLong(rejectedTrades).putLong(closedCandles).putLong(revisedCandles);
        for (int i = 0; i < intervalCount; i++) {
            out.putLong(earliestOpenEndNs[i]).putInt(openInstrumentCount[i]);
            for (int k = 0; k < openInstrumentCount[i]; k++) {
                out.putInt(openInstruments[i * maxInstruments + k]);
            }
        }
        int traded = 0;
        for (int instrumentId = 0; instrumentId < maxInstruments; instrumentId++) {
            traded += latestTradeNs[instrumentId] != Candle.NULL_TIMESTAMP_NS ? 1 : 0;
        }
        out.putInt(traded);
        for (int instrumentId = 0; instrumentId < maxInstruments; instrumentId++) {
            if (latestTradeNs[instrumentId] != Candle.NULL_TIMESTAMP_NS) {
                writeInstrument(instrumentId, out);
            }
        }
    }

    private void writeInstrument(final int instrumentId, final StateWriter out) {
        out.putInt(instrumentId).putLong(latestTradeNs[instrumentId]);
        for (int i = 0; i < intervalCount; i++) {
            final int slot = instrumentId * intervalCount + i;
            openCandles.write(slot, out);
            out.putInt(ringSize[slot]);
            for (int j = 0; j < ringSize[slot]; j++) {
                retainedCandles.write(ringRow(instrumentId, i, slot, j), out);
            }
        }
        if (tickBarTrades > 0) {
            tickBars.write(instrumentId, out);
        }
        if (volumeBarSize > 0) {
            volumeBars.write(instrumentId, out);
        }
    }

    /**
     * Replaces the whole state with what {@link #writeState} wrote; the configuration (instruments, intervals, bars,
     * horizon) must be the same. Listeners are not called.
     *
     * @param in where to read.
     */
    public void readState(final StateReader in) {
        in.expectInt(maxInstruments, "candle instruments");
        in.expectInt(intervalCount, "candle interval count");
        for (int i = 0; i < intervalCount; i++) {
            in.expectLong(intervalNs[i], "candle interval " + i);
            in.expectInt(ringCapacity[i], "retained candles of interval " + i);
        }
        in.expectLong(tickBarTrades, "tick bar trades");
        in.expectLong(volumeBarSize, "volume bar size");
        in.expectLong(lateHorizonNs, "late horizon");
        droppedLateTrades = in.getLong();
        rejectedTrades = in.getLong();
        closedCandles = in.getLong();
        revisedCandles = in.getLong();
        clearState();
        for (int i = 0; i < intervalCount; i++) {
            earliestOpenEndNs[i] = in.getLong();
            openInstrumentCount[i] = in.getCount(maxInstruments, "open candles");
            for (int k = 0; k < openInstrumentCount[i]; k++) {
                openInstruments[i * maxInstruments + k] = in.getCount(maxInstruments - 1, "instrument");
            }
        }
        final int traded = in.getCount(maxInstruments, "instruments with trades");
        for (int k = 0; k < traded; k++) {
            final int instrumentId = in.getCount(maxInstruments - 1, "instrument");
            latestTradeNs[instrumentId] = in.getLong();
            for (int i = 0; i < intervalCount; i++) {
                final int slot = instrumentId * intervalCount + i;
                openCandles.read(slot, in);
                ringSize[slot] = in.getCount(ringCapacity[i], "retained candles");
                for (int j = 0; j < ringSize[slot]; j++) {
                    retainedCandles.read(ringRow(instrumentId, i, slot, j), in);
                }
            }
            if (tickBarTrades > 0) {
                tickBars.read(instrumentId, in);
            }
            if (volumeBarSize > 0) {
                volumeBars.read(instrumentId, in);
            }
        }
    }

    private void clearState() {
        Arrays.fill(latestTradeNs, Candle.NULL_TIMESTAMP_NS);
        Arrays.fill(fastEndNs, Long.MIN_VALUE);
        Arrays.fill(ringHead, 0);
        Arrays.fill(ringSize, 0);
        for (int slot = 0; slot < ringHead.length; slot++) {
            openCandles.clear(slot);
        }
        for (int instrumentId = 0; instrumentId < maxInstruments; instrumentId++) {
            pending.clear(instrumentId);
            if (tickBarTrades > 0) {
                tickBars.clear(instrumentId);
            }
            if (volumeBarSize > 0) {
                volumeBars.clear(instrumentId);
            }
        }
    }
}
