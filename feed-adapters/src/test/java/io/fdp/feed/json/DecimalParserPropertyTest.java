package io.fdp.feed.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

class DecimalParserPropertyTest {
    private final DecimalParser parser = new DecimalParser();

    @Property(tries = 3000, seed = "4119873301")
    void agreesWithBigDecimal(@ForAll("decimals") final String text, @ForAll @IntRange(min = -18, max = 18) final int exponent) {
        final int code = parse(text, exponent);

        final BigDecimal scaled = new BigDecimal(text).movePointRight(-exponent);
        try {
            final long expected = scaled.longValueExact();
            if (expected == Long.MIN_VALUE) {
                assertThat(code).as("only +/-Long.MAX_VALUE is supported").isEqualTo(DecimalParser.OUT_OF_RANGE);
                return;
            }
            assertThat(code).as(text).isEqualTo(DecimalParser.OK);
            assertThat(parser.mantissa()).as(text).isEqualTo(expected);
        } catch (final ArithmeticException notExact) {
            assertThat(code).as(text).isEqualTo(DecimalParser.OUT_OF_RANGE);
        }
    }

    @Property(tries = 3000, seed = "9902115843")
    void readsBackEveryMantissaWrittenAtItsExponent(
        @ForAll final long mantissa, @ForAll @IntRange(min = -18, max = 0) final int exponent) {
        final String text = BigDecimal.valueOf(mantissa, -exponent).toPlainString();

        assertThat(parse(text, exponent)).as(text).isEqualTo(mantissa == Long.MIN_VALUE ? DecimalParser.OUT_OF_RANGE : DecimalParser.OK);
        if (mantissa != Long.MIN_VALUE) {
            assertThat(parser.mantissa()).isEqualTo(mantissa);
            assertThat(parser.scale()).isEqualTo(-exponent);
        }
    }

    @Property(tries = 2000, seed = "3318820017")
    void neverThrowsOnArbitraryText(@ForAll final byte[] bytes, @ForAll @IntRange(min = -20, max = 20) final int exponent) {
        final int code = parser.parse(new UnsafeBuffer(bytes), 0, bytes.length, exponent);

        assertThat(code).isIn(DecimalParser.OK, DecimalParser.INVALID, DecimalParser.OUT_OF_RANGE);
    }

    @Provide
    Arbitrary<String> decimals() {
        final Arbitrary<String> sign = Arbitraries.of("", "-");
        final Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
        final Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22)
            .map(f -> "." + f).injectNull(0.3).map(f -> f == null ? "" : f);
        final Arbitrary<String> exponent = Arbitraries.integers().between(-40, 40)
            .map(e -> (e % 2 == 0 ? "e" : "E") + (e > 0 && e % 3 == 0 ? "+" : "") + e).injectNull(0.6).map(e -> e == null ? "" : e);
        return Combinators.combine(sign, integer, fraction, exponent).as((s, i, f, e) -> s + i + f + e);
    }

    private int parse(final String text, final int exponent) {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(new UnsafeBuffer(bytes), 0, bytes.length, exponent);
    }
}
