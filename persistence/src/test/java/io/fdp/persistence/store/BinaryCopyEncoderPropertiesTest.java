package io.fdp.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.ColumnKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The allocation-free field writers give the bytes of the generic, object-based ones. */
class BinaryCopyEncoderPropertiesTest {
    private static byte[] bytes(final BinaryCopyEncoder encoder) {
        return Arrays.copyOf(encoder.buffer(), encoder.size());
    }

    @Property(tries = 2_000, seed = "1414213562373095")
    void numericOfALongEqualsNumericThroughDecimalDigits(@ForAll final long unscaled,
        @ForAll @IntRange(min = -6, max = 24) final int scale) {
        final BinaryCopyEncoder fast = new BinaryCopyEncoder();
        fast.numeric(unscaled, scale);
        final BinaryCopyEncoder digits = new BinaryCopyEncoder();
        digits.numericFromDigits(BigDecimal.valueOf(unscaled, scale));

        assertThat(bytes(fast)).isEqualTo(bytes(digits));
    }

    @Property(tries = 1_000, seed = "1732050807568877")
    void smallPricesAndSizesEncodeAsThroughDecimalDigits(@ForAll @LongRange(min = -99_999_999, max = 99_999_999) final long unscaled,
        @ForAll @IntRange(min = 0, max = 9) final int scale) {
        final BinaryCopyEncoder fast = new BinaryCopyEncoder();
        fast.numeric(BigDecimal.valueOf(unscaled, scale));
        final BinaryCopyEncoder digits = new BinaryCopyEncoder();
        digits.numericFromDigits(BigDecimal.valueOf(unscaled, scale));

        assertThat(bytes(fast)).isEqualTo(bytes(digits));
    }

    @Property(tries = 1_000, seed = "2236067977499789")
    void unsignedDigitsAreTheTextOfTheUnsignedNumber(@ForAll final long value) {
        final BinaryCopyEncoder fast = new BinaryCopyEncoder();
        fast.unsignedDigitsField(value);
        final BinaryCopyEncoder text = new BinaryCopyEncoder();
        text.textField(Long.toUnsignedString(value).getBytes(StandardCharsets.US_ASCII));

        assertThat(bytes(fast)).isEqualTo(bytes(text));
    }

    @Property(tries = 1_000, seed = "2645751311064590")
    void timestampOfNanosEqualsTheTimestampOfItsInstantTruncatedToMicros(
        @ForAll @LongRange(min = -4_000_000_000_000_000_000L, max = 4_000_000_000_000_000_000L) final long epochNs) {
        final BinaryCopyEncoder fast = new BinaryCopyEncoder();
        fast.rowStart(1);
        fast.timestampField(epochNs);
        final BinaryCopyEncoder generic = new BinaryCopyEncoder();
        generic.row(List.of(new Column("t", ColumnKind.TIMESTAMP, false, true, null, List.of(), "t")),
            new Object[] {Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L))});

        assertThat(bytes(fast)).isEqualTo(bytes(generic));
    }
}
