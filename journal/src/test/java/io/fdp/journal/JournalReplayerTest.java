package io.fdp.journal;

import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.journal.codec.JournalCodec;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class JournalReplayerTest {
    private static final long MS = 1_000_000L;
    private static final long T0 = EventStream.T0;

    @TempDir
    Path dir;

    private JournalConfig config;

    /** Journals 100 heartbeats 2 ms of event time apart, plus one record of an unknown layout version. */
    @BeforeEach
    void journal() {
        config = Harness.config(dir);
        try (SingleChronicleQueue queue = Journals.open(config.inputDir(), config, null);
             ExcerptAppender appender = queue.createAppender()) {
            final MarketEvent event = new MarketEvent();
            for (int i = 0; i < 100; i++) {
                event.clear();
                event.type(EventType.HEARTBEAT).eventTimeNs(T0 + i * 2 * MS).ingestionTimeNs(T0 + i);
                try (DocumentContext document = appender.writingDocument()) {
                    JournalCodec.encode(event, document.wire().bytes());
                }
                if (i == 49) {
                    try (DocumentContext document = appender.writingDocument()) {
                        document.wire().bytes().writeByte((byte) 9).writeByte(EventType.HEARTBEAT);
                    }
                }
            }
        }
    }

    private ReplaySummary replay(final Consumer<JournalReader> position, final Consumer<JournalReplayer> settings) {
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue);
             Engine engine = new Engine(EventStream.engineConfig(), EventStream.registry())) {
            position.accept(reader);
            final JournalReplayer replayer = new JournalReplayer(reader);
            settings.accept(replayer);
            engine.start();
            return replayer.replay(engine);
        }
    }

    @Test
    void replaysEverythingAndSkipsARecordOfAnUnknownVersion() {
        final ReplaySummary summary = replay(reader -> reader.toStart(), replayer -> { });
        assertThat(summary.events()).isEqualTo(100);
        assertThat(summary.events(EventType.HEARTBEAT)).isEqualTo(100);
        assertThat(summary.undecodable()).isEqualTo(1);
        assertThat(summary.firstEventTimeNs()).isEqualTo(T0);
        assertThat(summary.lastEventTimeNs()).isEqualTo(T0 + 198 * MS);
        assertThat(summary.eventsPerSecond()).isPositive();
    }

    @Test
    void replaysFromAnIndexOrAfterIt() {
        final long first = replay(reader -> { }, replayer -> { }).firstIndex();
        final ReplaySummary from = replay(reader -> assertThat(reader.moveToIndex(first + 10)).isTrue(), replayer -> { });
        assertThat(from.events()).isEqualTo(90);
        assertThat(from.firstEventTimeNs()).isEqualTo(T0 + 20 * MS);
        final ReplaySummary after = replay(reader -> assertThat(reader.moveAfter(first + 10)).isTrue(), replayer -> { });
        assertThat(after.events()).isEqualTo(89);
        assertThat(after.firstIndex()).isEqualTo(first + 11);
    }

    @Test
    void replaysAnEventTimeWindow() {
        final ReplaySummary window = replay(reader -> { },
            replayer -> replayer.fromTimeNs(T0 + 10 * MS).toTimeNs(T0 + 30 * MS));
        assertThat(window.events()).isEqualTo(10);
        assertThat(window.firstEventTimeNs()).isEqualTo(T0 + 10 * MS);
        assertThat(window.lastEventTimeNs()).isEqualTo(T0 + 28 * MS);
    }

    @Test
    void pacesByEventTimeGapsAtTheRequestedSpeed() {
        final ReplaySummary original = replay(reader -> { }, replayer -> replayer.speed(1));
        assertThat(original.elapsedNs()).isGreaterThanOrEqualTo(198 * MS);
        final ReplaySummary faster = replay(reader -> { }, replayer -> replayer.speed(4));
        assertThat(faster.elapsedNs()).isGreaterThanOrEqualTo(198 * MS / 4).isLessThan(original.elapsedNs());
    }

    @Test
    void keepsTheJournaledIngestionTime() {
        final long[] seen = new long[1];
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue);
             Engine engine = new Engine(EventStream.engineConfig(), EventStream.registry(), () -> 5L)) {
            final Subscription subscription = engine.subscribers().subscribeForPolling(2, Subscription.BOOK, 1,
                new MarketDataListener() {
                    @Override
                    public void onBook(final BookSnapshot book) {
                        seen[0] = book.ingestionTimeNs();
                    }
                });
            engine.start();
            new JournalReplayer(reader).limit(1).replay(engine);
            final MarketEventPublisher publisher = engine.newPublisher();
            final MarketEvent level = new MarketEvent().type(EventType.LEVEL_SET).instrumentId(2).side((byte) 0).price(5)
                .size(1).eventTimeNs(T0).ingestionTimeNs(T0 + 77);
            publisher.publish(level);
            engine.drain();
            subscription.poll(10);
        }
        assertThat(seen[0]).isEqualTo(T0 + 77);
    }
}
