package io.fdp.feed.itch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItchAlphaTest {
    @Test
    void packsAStockBigEndianWithSpacePadding() {
        assertThat(ItchAlpha.packStock("BOB")).isEqualTo(0x424F_4220_2020_2020L);
        assertThat(ItchAlpha.packStock("ABCDEFGH")).isEqualTo(0x4142_4344_4546_4748L);
    }

    @Test
    void unpacksAStockWithoutTrailingSpaces() {
        assertThat(ItchAlpha.stockToString(0x4348_4152_2020_2020L)).isEqualTo("CHAR");
        assertThat(ItchAlpha.stockToString(ItchAlpha.packStock(""))).isEmpty();
    }

    @Test
    void keepsInnerSpaces() {
        assertThat(ItchAlpha.stockToString(ItchAlpha.packStock("BRK A"))).isEqualTo("BRK A");
    }

    @Test
    void packsFourByteFieldsIntoTheLowBits() {
        assertThat(ItchAlpha.pack("NITE", 4)).isEqualTo(0x4E49_5445L);
        assertThat(ItchAlpha.toTrimmedString(0x4E49_5445L, 4)).isEqualTo("NITE");
    }

    @Test
    void refusesTextThatDoesNotFit() {
        assertThatThrownBy(() -> ItchAlpha.packStock("TOOLONGSYM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItchAlpha.pack("é", 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItchAlpha.pack("A", 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
