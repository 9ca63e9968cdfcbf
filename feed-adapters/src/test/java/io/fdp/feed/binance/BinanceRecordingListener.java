package io.fdp.feed.binance;

import io.fdp.feed.depth.RecordingListener;

/**
 * Test listener that also counts candles.
 */
final class BinanceRecordingListener extends RecordingListener implements BinanceListener {
    long klines;
    long lastKlineOpen;
    long lastKlineClose;
    long lastKlineVolume;
    long lastKlineOpenTimeNs;
    long lastKlineTrades;
    boolean lastKlineClosed;

    BinanceRecordingListener() {
        super(true);
    }

    @Override
    public long deliveredEvents() {
        return super.deliveredEvents() + klines;
    }

    @Override
    public void onKline(
        final int symbolIndex,
        final long openTimeNs,
        final long closeTimeNs,
        final long openMantissa,
        final long highMantissa,
        final long lowMantissa,
        final long closeMantissa,
        final long volumeMantissa,
        final long tradeCount,
        final boolean closed,
        final long eventTimeNs,
        final long receiveTimeNs) {
        klines++;
        lastKlineOpen = openMantissa;
        lastKlineClose = closeMantissa;
        lastKlineVolume = volumeMantissa;
        lastKlineOpenTimeNs = openTimeNs;
        lastKlineTrades = tradeCount;
        lastKlineClosed = closed;
    }
}
