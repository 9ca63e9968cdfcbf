package io.fdp.persistence.sink;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.Journals;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.journal.output.OutputReader;
import io.fdp.persistence.db.Database;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL sink against a real embedded PostgreSQL and a real output journal. */
@Timeout(180)
class PostgresSinkIT {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_700_000_000L * SECOND;

    @TempDir
    static Path dir;

    private static Database database;
    private static JournalConfig journalConfig;
    private static InstrumentRegistry registry;
    private static Map<String, Long> expected;

    @BeforeAll
    static void journalSomeTrading() {
        database = Database.open(new Database.Context().dataDirectory(dir.resolve("db")));
        registry = new InstrumentRegistry(16);
        journalConfig = new JournalConfig().dataDir(dir.resolve("journal")).bookIntervalNs(SECOND).bookDepth(5);
        final EngineConfig engineConfig = new EngineConfig().maxInstruments(16).ringSize(1024).bookOrderCapacity(4096)
            .waitStrategy("blocking").producerType("single");
        try (JournaledEngine journaled = JournaledEngine.open(journalConfig, engineConfig, registry)) {
            final int aapl = registry.register("AAPL", -4, 0, 100, 1);
            journaled.start();
            final MarketEventPublisher publisher = journaled.publisher();
            final Random random = new Random(7);
            for (int i = 0; i < 2_000; i++) {
                final long t = T0 + i * (SECOND / 10);
                publisher.orderAdd(aapl, 0, t, 2L * i + 1, Side.SELL, 1_000_100 + random.nextInt(5) * 100, 10, 0);
                publisher.orderExecute(aapl, 0, t + 1, 2L * i + 1, 1 + random.nextInt(5), MarketEvent.NULL_PRICE, i);
                publisher.orderDelete(aapl, 0, t + 2, 2L * i + 1);
            }
            publisher.orderDelete(aapl, 0, T0 + 300 * SECOND, 999_999);
            publisher.control(EventType.HEARTBEAT, -1, 0, T0 + 2 * 86_400 * SECOND);
            journaled.engine().drain();
        }
        expected = countJournal();
        assertThat(expected.get("trade")).isEqualTo(2_000);
        assertThat(expected).containsKeys("quote", "candle", "book", "quality");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static SingleChronicleQueue outputJournal() {
        return Journals.openReadOnly(journalConfig.outputDir(), journalConfig.rollCycle());
    }

    private static Map<String, Long> countJournal() {
        final Map<String, Long> counts = new TreeMap<>();
        try (SingleChronicleQueue queue = outputJournal(); OutputReader reader = new OutputReader(queue)) {
            final OutputRecord record = new OutputRecord();
            int kind;
            while ((kind = reader.read(record)) != OutputReader.END) {
                counts.merge(switch (kind) {
                    case OutputDescriptor.TRADE -> "trade";
                    case OutputDescriptor.QUOTE -> "quote";
                    case OutputDescriptor.CANDLE -> "candle";
                    case OutputDescriptor.BOOK -> "book";
                    default -> "quality";
                }, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Map<String, Long> countDatabase() throws Exception {
        final Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (final var table : Map.of("trade", "trades", "quote", "quotes", "candle", "candles", "book", "book_snapshots",
                "quality", "data_quality_events").entrySet()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.getValue())) {
                    rows.next();
                    counts.put(table.getKey(), rows.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void everyRecordLandsOnceAcrossStopsAndRestarts() throws Exception {
        try (SingleChronicleQueue queue = outputJournal()) {
            final PostgresSink interrupted = new PostgresSink(database.dataSource(), queue, registry, "it", 37);
            interrupted.start();
            Thread.sleep(50);
            interrupted.close();

            final PostgresSink resumed = new PostgresSink(database.dataSource(), queue, registry, "it", 37);
            resumed.drainOnce();
            assertThat(countDatabase()).isEqualTo(expected);
            assertThat(resumed.lagRecords()).isZero();

            final PostgresSink again = new PostgresSink(database.dataSource(), queue, registry, "it", 37);
            assertThat(again.drainOnce()).as("a restarted sink writes nothing twice").isZero();
            assertThat(countDatabase()).isEqualTo(expected);
        }
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT instrument_id, price, size FROM trades ORDER BY event_time_ns LIMIT 1")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("AAPL");
            assertThat(rows.getBigDecimal(2).scale()).isEqualTo(4);
        }
    }
}
