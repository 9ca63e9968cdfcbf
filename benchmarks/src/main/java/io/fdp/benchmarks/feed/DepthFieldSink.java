package io.fdp.benchmarks.feed;

import io.fdp.feed.depth.DepthListener;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fdp side of the Kraken decode benchmark: a {@link DepthListener} that consumes every delivered value into a
 * {@link Blackhole} and counts checksums, gaps and rejections, which the benchmark checks after the run.
 */
final class DepthFieldSink implements DepthListener {
    private Blackhole blackhole;
    private long checksumsVerified;
    private long checksumsFailed;
    private long gaps;
    private long rejected;

    void blackhole(final Blackhole value) {
        blackhole = value;
    }

    long checksumsVerified() {
        return checksumsVerified;
    }

    long checksumsFailed() {
        return checksumsFailed;
    }

    long gaps() {
        return gaps;
    }

    long rejected() {
        return rejected;
    }

    @Override
    public void onSymbol(final int symbolIndex, final String symbol, final int priceExponent, final int sizeExponent) {
        blackhole.consume(symbol);
    }

    @Override
    public void onSnapshotBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        blackhole.consume(symbolIndex + eventTimeNs + receiveTimeNs);
    }

    @Override
    public void onSnapshotEnd(final int symbolIndex) {
        blackhole.consume(symbolIndex);
    }

    @Override
    public void onUpdateBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        blackhole.consume(symbolIndex + eventTimeNs + receiveTimeNs);
    }

    @Override
    public void onUpdateEnd(final int symbolIndex) {
        blackhole.consume(symbolIndex);
    }

    @Override
    public void onLevel(final int symbolIndex, final int side, final long priceMantissa, final long sizeMantissa) {
        blackhole.consume(symbolIndex + side + priceMantissa + sizeMantissa);
    }

    @Override
    public void onChecksum(final int symbolIndex, final boolean ok) {
        if (ok) {
            checksumsVerified++;
        } else {
            checksumsFailed++;
        }
    }

    @Override
    public void onGap(final int symbolIndex, final long expectedSequence, final long receivedSequence) {
        gaps++;
    }

    @Override
    public void onTrade(final int symbolIndex, final long tradeId, final int aggressorSide, final long priceMantissa,
        final long sizeMantissa, final long eventTimeNs, final long receiveTimeNs) {
        blackhole.consume(symbolIndex + tradeId + aggressorSide + priceMantissa + sizeMantissa + eventTimeNs);
    }

    @Override
    public void onRejected(final int reason, final int errorOffset) {
        rejected++;
    }
}
