package io.fdp.benchmarks.stream;

import io.fdp.engine.event.EventType;

/**
 * The trades of an {@link OrderFlowStream}: one per execution, at the executed order's price, in time order.
 * <p>
 * A replay shifts times by {@link #spanNs} per pass, as the order stream does, so candles keep rolling forward and no
 * trade ever arrives late.
 */
public final class TradeStream {
    /** Number of trades in one pass. */
    public final int length;
    /** Number of instruments. */
    public final int instruments;
    /** Instrument id per trade. */
    public final int[] instrumentIds;
    /** Trade time per trade in the first pass, nanoseconds since the Unix epoch. */
    public final long[] timesNs;
    /** Price mantissa per trade. */
    public final long[] prices;
    /** Size per trade. */
    public final long[] sizes;
    /** Time shift per pass, the same as the order stream's. */
    public final long spanNs;

    private TradeStream(final OrderFlowStream source) {
        length = source.count(EventType.ORDER_EXECUTE);
        instruments = source.instruments;
        instrumentIds = new int[length];
        timesNs = new long[length];
        prices = new long[length];
        sizes = new long[length];
        int n = 0;
        for (int i = 0; i < source.length; i++) {
            if (source.types[i] == EventType.ORDER_EXECUTE) {
                instrumentIds[n] = source.instrumentIds[i];
                timesNs[n] = source.eventTimesNs[i];
                prices[n] = source.prices[i];
                sizes[n] = source.sizes[i];
                n++;
            }
        }
        spanNs = source.spanNs;
    }

    /**
     * Extracts the trades of an order stream.
     *
     * @param source the L3 stream.
     * @return its trades.
     */
    public static TradeStream of(final OrderFlowStream source) {
        return new TradeStream(source);
    }

    /**
     * Time of a trade in a given pass of a replay.
     *
     * @param index the trade's index in the pass.
     * @param pass  0 for the first pass.
     * @return its time shifted by whole passes.
     */
    public long timeNs(final int index, final long pass) {
        return timesNs[index] + pass * spanNs;
    }
}
