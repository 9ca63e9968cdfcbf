package io.fdp.engine.candle;

/**
 * Unsigned 128-bit arithmetic on pairs of longs ({@code high}, {@code low}), without allocation, for VWAP notionals.
 *
 * <p>Division follows Hacker's Delight {@code divlu} (Knuth algorithm D with two 32-bit quotient digits).
 */
final class Uint128Math {
    private static final long HALF_BASE = 1L << 32;
    private static final long HALF_MASK = 0xFFFF_FFFFL;

    private Uint128Math() {
    }

    /**
     * Carry out of the unsigned addition of two low words.
     *
     * @param sumLow the wrapped sum of the two low words.
     * @param addendLow either of the two low words.
     * @return 1 if the addition wrapped, otherwise 0.
     */
    static long carry(final long sumLow, final long addendLow) {
        return Long.compareUnsigned(sumLow, addendLow) < 0 ? 1L : 0L;
    }

    /**
     * Unsigned quotient of a 128-bit dividend by a 64-bit divisor, truncated.
     *
     * @param high high word of the dividend; must be unsigned-less than {@code divisor} so the quotient fits 64 bits.
     * @param low low word of the dividend.
     * @param divisor the divisor, not zero.
     * @return the unsigned quotient.
     */
    static long divide(final long high, final long low, final long divisor) {
        final int shift = Long.numberOfLeadingZeros(divisor);
        final long v = divisor << shift;
        final long vHigh = v >>> 32;
        final long vLow = v & HALF_MASK;
        final long uHigh = shift == 0 ? high : (high << shift) | (low >>> (64 - shift));
        final long uLow = low << shift;
        final long q1 = quotientDigit(uHigh, uLow >>> 32, vHigh, vLow);
        final long partial = uHigh * HALF_BASE + (uLow >>> 32) - q1 * v;
        final long q0 = quotientDigit(partial, uLow & HALF_MASK, vHigh, vLow);
        return q1 * HALF_BASE + q0;
    }

    /**
     * Unsigned quotient of a 128-bit dividend by a 64-bit divisor, rounded half up.
     *
     * @param high high word of the dividend; must be unsigned-less than {@code divisor}.
     * @param low low word of the dividend.
     * @param divisor the divisor, not zero.
     * @return the unsigned quotient, plus one when the remainder is at least half the divisor.
     */
    static long divideRoundHalfUp(final long high, final long low, final long divisor) {
        final long quotient = divide(high, low, divisor);
        final long remainder = low - quotient * divisor;
        return Long.compareUnsigned(remainder, divisor - remainder) >= 0 ? quotient + 1 : quotient;
    }

    /** One 32-bit digit of the quotient of (top * 2^32 + next) by the normalised divisor (vHigh * 2^32 + vLow). */
    private static long quotientDigit(final long top, final long next, final long vHigh, final long vLow) {
        long digit = Long.divideUnsigned(top, vHigh);
        long remainder = top - digit * vHigh;
        while (Long.compareUnsigned(digit, HALF_BASE) >= 0
            || Long.compareUnsigned(digit * vLow, remainder * HALF_BASE + next) > 0) {
            digit--;
            remainder += vHigh;
            if (Long.compareUnsigned(remainder, HALF_BASE) >= 0) {
                break;
            }
        }
        return digit;
    }
}
