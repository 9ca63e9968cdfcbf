package io.fdp.feed.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import io.fdp.feed.json.DecimalParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

class DecimalTextPropertyTest {
    private final DecimalParser parser = new DecimalParser();

    @Property(tries = 3000, seed = "1203395517")
    void reproducesTheTextItWasParsedFrom(
        @ForAll @LongRange(min = 0, max = 999_999_999_999L) final long unscaled,
        @ForAll @IntRange(min = 0, max = 10) final int writtenScale,
        @ForAll @IntRange(min = 0, max = 6) final int extraExponentDigits) {
        final String text = BigDecimal.valueOf(unscaled, writtenScale).toPlainString();
        final int exponent = -(writtenScale + extraExponentDigits);
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(parser.parse(new UnsafeBuffer(bytes), 0, bytes.length, exponent)).isEqualTo(DecimalParser.OK);

        final byte[] dst = new byte[DecimalText.MAX_LENGTH];
        final int plainEnd = DecimalText.write(parser.mantissa(), exponent, parser.scale(), true, dst, 0);
        assertThat(new String(dst, 0, plainEnd, StandardCharsets.US_ASCII)).isEqualTo(text);

        final int digitsEnd = DecimalText.write(parser.mantissa(), exponent, parser.scale(), false, dst, 0);
        final String stripped = text.replace(".", "").replaceFirst("^0+", "");
        assertThat(new String(dst, 0, digitsEnd, StandardCharsets.US_ASCII)).isEqualTo(stripped);
    }
}
