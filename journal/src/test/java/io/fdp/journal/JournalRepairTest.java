package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(120)
class JournalRepairTest {
    @TempDir
    Path dir;

    @Test
    void rebuildsMetadataWhoseCreationACrashCut() throws IOException {
        final JournalConfig config = Harness.config(dir).output(false);
        final EventStream stream = new EventStream(11);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.engine().drain();
        }
        final Path metadata = config.inputDir().resolve("metadata.cq4t");
        markHeaderNotComplete(metadata);
        assertThatThrownBy(() -> Journals.open(config.inputDir(), config, null).close())
            .as("a metadata file whose header is marked not-complete cannot be locked").hasMessageContaining("lock");

        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 5);
            journaled.engine().drain();
        }

        assertThat(metadata.resolveSibling("metadata.cq4t.unfinished")).exists();
        assertThat(readAll(config)).isEqualTo(105);
    }

    @Test
    void leavesACompleteJournalAlone() {
        final JournalConfig config = Harness.config(dir).output(false);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(new EventStream(12), journaled.publisher(), 10);
            journaled.engine().drain();
        }
        assertThat(JournalRepair.repair(config.inputDir(), config)).isEqualTo(-1);
        assertThat(config.inputDir().resolve("metadata.cq4t.unfinished")).doesNotExist();
        assertThat(readAll(config)).isEqualTo(10);
    }

    /** What a kill while the file's header was being written leaves: the header word still marked not-complete. */
    private static void markHeaderNotComplete(final Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            final ByteBuffer word = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            word.putInt(0, Wires.NOT_COMPLETE);
            channel.write(word, 0);
        }
    }

    private static int readAll(final JournalConfig config) {
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue)) {
            final MarketEvent event = new MarketEvent();
            int read = 0;
            while (reader.read(event) == JournalReader.READ) {
                read++;
            }
            return read;
        }
    }
}
