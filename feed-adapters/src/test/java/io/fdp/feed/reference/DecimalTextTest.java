package io.fdp.feed.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.fdp.feed.reference.Protos.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalTextTest {
    @ParameterizedTest
    @CsvSource({
        "1.83, 183, -2",
        "2.0, 20, -1",
        "-0.04, -4, -2",
        "+1.5, 15, -1",
        "13168, 13168, 0",
        "0.00000100, 100, -8",
        "-0.00, 0, -2",
        "9223372036854775807, 9223372036854775807, 0",
        "-922337203685477580.7, -9223372036854775807, -1"
    })
    void keepsTheDecimalsAsWritten(final String text, final long mantissa, final int exponent) throws MalformedRowException {
        assertThat(DecimalText.parse(text)).isEqualTo(decimal(mantissa, exponent));
    }

    @ParameterizedTest
    @CsvSource({
        "0.01000000, 1, -2",
        "0.00000100, 1, -6",
        "1.00, 1, 0",
        "10.00000000, 10, 0",
        "0.00000000, 0, 0",
        "12.340, 1234, -2"
    })
    void stripsTrailingFractionZerosOnRequest(final String text, final long mantissa, final int exponent)
        throws MalformedRowException {
        assertThat(DecimalText.parseStrippingZeros(text)).isEqualTo(decimal(mantissa, exponent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.", ".5", "1.2.3", "1e5", "1,5", "abc", "N/A", "5.3x", " 1", "--1"})
    void rejectsTextThatIsNotADecimal(final String text) {
        assertThatThrownBy(() -> DecimalText.parse(text))
            .isInstanceOf(MalformedRowException.class)
            .hasMessage("malformed number '" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "0.99999999999999999999"})
    void rejectsMantissasBeyondALong(final String text) {
        assertThatThrownBy(() -> DecimalText.parse(text))
            .isInstanceOf(MalformedRowException.class)
            .hasMessage("number out of range '" + text + "'");
    }
}
