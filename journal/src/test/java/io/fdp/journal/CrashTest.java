package io.fdp.journal;

import io.fdp.journal.snapshot.RecoveryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(180)
class CrashTest {
    private static final long SEED = 99;

    @TempDir
    Path dir;

    @Test
    void recoversExactlyAfterTheWriterIsKilledTwice() throws Exception {
        killWhileIngesting();
        killWhileIngesting();
        final JournalConfig config = Harness.config(dir);
        try (JournaledEngine recovered = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry())) {
            final RecoveryResult result = recovered.recover();
            assertThat(result.snapshotFile()).isNotNull();
            assertThat(result.eventCount()).isGreaterThan(40_000);
            assertThat(recovered.engine().stateHash()).isEqualTo(Harness.referenceHash(SEED, (int) result.eventCount()));
        }
    }

    private void killWhileIngesting() throws IOException, InterruptedException {
        final List<String> command = ChildJvm.command(CrashChild.class.getName(), dir.toString(), Long.toString(SEED));
        final Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        final Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("ready") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(Files.readString(log)).as("child output").contains("ready");
            final Set<String> newest = new HashSet<>();
            while (newest.size() < 2 && System.nanoTime() < deadline) {
                snapshots().stream().map(Path::toString).max(String::compareTo).ifPresent(newest::add);
                Thread.sleep(5);
            }
            Thread.sleep(17);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    private List<Path> snapshots() throws IOException {
        final Path snapshots = dir.resolve("snapshots");
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            return files.filter(file -> file.toString().endsWith(".fdps")).toList();
        }
    }
}
