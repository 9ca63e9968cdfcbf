package io.fdp.engine.instrument;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentRegistryTest {
    @Test
    void registersTenThousandInstrumentsWithDenseIds() {
        final InstrumentRegistry registry = new InstrumentRegistry();
        for (int i = 0; i < 10_000; i++) {
            assertThat(registry.register("SYM" + i, -4, 0, 100, 1)).isEqualTo(i);
        }
        assertThat(registry.count()).isEqualTo(10_000);
        assertThat(registry.id("SYM9999")).isEqualTo(9_999);
        assertThat(registry.symbol(1234)).isEqualTo("SYM1234");
    }

    @Test
    void registrationIsIdempotentPerSymbol() {
        final InstrumentRegistry registry = new InstrumentRegistry(4);
        final int first = registry.register("AAPL", -4, 0, 100, 1);
        assertThat(registry.register("AAPL", -2, 0, 1, 1)).isEqualTo(first);
        assertThat(registry.priceExponent(first)).isEqualTo(-4);
        assertThat(registry.count()).isOne();
    }

    @Test
    void keepsScalesTickAndLot() {
        final InstrumentRegistry registry = new InstrumentRegistry(4);
        final int id = registry.register("XBT/USD", -1, -8, 1, 1);
        assertThat(registry.priceExponent(id)).isEqualTo(-1);
        assertThat(registry.sizeExponent(id)).isEqualTo(-8);
        assertThat(registry.tickSize(id)).isOne();
        assertThat(registry.lotSize(id)).isOne();
    }

    @Test
    void fullRegistryAndUnknownSymbolAnswerNotFound() {
        final InstrumentRegistry registry = new InstrumentRegistry(1);
        registry.register("A", 0, 0, 1, 1);
        assertThat(registry.register("B", 0, 0, 1, 1)).isEqualTo(InstrumentRegistry.NOT_FOUND);
        assertThat(registry.id("B")).isEqualTo(InstrumentRegistry.NOT_FOUND);
        assertThat(registry.isValid(1)).isFalse();
        assertThat(registry.isValid(0)).isTrue();
    }
}
