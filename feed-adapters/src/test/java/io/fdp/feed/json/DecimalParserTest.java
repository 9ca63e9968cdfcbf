package io.fdp.feed.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalParserTest {
    private final DecimalParser parser = new DecimalParser();

    @ParameterizedTest(name = "{0} at 10^{1} is {2}")
    @CsvSource({
        "57385.20000, -8, 5738520000000",
        "0.00012, -8, 12000",
        "1e-5, -8, 1000",
        "1E-5, -5, 1",
        "-3, 0, -3",
        "-0, 0, 0",
        "0, -18, 0",
        "0.0000000000000000000000000000, 0, 0",
        "0e400, 0, 0",
        "1.5E2, 0, 150",
        "1.5e+2, 1, 15",
        "0.000000010, -8, 1",
        "100, 2, 1",
        "9223372036854775807, 0, 9223372036854775807",
        "-9223372036854775807, 0, -9223372036854775807",
        "92233720368.54775807, -8, 9223372036854775807",
        "1.000000000000000000000000000000, -1, 10",
        "000123.4500, -2, 12345",
        "30244, -1, 302440",
        "1000000000000000000, 0, 1000000000000000000",
    })
    void parsesExactly(final String text, final int exponent, final long mantissa) {
        assertThat(parse(text, exponent)).isEqualTo(DecimalParser.OK);
        assertThat(parser.mantissa()).isEqualTo(mantissa);
    }

    @ParameterizedTest(name = "{0} at 10^{1} does not fit")
    @CsvSource({
        "0.000000001, -8",
        "1.5, 0",
        "9223372036854775808, 0",
        "-9223372036854775808, 0",
        "100000000000, -8",
        "1e400, 0",
        "1e-400, 0",
        "12345678901234567890123, 0",
        "1, -19",
        "1, 19",
        "10000000000000000000, 0",
    })
    void reportsOutOfRangeInsteadOfRounding(final String text, final int exponent) {
        assertThat(parse(text, exponent)).isEqualTo(DecimalParser.OUT_OF_RANGE);
        assertThat(parser.mantissa()).isZero();
    }

    @ParameterizedTest(name = "''{0}'' is invalid")
    @CsvSource(value = {"''", "-", "1.", ".5", "+1", "1e", "1e+", "1x", "1.2.3", "--1", "'1 '", "' 1'", "e5", "0x10", "'1,5'", "\"1\""},
        emptyValue = "")
    void rejectsText(final String text) {
        assertThat(parse(text, -8)).isEqualTo(DecimalParser.INVALID);
    }

    @ParameterizedTest(name = "{0} has {1} fraction digits")
    @CsvSource({"1.23000, 5", "1e-5, 5", "12, 0", "1.5e3, 0", "0.000022900, 9", "1.25e-1, 3", "123e-2, 2"})
    void reportsTheScaleAsWritten(final String text, final int scale) {
        parse(text, -18);

        assertThat(parser.scale()).isEqualTo(scale);
    }

    @Test
    void reportsTheScaleEvenWhenOutOfRange() {
        assertThat(parse("0.000022900", 0)).isEqualTo(DecimalParser.OUT_OF_RANGE);
        assertThat(parser.scale()).isEqualTo(9);
    }

    @Test
    void parsesAWindowOfALargerBuffer() {
        final byte[] bytes = "x[\"12.5\"]".getBytes(StandardCharsets.US_ASCII);

        assertThat(parser.parse(new UnsafeBuffer(bytes), 3, 4, -1)).isEqualTo(DecimalParser.OK);
        assertThat(parser.mantissa()).isEqualTo(125);
    }

    private int parse(final String text, final int exponent) {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(new UnsafeBuffer(bytes), 0, bytes.length, exponent);
    }
}
