package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.engine.candle.CandleFixtures.RecordingListener;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VwapTest {
    private final RecordingListener listener = new RecordingListener();
    private final CandleAggregator aggregator =
        new CandleAggregator(1, EnumSet.of(CandleInterval.ONE_SECOND), 0, 0, SECOND_NS, listener);
    private final Candle candle = new Candle();

    /** Price and size of one trade. */
    record Fill(long price, long size) {
    }

    static Stream<Arguments> vwaps() {
        return Stream.of(
            Arguments.of("single trade", List.of(new Fill(100, 5)), 100),
            Arguments.of("equal sizes average the prices", List.of(new Fill(100, 1), new Fill(102, 1)), 101),
            Arguments.of("sizes weight the prices", List.of(new Fill(100, 3), new Fill(200, 1)), 125),
            Arguments.of("exactly half rounds up", List.of(new Fill(1, 1), new Fill(2, 1)), 2),
            Arguments.of("a third truncates", List.of(new Fill(1, 2), new Fill(2, 1)), 1),
            Arguments.of("two thirds round up", List.of(new Fill(1, 1), new Fill(2, 2)), 2),
            Arguments.of("just below half truncates", List.of(new Fill(10, 501), new Fill(11, 499)), 10),
            Arguments.of("half with large weights rounds up", List.of(new Fill(10, 500), new Fill(11, 500)), 11),
            Arguments.of("notional beyond 64 bits", List.of(
                new Fill(1_000_000_000_000L, 1_000_000_000L), new Fill(1_000_000_000_002L, 1_000_000_000L)),
                1_000_000_000_001L),
            Arguments.of("notional beyond 64 bits rounds half up", List.of(
                new Fill(1_000_000_000_000L, 1_000_000_000L), new Fill(1_000_000_000_001L, 1_000_000_000L)),
                1_000_000_000_001L),
            Arguments.of("largest prices and sizes", List.of(
                new Fill(Long.MAX_VALUE, Long.MAX_VALUE / 2), new Fill(Long.MAX_VALUE - 1, Long.MAX_VALUE / 2)),
                Long.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vwaps")
    void computesVwapRoundedHalfUp(final String name, final List<Fill> fills, final long vwap) {
        long timestampNs = tenAm("00:00");
        for (final Fill fill : fills) {
            assertEquals(CandleAggregator.OK, aggregator.onTrade(0, timestampNs++, fill.price(), fill.size()));
        }

        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(vwap, candle.vwap());
        assertEquals(referenceVwap(fills), candle.vwap(), "agrees with BigInteger arithmetic");
    }

    @Test
    void accumulatesNotionalOfManyLargeTradesExactly() {
        final long price = 1_000_000_000_000L;
        final long size = 1_000_000_000L;
        final int trades = 1_000;
        for (int i = 0; i < trades; i++) {
            aggregator.onTrade(0, tenAm("00:00") + i, price + i % 3, size);
        }
        aggregator.onTime(tenAm("00:01"));

        final Candle closed = listener.last();
        assertEquals(trades * size, closed.volume());
        assertEquals(price + 1, closed.vwap(), "offsets 0, 1, 2 cycle, so the mean offset 999 / 1000 rounds half up to 1");
    }

    @Test
    void survivesNotionalCarryIntoHighWord() {
        final long price = Long.MAX_VALUE;
        for (int i = 0; i < 64; i++) {
            aggregator.onTrade(0, tenAm("00:00") + i, price - i, Long.MAX_VALUE / 128);
        }

        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(price - 31, candle.vwap(), "the mean of MAX - 0 .. MAX - 63 is MAX - 31.5, rounded half up");
    }

    static long referenceVwap(final List<Fill> fills) {
        BigInteger notional = BigInteger.ZERO;
        BigInteger volume = BigInteger.ZERO;
        for (final Fill fill : fills) {
            notional = notional.add(BigInteger.valueOf(fill.price()).multiply(BigInteger.valueOf(fill.size())));
            volume = volume.add(BigInteger.valueOf(fill.size()));
        }
        return roundHalfUp(notional, volume).longValueExact();
    }

    static BigInteger roundHalfUp(final BigInteger dividend, final BigInteger divisor) {
        final BigInteger[] qr = dividend.divideAndRemainder(divisor);
        return qr[1].shiftLeft(1).compareTo(divisor) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
}
