package io.fdp.benchmarks.feed;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.itch.ItchDecoder;
import io.fdp.feed.itch.ItchListener;
import io.fdp.feed.kraken.KrakenBookAdapter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed baselines decode the shared samples to the same values as fdp, so the decode comparisons are fair. */
class FeedBaselineEquivalenceTest {
    @Test
    void byteBufferItchDecoderDecodesEveryMessageOfTheSampleAsItchDecoderDoes() {
        final ItchSample sample = ItchSample.load();
        final RecordingListener fdp = new RecordingListener();
        final ItchDecoder decoder = new ItchDecoder(fdp);
        final UnsafeBuffer buffer = new UnsafeBuffer(sample.bytes);
        final ByteBuffer byteBuffer = ByteBuffer.wrap(sample.bytes);
        final List<ItchMessage> baseline = new ArrayList<>();
        for (int i = 0; i < sample.messages(); i++) {
            assertThat(decoder.decode(buffer, sample.offsets[i], sample.lengths[i])).isEqualTo(sample.lengths[i]);
            baseline.add(ByteBufferItchDecoder.decode(byteBuffer, sample.offsets[i]));
        }
        assertThat(sample.messages()).isEqualTo(12_012);
        assertThat(baseline).doesNotContainNull().noneMatch(ItchMessage.Other.class::isInstance);
        assertThat(baseline).containsExactlyElementsOf(fdp.messages);
    }

