package io.fdp.engine.candle;

import io.fdp.engine.event.MarketEvent;

/**
 * Mutable, reusable view of one candle or bar; prices share the instrument's price exponent.
 *
 * <p>A {@code Candle} passed to {@link CandleListener#onCandle(Candle)} is a flyweight owned by the aggregator and is
 * valid only during that call: copy it with {@link #copyFrom(Candle)} to keep it.
 */
public final class Candle {
    /** Sentinel for an absent price. */
    public static final long NULL_PRICE = MarketEvent.NULL_PRICE;
    /** Sentinel for an absent timestamp. */
    public static final long NULL_TIMESTAMP_NS = Long.MIN_VALUE;

    /** Bar kind of a candle aligned to a {@link CandleInterval}; its bar spec is the interval length in ns. */
    public static final int KIND_TIME = 1;
    /** Bar kind of a bar closed every N trades; its bar spec is N. */
    public static final int KIND_TICK = 2;
    /** Bar kind of a bar closed once its volume reaches V; its bar spec is V. */
    public static final int KIND_VOLUME = 3;

    /** State of a candle still collecting trades; never emitted, only seen through accessors. */
    public static final int STATE_PARTIAL = 0;
    /** State of the first publication of a closed candle (revision 0). */
    public static final int STATE_FINAL = 1;
    /** State of a republication of a closed candle amended by a late trade (revision 1 or more). */
    public static final int STATE_REVISED = 2;

    int instrumentId;
    int barKind;
    long barSpec;
    long bucketStartNs;
    long bucketEndNs;
    long open;
    long high;
    long low;
    long close;
    long volume;
    long tradeCount;
    long vwap;
    long firstTradeNs;
    long lastTradeNs;
    int state;
    int revision;

    /** Slots of a long array that {@link #writeTo} fills. */
    public static final int LONGS = 15;

    /** Creates an empty candle whose prices and times are the null sentinels. */
    public Candle() {
        clear();
    }

    /**
     * Dense id of the instrument.
     *
     * @return the instrument id.
     */
    public int instrumentId() {
        return instrumentId;
    }

    /**
     * Kind of bar.
     *
     * @return {@link #KIND_TIME}, {@link #KIND_TICK} or {@link #KIND_VOLUME}.
     */
    public int barKind() {
        return barKind;
    }

    /**
     * Parameter of the bar kind.
     *
     * @return the interval length in ns for time candles, N for tick bars, V for volume bars.
     */
    public long barSpec() {
        return barSpec;
    }

    /**
     * Start of the candle.
     *
     * @return the aligned bucket start for time candles (inclusive), the earliest trade time for bars.
     */
    public long bucketStartNs() {
        return bucketStartNs;
    }

    /**
     * End of the candle.
     *
     * @return the bucket end for time candles (exclusive, start plus interval), the latest trade time for bars.
     */
    public long bucketEndNs() {
        return bucketEndNs;
    }

    /**
     * Opening price: that of the trade with the earliest timestamp, the first to arrive among equal timestamps.
     *
     * @return the price mantissa.
     */
    public long open() {
        return open;
    }

    /**
     * Highest trade price.
     *
     * @return the price mantissa.
     */
    public long high() {
        return high;
    }

    /**
     * Lowest trade price.
     *
     * @return the price mantissa.
     */
    public long low() {
        return low;
    }

    /**
     * Closing price: that of the trade with the latest timestamp, the last to arrive among equal timestamps.
     *
     * @return the price mantissa.
     */
    public long close() {
        return close;
    }

    /**
     * Sum of trade sizes.
     *
     * @return the size mantissa.
     */
    public long volume() {
        return volume;
    }

    /**
     * Number of trades.
     *
     * @return the trade count.
     */
    public long tradeCount() {
        return tradeCount;
    }

    /**
     * Volume-weighted average price, sum(price * size) / sum(size), rounded half up to the price exponent.
     *
     * @return the price mantissa.
     */
    public long vwap() {
        return vwap;
    }

    /**
     * Earliest trade timestamp.
     *
     * @return nanoseconds since the Unix epoch, UTC.
     */
    public long firstTradeNs() {
        return firstTradeNs;
    }

    /**
     * Latest trade timestamp.
     *
     * @return nanoseconds since the Unix epoch, UTC.
     */
    public long lastTradeNs() {
        return lastTradeNs;
    }

