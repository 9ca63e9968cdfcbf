package io.fdp.engine.subscription;

/** A closed or revised candle as a subscriber receives it; reused between calls. */
public final class CandleUpdate {
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
    int state;
    int revision;

    /** @return the instrument. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return the bar kind: a time interval code, or a tick or volume bar code of the candle package. */
    public int barKind() {
        return barKind;
    }

    /** @return the bar's parameter: the interval in ns, trades per tick bar, or volume per volume bar. */
    public long barSpec() {
        return barSpec;
    }

    /** @return the bucket start (time bars) or first trade time (tick and volume bars), ns since the epoch. */
    public long bucketStartNs() {
        return bucketStartNs;
    }

    /** @return the bucket end (exclusive, time bars) or last trade time (tick and volume bars), ns since the epoch. */
    public long bucketEndNs() {
        return bucketEndNs;
    }

    /** @return the first trade price. */
    public long open() {
        return open;
    }

    /** @return the highest trade price. */
    public long high() {
        return high;
    }

    /** @return the lowest trade price. */
    public long low() {
        return low;
    }

    /** @return the last trade price. */
    public long close() {
        return close;
    }

    /** @return the summed trade size. */
    public long volume() {
        return volume;
    }

    /** @return the number of trades. */
    public long tradeCount() {
        return tradeCount;
    }

    /** @return the volume-weighted average price, as a price mantissa. */
    public long vwap() {
        return vwap;
    }

    /** @return the candle state code of the candle package (final or revised). */
    public int state() {
        return state;
    }

    /** @return 0 for the first close, then 1, 2, ... for each revision by late trades. */
    public int revision() {
        return revision;
    }
}
