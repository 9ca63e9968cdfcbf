package io.fdp.feed.depth;

/**
 * Writes a price or size back as the text a venue sent, from its mantissa, exponent and the number of fraction
 * digits the venue wrote, for checksums computed over venue strings. Writes into a caller's byte array; allocates
 * nothing.
 */
public final class DecimalText {
    /** Largest number of fraction digits remembered per value. */
    public static final int MAX_SCALE = 30;
    /** Upper bound of the bytes one call writes. */
    public static final int MAX_LENGTH = 1 + 19 + 2 * MAX_SCALE + 2;

    private DecimalText() {
    }

    /**
     * Write {@code mantissa * 10^exponent} with {@code scale} fraction digits.
     * <p>
     * With {@code withPoint} the result is the plain decimal ({@code 0.00012}, {@code 30244}, {@code 1.50});
     * without it the decimal point is removed and leading zeros are stripped ({@code 12}, {@code 30244},
     * {@code 150}), and zero writes nothing.
     *
     * @param mantissa  the value's mantissa.
     * @param exponent  the value's exponent, at most 0.
     * @param scale     fraction digits to show, from 0 to {@link #MAX_SCALE}.
     * @param withPoint whether to write the decimal point (and leading zeros).
     * @param dst       destination with at least {@link #MAX_LENGTH} bytes free from {@code offset}.
     * @param offset    where to start writing.
     * @return the offset after the last byte written.
     */
    public static int write(
        final long mantissa, final int exponent, final int scale, final boolean withPoint, final byte[] dst, final int offset) {
        int pos = offset;
        long m = mantissa;
        if (m < 0) {
            dst[pos++] = '-';
            m = -m;
        }
        final int shift = scale + exponent;
        int trailingZeros = 0;
        long n = m;
        if (shift >= 0) {
            trailingZeros = shift;
        } else {
            n = -shift > 18 ? 0 : m / pow10(-shift);
        }
        if (n == 0) {
            return withPoint ? writeZero(scale, dst, pos) : pos;
        }
        final int digitsStart = pos;
        pos = writeDigits(n, dst, pos);
        for (int i = 0; i < trailingZeros; i++) {
            dst[pos++] = '0';
        }
        if (!withPoint || scale == 0) {
            return pos;
        }
        final int total = pos - digitsStart;
        if (total <= scale) {
            final int pad = 2 + scale - total;
            System.arraycopy(dst, digitsStart, dst, digitsStart + pad, total);
            dst[digitsStart] = '0';
            dst[digitsStart + 1] = '.';
            for (int i = digitsStart + 2; i < digitsStart + pad; i++) {
                dst[i] = '0';
            }
            return pos + pad;
        }
        final int point = pos - scale;
        System.arraycopy(dst, point, dst, point + 1, scale);
        dst[point] = '.';
        return pos + 1;
    }

    private static int writeZero(final int scale, final byte[] dst, final int offset) {
        int pos = offset;
        dst[pos++] = '0';
        if (scale > 0) {
            dst[pos++] = '.';
            for (int i = 0; i < scale; i++) {
                dst[pos++] = '0';
            }
        }
        return pos;
    }

    private static int writeDigits(final long value, final byte[] dst, final int offset) {
        int digits = 1;
        long v = value;
        while (v >= 10) {
            v /= 10;
            digits++;
        }
        v = value;
        for (int i = offset + digits - 1; i >= offset; i--) {
            dst[i] = (byte)('0' + (v % 10));
            v /= 10;
        }
        return offset + digits;
    }

    private static long pow10(final int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }
}
