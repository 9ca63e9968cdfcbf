package io.fdp.journal;

import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class RetentionTest {
    @TempDir
    Path dir;

    private final SetTimeProvider clock = new SetTimeProvider(1_764_000_000_000L * 1_000_000L);

    @Test
    void keepsTheNewestCyclesAndDeletesOlderFilesOnRoll() throws IOException {
        final JournalConfig config = Harness.config(dir).rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(clock)
            .retainCycles(2).output(false);
        final EventStream stream = new EventStream(7);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            for (int cycle = 0; cycle < 5; cycle++) {
                Harness.publish(stream, journaled.publisher(), 100);
                journaled.engine().drain();
                clock.advanceMillis(1_000);
            }
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.engine().drain();
            awaitFileCount(config.inputDir(), 2);
        }
        assertThat(Harness.countInputEvents(config)).isEqualTo(200);
    }

    @Test
    void neverDeletesTheCyclesASnapshotNeeds() throws IOException {
        final JournalConfig config = Harness.config(dir).rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(clock)
            .retainCycles(1).output(false);
        final EventStream stream = new EventStream(8);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            Harness.publish(stream, journaled.publisher(), 100);
            journaled.snapshot();
            for (int cycle = 0; cycle < 3; cycle++) {
                clock.advanceMillis(1_000);
                Harness.publish(stream, journaled.publisher(), 100);
                journaled.engine().drain();
            }
            LockSupport.parkNanos(200_000_000);
            assertThat(cycleFiles(config.inputDir())).hasSize(4);
        }
    }

    /** Chronicle reports new cycles on a background thread, so retention runs shortly after the roll. */
    private static void awaitFileCount(final Path dir, final int expected) throws IOException {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (cycleFiles(dir).size() != expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
        assertThat(cycleFiles(dir)).hasSize(expected);
    }

    private static List<Path> cycleFiles(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".cq4")).toList();
        }
    }
}
