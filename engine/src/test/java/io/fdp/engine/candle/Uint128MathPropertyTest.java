package io.fdp.engine.candle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Uint128MathPropertyTest {
    private static final BigInteger TWO_POW_64 = BigInteger.ONE.shiftLeft(64);

    /** Price and size of one trade. */
    record Fill(long price, long size) {
    }

    @Property(seed = "7340286512", tries = 2000)
    void divisionMatchesBigInteger(@ForAll final long high, @ForAll final long low, @ForAll final long divisor) {
        Assume.that(divisor != 0);
        final long reducedHigh = Long.remainderUnsigned(high, divisor);
        final BigInteger dividend = Uint128MathTest.unsigned(reducedHigh, low);
        final BigInteger unsignedDivisor = Uint128MathTest.unsigned(0, divisor);

        assertEquals(dividend.divide(unsignedDivisor).longValue(), Uint128Math.divide(reducedHigh, low, divisor));
        final BigInteger rounded = VwapTest.roundHalfUp(dividend, unsignedDivisor);
        if (rounded.compareTo(TWO_POW_64) < 0) {
            assertEquals(rounded.longValue(), Uint128Math.divideRoundHalfUp(reducedHigh, low, divisor));
        }
    }

    @Property(seed = "1918273645", tries = 500)
    void accumulatesNotionalAndVwapExactly(@ForAll("fills") final List<Fill> fills) {
        final CandleTable table = new CandleTable(1);
        BigInteger notional = BigInteger.ZERO;
        for (int i = 0; i < fills.size(); i++) {
            final Fill fill = fills.get(i);
            if (i == 0) {
                table.start(0, 0, i, fill.price(), fill.size());
            } else {
                table.add(0, i, fill.price(), fill.size());
            }
            notional = notional.add(BigInteger.valueOf(fill.price()).multiply(BigInteger.valueOf(fill.size())));
        }

        assertEquals(notional, Uint128MathTest.unsigned(table.notionalHigh[0], table.notionalLow[0]));
        final VwapTest.Fill[] same = new VwapTest.Fill[fills.size()];
        for (int i = 0; i < same.length; i++) {
            same[i] = new VwapTest.Fill(fills.get(i).price(), fills.get(i).size());
        }
        assertEquals(VwapTest.referenceVwap(List.of(same)), table.vwap(0));
    }

    @Provide
    Arbitrary<List<Fill>> fills() {
        final Arbitrary<Fill> fill = Combinators.combine(
                Arbitraries.longs().between(1, Long.MAX_VALUE),
                Arbitraries.longs().between(1, Long.MAX_VALUE / 64))
            .as(Fill::new);
        return fill.list().ofMinSize(1).ofMaxSize(64);
    }
}
