package io.fdp.feed.binance;

import io.fdp.feed.depth.DepthListener;

/**
 * Receives decoded Binance market data: the venue-neutral events plus candles from {@code kline} streams.
 */
public interface BinanceListener extends DepthListener {
    /**
     * A candle, possibly still open, from a {@code <symbol>@kline_<interval>} stream.
     *
     * @param symbolIndex       the symbol.
     * @param openTimeNs        start of the candle in epoch nanoseconds.
     * @param closeTimeNs       end of the candle in epoch nanoseconds (Binance's close time, the last millisecond).
     * @param openMantissa      first trade price.
     * @param highMantissa      highest trade price.
     * @param lowMantissa       lowest trade price.
     * @param closeMantissa     last trade price so far.
     * @param volumeMantissa    base-asset volume at the size exponent.
     * @param tradeCount        number of trades.
     * @param closed            whether the candle is final.
     * @param eventTimeNs       venue event time in epoch nanoseconds.
     * @param receiveTimeNs     local receive time in epoch nanoseconds.
     */
    void onKline(
        int symbolIndex,
        long openTimeNs,
        long closeTimeNs,
        long openMantissa,
        long highMantissa,
        long lowMantissa,
        long closeMantissa,
        long volumeMantissa,
        long tradeCount,
        boolean closed,
        long eventTimeNs,
        long receiveTimeNs);
}
