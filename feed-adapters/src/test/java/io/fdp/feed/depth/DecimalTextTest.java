package io.fdp.feed.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {
    @ParameterizedTest(name = "{0} at 10^{1} with {2} decimals is {3}")
    @CsvSource({
        "12000, -8, 5, 0.00012",
        "302440, -1, 0, 30244",
        "302435, -1, 1, 30243.5",
        "15, -1, 3, 1.500",
        "150000000, -8, 1, 1.5",
        "0, -8, 0, 0",
        "0, -8, 2, 0.00",
        "-12345, -2, 2, -123.45",
        "5, 0, 0, 5",
        "22900, -9, 9, 0.000022900",
        "123, -3, 3, 0.123",
    })
    void writesThePlainDecimal(final long mantissa, final int exponent, final int scale, final String text) {
        assertThat(write(mantissa, exponent, scale, true)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} at 10^{1} with {2} decimals is {3} for Kraken")
    @CsvSource({
        "22900, -9, 9, 22900",
        "15000000, -8, 8, 15000000",
        "5621830000, -5, 5, 5621830000",
        "35480000000, -8, 8, 35480000000",
        "15, -1, 3, 1500",
        "150000000, -8, 1, 15",
        "0, -8, 8, ''",
    })
    void writesDigitsWithoutPointOrLeadingZeros(final long mantissa, final int exponent, final int scale, final String text) {
        assertThat(write(mantissa, exponent, scale, false)).isEqualTo(text == null ? "" : text);
    }

    private static String write(final long mantissa, final int exponent, final int scale, final boolean withPoint) {
        final byte[] dst = new byte[DecimalText.MAX_LENGTH + 3];
        final int end = DecimalText.write(mantissa, exponent, scale, withPoint, dst, 3);
        return new String(dst, 3, end - 3, StandardCharsets.US_ASCII);
    }
}