    @Test
    void naiveKrakenDecoderVerifiesTheSameChecksumsAsKrakenBookAdapter() {
        final KrakenCapture capture = KrakenCapture.load();
        final CountingDepthListener fdpCounts = new CountingDepthListener();
        final KrakenBookAdapter adapter = new KrakenBookAdapter(fdpCounts, 64);
        final CountingBaselineListener baselineCounts = new CountingBaselineListener();
        final NaiveKrakenDecoder naive = new NaiveKrakenDecoder(baselineCounts);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < capture.messages(); i++) {
                final int expected = adapter.onMessage(capture.buffer, capture.offsets[i], capture.lengths[i],
                    capture.receiveTimesNs[i]);
                final int actual = naive.onMessage(capture.bytes, capture.offsets[i], capture.lengths[i],
                    capture.receiveTimesNs[i]);
                assertThat(actual).as("result of message %d", i).isEqualTo(expected).isGreaterThanOrEqualTo(DecodeResult.OK);
            }
        }
        assertThat(capture.messages()).isEqualTo(4_321);
        assertThat(fdpCounts.checksumsFailed).isZero();
        assertThat(baselineCounts.checksumsFailed).isZero();
        assertThat(fdpCounts.checksumsVerified).isEqualTo(2 * 4_269);
        assertThat(baselineCounts.checksumsVerified).isEqualTo(fdpCounts.checksumsVerified);
        assertThat(baselineCounts.levels).isEqualTo(fdpCounts.levels);
        for (int pair = 0; pair < adapter.symbolCount(); pair++) {
            assertThat(naive.checksum(adapter.symbol(pair))).as(adapter.symbol(pair)).isEqualTo(adapter.checksum(pair));
        }
    }

    /** Builds the baseline's records from fdp's callbacks. */
    private static final class RecordingListener implements ItchListener {
        private final List<ItchMessage> messages = new ArrayList<>();

        @Override
        public void onSystemEvent(final int locate, final int tracking, final long ts, final byte eventCode) {
            messages.add(new ItchMessage.SystemEvent(locate, tracking, ts, eventCode));
        }

        @Override
        public void onStockDirectory(final int locate, final int tracking, final long ts, final long stock,
            final byte marketCategory, final byte financialStatusIndicator, final long roundLotSize,
            final byte roundLotsOnly, final byte issueClassification, final long issueSubType, final byte authenticity,
            final byte shortSaleThresholdIndicator, final byte ipoFlag, final byte luldReferencePriceTier,
            final byte etpFlag, final long etpLeverageFactor, final byte inverseIndicator) {
            messages.add(new ItchMessage.StockDirectory(locate, tracking, ts, stock, marketCategory,
                financialStatusIndicator, roundLotSize, roundLotsOnly, issueClassification, issueSubType, authenticity,
                shortSaleThresholdIndicator, ipoFlag, luldReferencePriceTier, etpFlag, etpLeverageFactor, inverseIndicator));
        }

        @Override
        public void onStockTradingAction(final int locate, final int tracking, final long ts, final long stock,
            final byte tradingState, final long reason) {
            messages.add(new ItchMessage.StockTradingAction(locate, tracking, ts, stock, tradingState, reason));
        }

        @Override
        public void onAddOrder(final int locate, final int tracking, final long ts, final long ref, final byte side,
            final long shares, final long stock, final long price) {
            messages.add(new ItchMessage.AddOrder(locate, tracking, ts, ref, side, shares, stock, price));
        }

        @Override
        public void onAddOrderWithMpid(final int locate, final int tracking, final long ts, final long ref,
            final byte side, final long shares, final long stock, final long price, final long attribution) {
            messages.add(new ItchMessage.AddOrderWithMpid(locate, tracking, ts, ref, side, shares, stock, price,
                attribution));
        }

        @Override
        public void onOrderExecuted(final int locate, final int tracking, final long ts, final long ref,
            final long executedShares, final long matchNumber) {
            messages.add(new ItchMessage.OrderExecuted(locate, tracking, ts, ref, executedShares, matchNumber));
        }

        @Override
        public void onOrderExecutedWithPrice(final int locate, final int tracking, final long ts, final long ref,
            final long executedShares, final long matchNumber, final byte printable, final long price) {
            messages.add(new ItchMessage.OrderExecutedWithPrice(locate, tracking, ts, ref, executedShares, matchNumber,
                printable, price));
        }

        @Override
        public void onOrderCancel(final int locate, final int tracking, final long ts, final long ref,
            final long cancelledShares) {
            messages.add(new ItchMessage.OrderCancel(locate, tracking, ts, ref, cancelledShares));
        }

        @Override
        public void onOrderDelete(final int locate, final int tracking, final long ts, final long ref) {
            messages.add(new ItchMessage.OrderDelete(locate, tracking, ts, ref));
        }

        @Override
        public void onOrderReplace(final int locate, final int tracking, final long ts, final long originalRef,
            final long newRef, final long shares, final long price) {
            messages.add(new ItchMessage.OrderReplace(locate, tracking, ts, originalRef, newRef, shares, price));
        }

        @Override
        public void onTrade(final int locate, final int tracking, final long ts, final long ref, final byte side,
            final long shares, final long stock, final long price, final long matchNumber) {
            messages.add(new ItchMessage.Trade(locate, tracking, ts, ref, side, shares, stock, price, matchNumber));
        }

        @Override
        public void onCrossTrade(final int locate, final int tracking, final long ts, final long shares, final long stock,
            final long price, final long matchNumber, final byte crossType) {
            messages.add(new ItchMessage.CrossTrade(locate, tracking, ts, shares, stock, price, matchNumber, crossType));
        }

        @Override
        public void onBrokenTrade(final int locate, final int tracking, final long ts, final long matchNumber) {
            messages.add(new ItchMessage.BrokenTrade(locate, tracking, ts, matchNumber));
        }
    }

    /** Counts what fdp's adapter delivers. */
    private static final class CountingDepthListener implements io.fdp.feed.depth.DepthListener {
        private long checksumsVerified;
        private long checksumsFailed;
        private long levels;

        @Override
        public void onSymbol(final int symbolIndex, final String symbol, final int priceExponent, final int sizeExponent) {
            // Nothing to count.
        }

        @Override
        public void onSnapshotBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
            // Nothing to count.
        }

        @Override
        public void onSnapshotEnd(final int symbolIndex) {
            // Nothing to count.
        }

        @Override
        public void onUpdateBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
            // Nothing to count.
        }

        @Override
        public void onUpdateEnd(final int symbolIndex) {
            // Nothing to count.
        }

        @Override
        public void onLevel(final int symbolIndex, final int side, final long priceMantissa, final long sizeMantissa) {
            levels++;
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
            // Kraken v1 has no sequence numbers.
        }

        @Override
        public void onTrade(final int symbolIndex, final long tradeId, final int aggressorSide, final long priceMantissa,
            final long sizeMantissa, final long eventTimeNs, final long receiveTimeNs) {
            // The book channel carries no trades.
        }

        @Override
        public void onRejected(final int reason, final int errorOffset) {
            // Asserted through the result codes.
        }
    }

    /** Counts what the baseline delivers. */
    private static final class CountingBaselineListener implements NaiveKrakenDecoder.Listener {
        private long checksumsVerified;
        private long checksumsFailed;
        private long levels;

        @Override
        public void onBook(final String pair, final boolean snapshot, final BigDecimal eventTime, final long receiveTimeNs) {
            // Nothing to count.
        }

        @Override
        public void onLevel(final String pair, final boolean bid, final BigDecimal price, final BigDecimal volume) {
            levels++;
        }

        @Override
        public void onChecksum(final String pair, final boolean ok) {
            if (ok) {
                checksumsVerified++;
            } else {
                checksumsFailed++;
            }
        }
    }
}
