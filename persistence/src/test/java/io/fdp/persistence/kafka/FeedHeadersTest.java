package io.fdp.persistence.kafka;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedHeadersTest {
    @Test
    void instrumentHeaderHoldsScalesTickAndLotBigEndian() {
        final byte[] value = FeedHeaders.instrument(-4, -8, 5, 100);

        assertThat(value).containsExactly(-1, -1, -1, -4, -1, -1, -1, -8, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 100);
        assertThat(FeedHeaders.priceExponent(value)).isEqualTo(-4);
        assertThat(FeedHeaders.sizeExponent(value)).isEqualTo(-8);
        assertThat(FeedHeaders.tickSize(value)).isEqualTo(5);
        assertThat(FeedHeaders.lotSize(value)).isEqualTo(100);
    }

    @Test
    void broadcastHeaderHoldsItsNumber() {
        assertThat(FeedHeaders.broadcast(FeedHeaders.broadcast(1_700_000_000_000_001L))).isEqualTo(1_700_000_000_000_001L);
        assertThat(FeedHeaders.broadcast(258)).containsExactly(0, 0, 0, 0, 0, 0, 1, 2);
    }
}
