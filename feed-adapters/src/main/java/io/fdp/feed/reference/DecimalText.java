package io.fdp.feed.reference;

import io.fdp.proto.common.v1.Decimal;

/**
 * Parses decimal text ({@code -0.05}, {@code 13168}, {@code 0.01000000}) straight into a {@link Decimal}: the digits
 * become the mantissa and the number of decimals the negative exponent, so nothing passes through binary floating point.
 */
final class DecimalText {
    private DecimalText() {
    }

    /**
     * Parses {@code [-+]digits[.digits]} keeping the decimals as written: {@code "1.80"} is 180e-2.
     *
     * @throws MalformedRowException if the text is not of that form or the mantissa overflows a long.
     */
    static Decimal parse(final String text) throws MalformedRowException {
        return parse(text, false);
    }

    /**
     * Parses like {@link #parse(String)} and drops trailing zeros of the fraction: {@code "0.01000000"} is 1e-2,
     * {@code "10.00"} is 10e0 (the exponent never becomes positive).
     *
     * @throws MalformedRowException if the text is not a decimal number or the mantissa overflows a long.
     */
    static Decimal parseStrippingZeros(final String text) throws MalformedRowException {
        return parse(text, true);
    }

    private static Decimal parse(final String text, final boolean stripZeros) throws MalformedRowException {
        final int length = text.length();
        int index = 0;
        final boolean negative = length > 0 && text.charAt(0) == '-';
        if (negative || length > 0 && text.charAt(0) == '+') {
            index++;
        }
        long mantissa = 0;
        int integerDigits = 0;
        int fractionDigits = -1;
        try {
            for (; index < length; index++) {
                final char c = text.charAt(index);
                if (c == '.' && fractionDigits < 0) {
                    fractionDigits = 0;
                } else if (c >= '0' && c <= '9') {
                    mantissa = Math.addExact(Math.multiplyExact(mantissa, 10L), negative ? '0' - c : c - '0');
                    if (fractionDigits < 0) {
                        integerDigits++;
                    } else {
                        fractionDigits++;
                    }
                } else {
                    throw malformed(text);
                }
            }
        } catch (final ArithmeticException overflow) {
            throw new MalformedRowException("number out of range '" + text + "'");
        }
        if (integerDigits == 0 || fractionDigits == 0) {
            throw malformed(text);
        }
        int exponent = fractionDigits < 0 ? 0 : -fractionDigits;
        while (stripZeros && exponent < 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            exponent++;
        }
        return Decimal.newBuilder().setMantissa(mantissa).setExponent(exponent).build();
    }

    private static MalformedRowException malformed(final String text) {
        return new MalformedRowException("malformed number '" + text + "'");
    }
}
