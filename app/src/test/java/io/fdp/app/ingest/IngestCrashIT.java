package io.fdp.app.ingest;

import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.ChildJvm;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournalReader;
import io.fdp.journal.Journals;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM ingests a real file and is killed with SIGKILL at random moments; each restart recovers and resumes.
 * The final state must equal an uninterrupted run's, and the journal must hold every input event exactly once.
 */
@Timeout(300)
class IngestCrashIT {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");
    private static final Path INPUT = DATA.resolve("lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv");
    private static final int KILLS_WANTED = 4;

    @TempDir
    Path work;

    @Test
    void killedIngestResumesToTheStateOfAnUninterruptedRun() throws Exception {
        final Path reference = work.resolve("reference");
        final String expected = stateHash(finish(start(reference)));

        final Path crashed = work.resolve("crashed");
        final long seed = System.nanoTime();
        final Random random = new Random(seed);
        int kills = 0;
        for (int attempt = 0; attempt < 12 && kills < KILLS_WANTED; attempt++) {
            final Process child = start(crashed);
            waitFor(() -> Files.isDirectory(crashed.resolve("input")) || !child.isAlive());
            Thread.sleep(random.nextInt(1_500));
            if (child.isAlive()) {
                child.destroyForcibly();
                kills++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(kills).as("kills that landed while ingesting (seed %d)", seed).isGreaterThanOrEqualTo(2);

        final String output = finish(start(crashed));
        assertThat(stateHash(output)).as("recovered state after %d kills (seed %d)", kills, seed).isEqualTo(expected);
        assertThat(journal(crashed)).as("journal after %d kills (seed %d)", kills, seed).isEqualTo(journal(reference));
    }

    private static Process start(final Path dataDir) throws IOException {
        return new ProcessBuilder(ChildJvm.command("io.fdp.app.Fdp", "ingest", "--format", "lobster", "--input",
            INPUT.toString(), "--data-dir", dataDir.toString(), "--snapshot-every", "10000", "--json"))
            .redirectErrorStream(true).start();
    }

    private static String finish(final Process child) throws Exception {
        final String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }

    private static String stateHash(final String output) {
        final Matcher matcher = Pattern.compile("\"stateHash\":\"(\\w+)\"").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return matcher.group(1);
    }

    /** Every journaled event, in order, as text. */
    private static List<String> journal(final Path dataDir) {
        final JournalConfig config = new JournalConfig().dataDir(dataDir);
        final List<String> events = new ArrayList<>();
        try (ChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle())) {
            final JournalReader reader = new JournalReader(queue);
            reader.toStart();
            final MarketEvent event = new MarketEvent();
            while (reader.read(event) == JournalReader.READ) {
                events.add(event.toString());
            }
        }
        assertThat(events).hasSize(91_997);
        return events;
    }

    private static void waitFor(final java.util.function.BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
