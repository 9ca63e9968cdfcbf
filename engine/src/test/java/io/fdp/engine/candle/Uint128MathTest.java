package io.fdp.engine.candle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Uint128MathTest {
    private static final long TWO_POW_63 = Long.MIN_VALUE;
    private static final long ALL_ONES = -1L;

    static Stream<Arguments> divisions() {
        return Stream.of(
            Arguments.of("small with remainder", 0L, 10L, 3L, 3L, 3L),
            Arguments.of("exact half rounds up", 0L, 3L, 2L, 1L, 2L),
            Arguments.of("below half truncates", 0L, 4L, 3L, 1L, 1L),
            Arguments.of("divisor one returns the low word", 0L, ALL_ONES, 1L, ALL_ONES, ALL_ONES),
            Arguments.of("two to the 64 by two", 1L, 0L, 2L, TWO_POW_63, TWO_POW_63),
            Arguments.of("divisor with top bit set needs no normalisation", 0L, ALL_ONES, TWO_POW_63, 1L, 2L),
            Arguments.of("largest divisor rounds up to all ones", ALL_ONES - 1, 0L, ALL_ONES, ALL_ONES - 1, ALL_ONES),
            Arguments.of("ten to the 24 by ten to the 12", 54_210L, 2_003_764_205_206_896_640L, 1_000_000_000_000L,
                1_000_000_000_000L, 1_000_000_000_000L),
            Arguments.of("quotient digits need correction", 0x7FFF_FFFF_FFFF_FFFFL, 0L, 0x8000_0000_0000_0001L,
                0xFFFF_FFFF_FFFF_FFFCL, 0xFFFF_FFFF_FFFF_FFFCL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("divisions")
    void dividesUnsigned128By64(
        final String name, final long high, final long low, final long divisor, final long quotient, final long rounded) {
        assertEquals(quotient, Uint128Math.divide(high, low, divisor), "truncated");
        assertEquals(rounded, Uint128Math.divideRoundHalfUp(high, low, divisor), "rounded half up");
        assertEquals(reference(high, low, divisor), Uint128Math.divide(high, low, divisor), "agrees with BigInteger");
    }

    static Stream<Arguments> carries() {
        return Stream.of(
            Arguments.of("no wrap", 5L, 2L, 0L),
            Arguments.of("wrap past all ones", 0L, 1L, 1L),
            Arguments.of("wrap to one less than the addend", ALL_ONES - 1, ALL_ONES, 1L),
            Arguments.of("top bit plus top bit", 0L, TWO_POW_63, 1L),
            Arguments.of("zero addend", 7L, 0L, 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carries")
    void detectsCarryOfLowWordAddition(final String name, final long sumLow, final long addendLow, final long carry) {
        assertEquals(carry, Uint128Math.carry(sumLow, addendLow));
    }

    static long reference(final long high, final long low, final long divisor) {
        return unsigned(high, low).divide(unsigned(0, divisor)).longValue();
    }

    static BigInteger unsigned(final long high, final long low) {
        return new BigInteger(Long.toUnsignedString(high)).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
    }
}
