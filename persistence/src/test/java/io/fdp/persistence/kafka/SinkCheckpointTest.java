package io.fdp.persistence.kafka;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinkCheckpointTest {
    @Test
    void encodesTheDocumentedBigEndianLayout() {
        final byte[] bytes = new SinkCheckpoint(0x0102030405060708L, 0x1122334455667788L, 42).encode();

        assertThat(bytes).hasSize(SinkCheckpoint.LENGTH).containsExactly(2, 1, 2, 3, 4, 5, 6, 7, 8,
            0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, 0, 0, 0, 0, 0, 0, 0, 42);
    }

    @Test
    void decodesWhatItEncodes() {
        final SinkCheckpoint checkpoint = new SinkCheckpoint(78L << 32 | 9, 1_700_000_000_123_456_789L, 1_000_000);

        assertThat(SinkCheckpoint.decode(checkpoint.encode())).isEqualTo(checkpoint);
        assertThat(SinkCheckpoint.decode(SinkCheckpoint.START.encode())).isEqualTo(SinkCheckpoint.START);
    }

    @Test
    void decodesAVersionOneCheckpointToItsOutputIndexAndRecords() {
        final byte[] versionOne = ByteBuffer.allocate(33).put((byte) 1).putLong(77L << 32 | 5).putLong(78L << 32 | 9)
            .putLong(1_700_000_000_123_456_789L).putLong(1_000_000).array();

        assertThat(SinkCheckpoint.decode(versionOne)).isEqualTo(new SinkCheckpoint(78L << 32 | 9, 0, 1_000_000));
    }

    @Test
    void rejectsAnotherVersionOrAShortValue() {
        final byte[] bytes = SinkCheckpoint.START.encode();
        bytes[0] = 3;

        assertThatThrownBy(() -> SinkCheckpoint.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SinkCheckpoint.decode(new byte[5])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SinkCheckpoint.decode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
