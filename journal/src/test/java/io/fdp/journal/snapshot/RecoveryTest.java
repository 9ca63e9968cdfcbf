package io.fdp.journal.snapshot;

import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.EventStream;
import io.fdp.journal.Harness;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournalReader;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.Journals;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import net.openhft.chronicle.wire.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class RecoveryTest {
    private static final long SEED = 42;

    @TempDir
    Path dir;

    /** Runs 3000 events, snapshots, 1500 more, snapshots, 500 more, then crashes (no final snapshot). */
    private JournalConfig runAndCrash() {
        final JournalConfig config = Harness.config(dir);
        final JournaledEngine live = Harness.openAndStart(config);
        final EventStream stream = new EventStream(SEED);
        Harness.publish(stream, live.publisher(), 3_000);
        live.snapshot();
        Harness.publish(stream, live.publisher(), 1_500);
        live.snapshot();
        Harness.publish(stream, live.publisher(), 500);
        Harness.crash(live);
        return config;
    }

    @Test
    void restoresTheNewestSnapshotAndReplaysOnlyTheTail() {
        final JournalConfig config = runAndCrash();
        try (JournaledEngine recovered = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = recovered.recover();
            assertThat(result.snapshotFile()).isEqualTo(recovered.snapshots().list().get(0));
            assertThat(result.skippedSnapshots()).isEmpty();
            assertThat(result.eventsReplayed()).isEqualTo(500);
            assertThat(result.eventCount()).isEqualTo(5_000);
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 5_000));
            recovered.start();
        }
    }

    @Test
    void recoveredEngineGoesOnJournalingAfterTheLastEvent() {
        final JournalConfig config = runAndCrash();
        final EventStream stream = new EventStream(SEED);
        skip(stream, 5_000);
        try (JournaledEngine recovered = Harness.openAndStart(config)) {
            Harness.publish(stream, recovered.publisher(), 1_000);
            recovered.engine().drain();
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 6_000));
        }
        try (JournaledEngine again = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = again.recover();
            assertThat(result.eventsReplayed()).isZero();
            assertThat(result.eventCount()).isEqualTo(6_000);
            assertThat(again.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 6_000));
        }
        assertThat(countEvents(config)).isEqualTo(6_000);
    }

    @Test
    void corruptNewestSnapshotFallsBackToTheOlderOne() throws IOException {
        final JournalConfig config = runAndCrash();
        final List<Path> files = new SnapshotStore(config.snapshotDir(), 3).list();
        assertThat(files).hasSize(2);
        flipByte(files.get(0), Files.size(files.get(0)) - 10);
        try (JournaledEngine recovered = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = recovered.recover();
            assertThat(result.skippedSnapshots()).singleElement().asString().contains("CRC32");
            assertThat(result.snapshotFile()).isEqualTo(files.get(1));
            assertThat(result.eventsReplayed()).isEqualTo(2_000);
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 5_000));
        }
    }

    @Test
    void withEverySnapshotDamagedTheWholeJournalIsReplayed() throws IOException {
        final JournalConfig config = runAndCrash();
        final List<Path> files = new SnapshotStore(config.snapshotDir(), 3).list();
        try (RandomAccessFile file = new RandomAccessFile(files.get(0).toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        Files.write(files.get(1), new byte[] {1, 2, 3});
        try (JournaledEngine recovered = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = recovered.recover();
            assertThat(result.skippedSnapshots()).hasSize(2);
            assertThat(result.skippedSnapshots().get(0)).contains("truncated");
            assertThat(result.skippedSnapshots().get(1)).contains("truncated");
            assertThat(result.snapshotFile()).isNull();
            assertThat(result.eventsReplayed()).isEqualTo(5_000);
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 5_000));
        }
    }

    @Test
    void documentCutByACrashIsSkippedAndItsIndexReused() throws IOException {
        final JournalConfig config = runAndCrash();
        cutLastDocument(config);
        try (JournaledEngine recovered = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = recovered.recover();
            assertThat(result.eventsReplayed()).isEqualTo(499);
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 4_999))
                .isNotEqualTo(Harness.referenceHash(SEED, 5_000));
            recovered.start();
            final EventStream stream = new EventStream(SEED);
            skip(stream, 4_999);
            Harness.publish(stream, recovered.publisher(), 1);
            recovered.engine().drain();
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, 5_000));
        }
        assertThat(countEvents(config)).isEqualTo(5_000);
    }

    private static void skip(final EventStream stream, final int events) {
        final MarketEvent event = new MarketEvent();
        for (int i = 0; i < events; i++) {
            stream.next(event);
        }
    }

    private static long countEvents(final JournalConfig config) {
        long count = 0;
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue)) {
            final MarketEvent event = new MarketEvent();
            while (reader.read(event) == JournalReader.READ) {
                count++;
            }
        }
        return count;
    }

    /** Marks the last document not complete with an unknown length, as a writer killed inside it leaves it. */
    static void cutLastDocument(final JournalConfig config) throws IOException {
        final Path file;
        final long header;
        try (SingleChronicleQueue queue = Journals.open(config.inputDir(), config, null); ExcerptTailer tailer = queue.createTailer()) {
            assertThat(tailer.moveToIndex(queue.lastIndex())).isTrue();
            try (DocumentContext document = tailer.readingDocument()) {
                header = document.wire().bytes().readPosition() - Integer.BYTES;
                file = tailer.currentFile().toPath();
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(header);
            raf.writeInt(Integer.reverseBytes(Wires.NOT_COMPLETE_UNKNOWN_LENGTH));
        }
    }

    private static void flipByte(final Path path, final long position) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.seek(position);
            final int value = file.read();
            file.seek(position);
            file.write(value ^ 0x10);
        }
    }
}
