package io.fdp.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.ColumnKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BinaryCopyEncoderTest {
    private static String hex(final BinaryCopyEncoder encoder) {
        return HexFormat.of().formatHex(Arrays.copyOf(encoder.buffer(), encoder.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // value, ndigits weight sign dscale | base-10000 digits
        "1.83,          0002 0000 0000 0002 0001 206c",
        "0.05,          0001 ffff 0000 0002 01f4",
        "-12345678.9,   0003 0001 4000 0001 04d2 162e 2328",
        "0.000,         0000 0000 0000 0003",
        "5E+3,          0001 0000 0000 0000 1388",
        "10000,         0001 0001 0000 0000 0001",
        "18446744073709551615, 0005 0004 0000 0000 0734 1a58 02e1 03bb 064f",
        "0.00012,       0002 ffff 0000 0005 0001 07d0"})
    void encodesNumericsAsBaseTenThousandDigitsAlignedOnThePoint(final String value, final String expected) {
        final BinaryCopyEncoder encoder = new BinaryCopyEncoder();
        encoder.numeric(new BigDecimal(value));
        assertThat(hex(encoder)).isEqualTo(expected.replace(" ", ""));
    }

    @Test
    void writesTheHeaderRowsAndTrailer() {
        final BinaryCopyEncoder encoder = new BinaryCopyEncoder();
        encoder.header();
        encoder.row(List.of(column(ColumnKind.TEXT, false), column(ColumnKind.INT8, false), column(ColumnKind.TIMESTAMP, false),
                column(ColumnKind.DATE, false), column(ColumnKind.TEXT, true), column(ColumnKind.JSON_MAP, false),
                    column(ColumnKind.INT4, false)),
            new Object[] {"é", 1L, Instant.parse("2000-01-01T00:00:01.000002Z"), LocalDate.parse("1999-12-31"), List.of("a"), "{}", null});
        encoder.trailer();
        assertThat(hex(encoder)).isEqualTo("5047434f50590aff0d0a00" + "00000000" + "00000000"
            + "0007"
            + "00000002" + "c3a9"
            + "00000008" + "0000000000000001"
            + "00000008" + "00000000000f4242"
            + "00000004" + "ffffffff"
            + "00000019" + "00000001" + "00000000" + "00000019" + "00000001" + "00000001" + "00000001" + "61"
            + "00000003" + "01" + "7b7d"
            + "ffffffff"
            + "ffff");
    }

    private static Column column(final ColumnKind kind, final boolean array) {
        return new Column("c", kind, array, true, null, List.of(), "c");
    }
}
