package io.fdp.benchmarks.baseline;

import io.fdp.engine.candle.Candle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A mutable candle of the naive aggregator: OHLCV fields and a {@link BigDecimal} notional for the VWAP.
 * <p>
 * The bar kinds and specs are those of {@link Candle}, so results can be compared field by field.
 */
public final class NaiveCandle {
    private final int instrumentId;
    private final int barKind;
    private final long barSpec;
    private long bucketStartNs;
    private long bucketEndNs;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;
    private long tradeCount;
    private BigDecimal notional = BigDecimal.ZERO;

    /**
     * Creates an empty candle.
     *
     * @param instrumentId  the instrument.
     * @param barKind       {@code Candle.KIND_TIME}, {@code KIND_TICK} or {@code KIND_VOLUME}.
     * @param barSpec       the interval in ns, N trades or V volume.
     * @param bucketStartNs the bucket start of a time candle; bars take their first trade's time.
     */
    public NaiveCandle(final int instrumentId, final int barKind, final long barSpec, final long bucketStartNs) {
        this.instrumentId = instrumentId;
        this.barKind = barKind;
        this.barSpec = barSpec;
        this.bucketStartNs = bucketStartNs;
    }

    /**
     * Adds a trade; trades arrive in time order.
     *
     * @param timestampNs trade time.
     * @param price       price mantissa.
     * @param size        size mantissa.
     */
    public void add(final long timestampNs, final long price, final long size) {
        if (tradeCount == 0) {
            open = price;
            high = price;
            low = price;
            if (barKind != Candle.KIND_TIME) {
                bucketStartNs = timestampNs;
            }
        }
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        volume += size;
        tradeCount++;
        notional = notional.add(BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(size)));
        bucketEndNs = barKind == Candle.KIND_TIME ? bucketStartNs + barSpec : timestampNs;
    }

    /** @return the volume-weighted average price, rounded half up to the price mantissa. */
    public long vwap() {
        return notional.divide(BigDecimal.valueOf(volume), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** @return the instrument. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return the bar kind. */
    public int barKind() {
        return barKind;
    }

    /** @return the interval in ns, N trades or V volume. */
    public long barSpec() {
        return barSpec;
    }

    /** @return the bucket start (time candles) or the first trade's time (bars). */
    public long bucketStartNs() {
        return bucketStartNs;
    }

    /** @return the bucket end (time candles) or the last trade's time (bars). */
    public long bucketEndNs() {
        return bucketEndNs;
    }

    /** @return the opening price. */
    public long open() {
        return open;
    }

    /** @return the highest price. */
    public long high() {
        return high;
    }

    /** @return the lowest price. */
    public long low() {
        return low;
    }

    /** @return the closing price. */
    public long close() {
        return close;
    }

    /** @return the summed size. */
    public long volume() {
        return volume;
    }

    /** @return the number of trades. */
    public long tradeCount() {
        return tradeCount;
    }
}
