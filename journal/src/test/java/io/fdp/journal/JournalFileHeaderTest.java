package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
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

/** A kill while a new cycle file's own header was being written: the journal still opens, keeps every event, appends. */
@Timeout(180)
class JournalFileHeaderTest {
    @TempDir
    Path dir;

    private final SetTimeProvider clock = new SetTimeProvider(1_764_000_000_000L * 1_000_000L);

    @Test
    void aNewCycleFileWhoseHeaderACrashCutIsRewritten() throws IOException {
        final JournalConfig config = Harness.config(dir).rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(clock)
            .output(false);
        final EventStream stream = new EventStream(11);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.engine().drain();
            clock.advanceMillis(1_000);
            Harness.publish(stream, journaled.publisher(), 1);
            journaled.engine().drain();
        }
        final List<Path> files = cycleFiles(config.inputDir());
        assertThat(files).hasSize(2);
        cutHeader(files.get(1));

        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 5);
            journaled.engine().drain();
        }

        assertThat(readAll(config)).as("the 100 events of the complete file and the 5 appended after the repair")
            .isEqualTo(105);
    }

    /** What a kill between starting and finishing a new file's header leaves: a header word marked not-complete. */
    private static void cutHeader(final Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4096), 0);
            final ByteBuffer word = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            word.putInt(0, Wires.NOT_COMPLETE | Wires.META_DATA);
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

    private static List<Path> cycleFiles(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".cq4")).sorted().toList();
        }
    }
}
