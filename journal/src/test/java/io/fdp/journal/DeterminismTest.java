package io.fdp.journal;

import io.fdp.engine.event.EventType;
import io.fdp.engine.pipeline.Engine;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class DeterminismTest {
    private static final long SEED = 20_261_125L;
    private static final int EVENTS = 20_000;

    @TempDir
    Path dir;

    @Test
    void replayingTheJournalTwiceGivesTheLiveEnginesStateHash() {
        final JournalConfig config = Harness.config(dir);
        final long liveHash;
        try (JournaledEngine live = Harness.openAndStart(config)) {
            Harness.publish(new EventStream(SEED), live.publisher(), EVENTS);
            live.engine().drain();
            liveHash = live.engine().stateHash();
            assertThat(live.journal().appended()).isEqualTo(EVENTS);
        }
        assertThat(liveHash).isEqualTo(Harness.referenceHash(SEED, EVENTS));

        final ReplaySummary first = replayIntoFreshEngine(config);
        final ReplaySummary second = replayIntoFreshEngine(config);
        assertThat(first.events()).isEqualTo(EVENTS);
        assertThat(first.events(EventType.ORDER_ADD)).isPositive();
        assertThat(first.events(EventType.TRADE)).isPositive();
        assertThat(first.events(EventType.HEARTBEAT)).isPositive();
        assertThat(first.events(EventType.QUOTE)).isPositive();
        assertThat(first.lastEventTimeNs()).isGreaterThan(first.firstEventTimeNs());
        assertThat(second.toString()).contains(EVENTS + " events");
        assertThat(hashes[0]).isEqualTo(liveHash);
        assertThat(hashes[1]).isEqualTo(liveHash);
    }

    private final long[] hashes = new long[2];
    private int replays;

    private ReplaySummary replayIntoFreshEngine(final JournalConfig config) {
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue);
             Engine engine = new Engine(EventStream.engineConfig(), EventStream.registry())) {
            engine.start();
            final ReplaySummary summary = new JournalReplayer(reader).replay(engine);
            hashes[replays++] = engine.stateHash();
            return summary;
        }
    }
}
