package io.fdp.journal.snapshot;

import io.fdp.engine.state.StateWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDescribedHeaderAndReadsItBack() throws IOException {
        final SnapshotStore store = new SnapshotStore(dir, 2);
        final Path file = store.write(0x1234, 7, 0x0102030405060708L, new StateWriter(16).putInt(0xCAFE));
        assertThat(file.getFileName().toString()).isEqualTo("snapshot-0000000000001235.fdps");
        final byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(SnapshotDescriptor.HEADER_LENGTH + 4);
        final String hex = HexFormat.of().formatHex(bytes);
        assertThat(hex.substring(0, 16)).isEqualTo("4644505301003800");
        assertThat(hex.substring(16, 48)).isEqualTo("3412000000000000" + "0700000000000000");
        assertThat(hex.substring(64, 96)).isEqualTo("0807060504030201" + "0400000000000000");
        assertThat(hex.substring(104)).isEqualTo("00000000" + "feca0000");
        final ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, SnapshotDescriptor.CRC_OFFSET);
        crc.update(bytes, SnapshotDescriptor.HEADER_LENGTH, 4);
        assertThat(header.getInt(SnapshotDescriptor.CRC_OFFSET)).isEqualTo((int) crc.getValue());

        final Snapshot snapshot = store.load(file);
        assertThat(snapshot.journalIndex()).isEqualTo(0x1234);
        assertThat(snapshot.eventCount()).isEqualTo(7);
        assertThat(snapshot.stateHash()).isEqualTo(0x0102030405060708L);
        assertThat(snapshot.state().getInt()).isEqualTo(0xCAFE);
    }

    @Test
    void keepsTheNewestAndReportsTheOldestPosition() {
        final SnapshotStore store = new SnapshotStore(dir, 2);
        assertThat(store.oldestIndex()).isEqualTo(-1);
        store.write(-1, 0, 1, new StateWriter(8));
        store.write(0x10, 1, 1, new StateWriter(8));
        store.write(0x20, 2, 1, new StateWriter(8));
        assertThat(store.list()).extracting(path -> path.getFileName().toString())
            .containsExactly("snapshot-0000000000000021.fdps", "snapshot-0000000000000011.fdps");
        assertThat(store.oldestIndex()).isEqualTo(0x10);
    }

    @Test
    void rejectsDamagedFilesWithTheReason() throws IOException {
        final SnapshotStore store = new SnapshotStore(dir, 2);
        final Path file = store.write(5, 1, 1, new StateWriter(8).putLong(42));
        final byte[] bytes = Files.readAllBytes(file);
        bytes[SnapshotDescriptor.VERSION_OFFSET] = 9;
        Files.write(file, bytes);
        assertThatThrownBy(() -> store.load(file)).isInstanceOf(InvalidSnapshotException.class).hasMessageContaining("version 9");
        bytes[SnapshotDescriptor.VERSION_OFFSET] = 1;
        bytes[SnapshotDescriptor.JOURNAL_INDEX_OFFSET] = 6;
        Files.write(file, bytes);
        assertThatThrownBy(() -> store.load(file)).hasMessageContaining("CRC32");
        bytes[0] = 0;
        Files.write(file, bytes);
        assertThatThrownBy(() -> store.load(file)).hasMessageContaining("magic");
    }
}
