package io.fdp.feed.lobster;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.SessionClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book reconstructed by the real pipeline against LOBSTER's own book after every message of the level-10 file.
 *
 * <p>A level-N file holds only the events that touch the top N levels, so a level that changes while it is deeper
 * than N is never reported, and the book built from the level-10 file alone keeps levels that are gone. The
 * level-50 file of the same opening hour holds every event of the level-10 file, in the same order, plus those
 * deeper events: the test replays it (seeded from the first row of the level-10 book), and compares the top 10
 * after each event that is also in the level-10 file with the matching row of the orderbook file.
 */
@Timeout(120)
class LobsterGroundTruthTest {
    @TempDir
    Path out;

    @Test
    void reconstructedTopTenMatchesEveryRowOfTheOrderbookFile() throws Exception {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        final EngineConfig config = new EngineConfig().maxInstruments(16).ringSize(4096).bookOrderCapacity(50_000)
            .waitStrategy("blocking").producerType("single");
        final LobsterFeed feed = new LobsterFeed(SharedData.MESSAGES_50, SharedData.ORDERBOOK_10, registry, "AAPL",
            new SessionClock(SessionClock.dateIn(SharedData.MESSAGES_10.getFileName().toString()), SessionClock.NEW_YORK));
        try (Engine engine = new Engine(config, registry); LobsterBookWriter writer = new LobsterBookWriter(out, 10, registry)) {
            engine.setBookEventListener(writer);
            engine.start();
            feed.replay(engine.newPublisher());
            engine.drain();
        }
        final List<String> rows50 = Files.readAllLines(out.resolve("AAPL.csv"));
        final List<String> messages50 = Files.readAllLines(SharedData.MESSAGES_50);
        assertThat(rows50).hasSameSizeAs(messages50);
        final List<String> messages10 = Files.readAllLines(SharedData.MESSAGES_10);
        final List<String> ours = new ArrayList<>();
        int next = 0;
        for (final String message : messages10) {
            while (!messages50.get(next).equals(message)) {
                next++;
            }
            ours.add(rows50.get(next++));
        }
        final List<String> truth = Files.readAllLines(SharedData.ORDERBOOK_10);
        assertThat(ours).hasSameSizeAs(truth);
        final List<String> differences = new ArrayList<>();
        for (int row = 0; row < truth.size(); row++) {
            if (!ours.get(row).equals(truth.get(row))) {
                differences.add("row " + (row + 1) + "\n  ours:  " + ours.get(row) + "\n  truth: " + truth.get(row));
            }
        }
        assertThat(truth).hasSize(999);
        assertThat(differences).as("rows that differ from the orderbook file").isEmpty();
        assertThat(feed.summary().rejected()).as("rejections: %s", feed.summary().locatedRejections()).isZero();
        assertThat(feed.summary().messages()).isEqualTo(messages50.size());
    }
}
