package io.fdp.feed.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class SymbolTableTest {
    private final SymbolTable table = new SymbolTable(100);

    @Test
    void assignsDenseIndicesAndFindsThemAgain() {
        for (int i = 0; i < 100; i++) {
            assertThat(table.register("SYM" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(lookup("SYM" + i)).isEqualTo(i);
            assertThat(table.symbol(i)).isEqualTo("SYM" + i);
        }
        assertThat(lookup("SYM100")).isEqualTo(SymbolTable.NOT_FOUND);
        assertThat(lookup("SYM")).isEqualTo(SymbolTable.NOT_FOUND);
    }

    @Test
    void registeringAKnownSymbolReturnsItsIndex() {
        table.register("XBT/USD");

        assertThat(table.register("XBT/USD")).isZero();
        assertThat(table.count()).isEqualTo(1);
    }

    @Test
    void refusesSymbolsBeyondCapacity() {
        final SymbolTable small = new SymbolTable(1);
        small.register("A");

        assertThat(small.register("B")).isEqualTo(SymbolTable.NOT_FOUND);
        assertThat(small.register("A")).isZero();
    }

    @Test
    void refusesBytesThatAreNotASymbol() {
        assertThat(table.register("")).isEqualTo(SymbolTable.INVALID_SYMBOL);
        assertThat(table.register("A B")).isEqualTo(SymbolTable.INVALID_SYMBOL);
        assertThat(table.register("x".repeat(SymbolTable.MAX_SYMBOL_LENGTH + 1))).isEqualTo(SymbolTable.INVALID_SYMBOL);
        assertThat(table.count()).isZero();
    }

    @Test
    void matchesComparesBytes() {
        table.register("ETH-USD");
        final byte[] bytes = "[ETH-USD]".getBytes(StandardCharsets.US_ASCII);

        assertThat(table.matches(0, new UnsafeBuffer(bytes), 1, 7)).isTrue();
        assertThat(table.matches(0, new UnsafeBuffer(bytes), 1, 6)).isFalse();
    }

    private int lookup(final String symbol) {
        final byte[] bytes = symbol.getBytes(StandardCharsets.US_ASCII);
        return table.lookup(new UnsafeBuffer(bytes), 0, bytes.length);
    }
}
