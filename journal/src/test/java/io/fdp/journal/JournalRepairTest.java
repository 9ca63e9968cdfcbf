package io.fdp.journal;

import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import net.openhft.chronicle.wire.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Headers a kill leaves unfinished while a journal's files are created: the journal still opens and keeps every event. */
@Timeout(180)
class JournalRepairTest {
    @TempDir
    Path dir;

    private final SetTimeProvider clock = new SetTimeProvider(1_764_000_000_000L * 1_000_000L);

    @Test
    void rebuildsMetadataWhoseCreationACrashCut() throws IOException {
        final JournalConfig config = Harness.config(dir).output(false);
        final EventStream stream = new EventStream(11);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.engine().drain();
        }
        final Path metadata = config.inputDir().resolve("metadata.cq4t");
        markHeaderNotComplete(metadata, 0);
        assertThatThrownBy(() -> Journals.open(config.inputDir(), config, null).close())
            .as("a metadata file whose header is marked not-complete cannot be locked").hasMessageContaining("lock");

        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 5);
            journaled.engine().drain();
        }

        assertThat(metadata.resolveSibling("metadata.cq4t.unfinished")).exists();
        assertThat(Harness.countInputEvents(config)).isEqualTo(105);
    }

    @Test
    void aNewCycleFileWhoseHeaderACrashCutIsRewritten() throws IOException {
        final JournalConfig config = Harness.config(dir).rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(clock)
            .output(false);
        final EventStream stream = new EventStream(12);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.engine().drain();
            clock.advanceMillis(1_000);
            Harness.publish(stream, journaled.publisher(), 1);
            journaled.engine().drain();
        }
        final List<Path> files = cycleFiles(config.inputDir());
        assertThat(files).hasSize(2);
        markHeaderNotComplete(files.get(1), 4096);

        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 5);
            journaled.engine().drain();
        }

        assertThat(Harness.countInputEvents(config)).as("the 100 events of the complete file and the 5 appended after it")
            .isEqualTo(105);
    }

    @Test
    void leavesACompleteJournalAlone() {
        final JournalConfig config = Harness.config(dir).output(false);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(new EventStream(13), journaled.publisher(), 10);
            journaled.engine().drain();
        }
        assertThat(JournalRepair.repair(config.inputDir(), config)).isEqualTo(-1);
        assertThat(config.inputDir().resolve("metadata.cq4t.unfinished")).doesNotExist();
        assertThat(Harness.countInputEvents(config)).isEqualTo(10);
    }

    /**
     * What a kill between starting and finishing a file's header leaves: the header word marked not-complete, and the
     * first {@code zeroed} bytes not yet written.
     */
    private static void markHeaderNotComplete(final Path file, final int zeroed) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(zeroed), 0);
            final ByteBuffer word = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            word.putInt(0, zeroed == 0 ? Wires.NOT_COMPLETE : Wires.NOT_COMPLETE | Wires.META_DATA);
            channel.write(word, 0);
        }
    }

    private static List<Path> cycleFiles(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".cq4")).sorted().toList();
        }
    }
}