    /**
     * Publication state.
     *
     * @return {@link #STATE_PARTIAL}, {@link #STATE_FINAL} or {@link #STATE_REVISED}.
     */
    public int state() {
        return state;
    }

    /**
     * Number of amendments published after the first publication of this bucket.
     *
     * @return 0 for partial and final candles, 1 or more for revised ones.
     */
    public int revision() {
        return revision;
    }

    /**
     * Copies every field of another candle into this one.
     *
     * @param other the candle to copy.
     * @return this candle.
     */
    public Candle copyFrom(final Candle other) {
        instrumentId = other.instrumentId;
        barKind = other.barKind;
        barSpec = other.barSpec;
        bucketStartNs = other.bucketStartNs;
        bucketEndNs = other.bucketEndNs;
        open = other.open;
        high = other.high;
        low = other.low;
        close = other.close;
        volume = other.volume;
        tradeCount = other.tradeCount;
        vwap = other.vwap;
        firstTradeNs = other.firstTradeNs;
        lastTradeNs = other.lastTradeNs;
        state = other.state;
        revision = other.revision;
        return this;
    }

    /**
     * Resets this candle to the empty state: prices and times become the null sentinels, counts zero.
     *
     * @return this candle.
     */
    public Candle clear() {
        instrumentId = -1;
        barKind = 0;
        barSpec = 0;
        bucketStartNs = NULL_TIMESTAMP_NS;
        bucketEndNs = NULL_TIMESTAMP_NS;
        open = NULL_PRICE;
        high = NULL_PRICE;
        low = NULL_PRICE;
        close = NULL_PRICE;
        volume = 0;
        tradeCount = 0;
        vwap = NULL_PRICE;
        firstTradeNs = NULL_TIMESTAMP_NS;
        lastTradeNs = NULL_TIMESTAMP_NS;
        state = STATE_PARTIAL;
        revision = 0;
        return this;
    }

    /**
     * Writes every field into {@link #LONGS} consecutive slots of a long array (for allocation-free queues).
     *
     * @param slots the array.
     * @param base  the first slot.
     */
    public void writeTo(final long[] slots, final int base) {
        slots[base] = instrumentId;
        slots[base + 1] = barKind;
        slots[base + 2] = barSpec;
        slots[base + 3] = bucketStartNs;
        slots[base + 4] = bucketEndNs;
        slots[base + 5] = open;
        slots[base + 6] = high;
        slots[base + 7] = low;
        slots[base + 8] = close;
        slots[base + 9] = volume;
        slots[base + 10] = tradeCount;
        slots[base + 11] = vwap;
        slots[base + 12] = firstTradeNs;
        slots[base + 13] = lastTradeNs;
        slots[base + 14] = ((long) state << 32) | (revision & 0xFFFF_FFFFL);
    }

    /**
     * Reads every field from slots written by {@link #writeTo}.
     *
     * @param slots the array.
     * @param base  the first slot.
     * @return this candle.
     */
    public Candle readFrom(final long[] slots, final int base) {
        instrumentId = (int) slots[base];
        barKind = (int) slots[base + 1];
        barSpec = slots[base + 2];
        bucketStartNs = slots[base + 3];
        bucketEndNs = slots[base + 4];
        open = slots[base + 5];
        high = slots[base + 6];
        low = slots[base + 7];
        close = slots[base + 8];
        volume = slots[base + 9];
        tradeCount = slots[base + 10];
        vwap = slots[base + 11];
        firstTradeNs = slots[base + 12];
        lastTradeNs = slots[base + 13];
        state = (int) (slots[base + 14] >>> 32);
        revision = (int) slots[base + 14];
        return this;
    }

    /**
     * Describes every field, for logs and test failures; allocates, so it does not belong on the hot path.
     *
     * @return the description.
     */
    @Override
    public String toString() {
        return "Candle{instrumentId=" + instrumentId + ", barKind=" + barKind + ", barSpec=" + barSpec
            + ", bucketStartNs=" + bucketStartNs + ", bucketEndNs=" + bucketEndNs
            + ", open=" + open + ", high=" + high + ", low=" + low + ", close=" + close
            + ", volume=" + volume + ", tradeCount=" + tradeCount + ", vwap=" + vwap
            + ", firstTradeNs=" + firstTradeNs + ", lastTradeNs=" + lastTradeNs
            + ", state=" + state + ", revision=" + revision + '}';
    }
}
