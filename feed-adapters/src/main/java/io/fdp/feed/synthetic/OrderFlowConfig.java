package io.fdp.feed.synthetic;

/**
 * Settings of an {@link OrderFlowGenerator}; setters chain, and every setting has a default.
 */
public final class OrderFlowConfig {
    /** Default seed. */
    public static final long SEED_DEFAULT = 0x5EEDL;
    /** Default number of instruments. */
    public static final int INSTRUMENTS_DEFAULT = 16;
    /** Default most live orders per instrument. */
    public static final int MAX_LIVE_ORDERS_DEFAULT = 1_000;
    /** Default starting mid price mantissa: 100.0000 at price exponent -4. */
    public static final long START_PRICE_DEFAULT = 1_000_000;
    /** Default tick size mantissa: 0.01 at price exponent -4. */
    public static final long TICK_SIZE_DEFAULT = 100;
    /** Default lot size: 100 shares at size exponent 0. */
    public static final long LOT_SIZE_DEFAULT = 100;
    /** Default time of the first event: 2024-01-02T14:30:00Z in nanoseconds since the Unix epoch. */
    public static final long START_TIME_NS_DEFAULT = 1_704_205_800_000_000_000L;
    /** Default mean time between events of all instruments together, 1 µs. */
    public static final long MEAN_GAP_NS_DEFAULT = 1_000;

    private long seed = SEED_DEFAULT;
    private int instruments = INSTRUMENTS_DEFAULT;
    private int maxLiveOrders = MAX_LIVE_ORDERS_DEFAULT;
    private long startPrice = START_PRICE_DEFAULT;
    private long tickSize = TICK_SIZE_DEFAULT;
    private long lotSize = LOT_SIZE_DEFAULT;
    private long startTimeNs = START_TIME_NS_DEFAULT;
    private long meanGapNs = MEAN_GAP_NS_DEFAULT;

    /** @return the seed of the random sequence; the same settings always give the same events. */
    public long seed() {
        return seed;
    }

    /** @param value the seed. @return this. */
    public OrderFlowConfig seed(final long value) {
        seed = value;
        return this;
    }

    /** @return the number of instruments, whose indexes are {@code 0 .. instruments - 1}. */
    public int instruments() {
        return instruments;
    }

    /** @param value the number of instruments, at least 1. @return this. */
    public OrderFlowConfig instruments(final int value) {
        instruments = value;
        return this;
    }

    /** @return the most live orders an instrument ever has, both sides together. */
    public int maxLiveOrders() {
        return maxLiveOrders;
    }

    /** @param value the most live orders per instrument, at least 2. @return this. */
    public OrderFlowConfig maxLiveOrders(final int value) {
        maxLiveOrders = value;
        return this;
    }

    /** @return the starting mid price mantissa of every instrument. */
    public long startPrice() {
        return startPrice;
    }

    /** @param value the starting mid price mantissa, at least 200 ticks. @return this. */
    public OrderFlowConfig startPrice(final long value) {
        startPrice = value;
        return this;
    }

    /** @return the tick size mantissa; every price is a multiple of it. */
    public long tickSize() {
        return tickSize;
    }

    /** @param value the tick size mantissa, positive. @return this. */
    public OrderFlowConfig tickSize(final long value) {
        tickSize = value;
        return this;
    }

    /** @return the lot size; every size is a multiple of it. */
    public long lotSize() {
        return lotSize;
    }

    /** @param value the lot size, positive. @return this. */
    public OrderFlowConfig lotSize(final long value) {
        lotSize = value;
        return this;
    }

    /** @return the time of the first event, nanoseconds since the Unix epoch. */
    public long startTimeNs() {
        return startTimeNs;
    }

    /** @param value the time of the first event, nanoseconds since the Unix epoch. @return this. */
    public OrderFlowConfig startTimeNs(final long value) {
        startTimeNs = value;
        return this;
    }

    /** @return the mean synthetic time between consecutive events of all instruments, ns. */
    public long meanGapNs() {
        return meanGapNs;
    }

    /** @param value the mean time between consecutive events, ns, at least 1. @return this. */
    public OrderFlowConfig meanGapNs(final long value) {
        meanGapNs = value;
        return this;
    }
}
