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
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A journaled engine trading two instruments: each round adds an order, executes part of it at the order's own
 * price (so only the book knows the trade price) with a unique trade id, and deletes the rest. Also reads back what
 * the output journal and the sink's tables hold, to compare them.
 */
final class TradingJournal implements AutoCloseable {
    static final long SECOND = 1_000_000_000L;
    static final long T0 = 1_700_000_000L * SECOND;
    private static final String[] SYMBOLS = {"AAPL", "MSFT"};
    private static final Map<String, String> TABLES = Map.of("trade", "trades", "quote", "quotes", "candle", "candles",
        "book", "book_snapshots", "quality", "data_quality_events");

    private final JournaledEngine journaled;
    private final Random random = new Random(11);
    private long round;

    TradingJournal(final JournalConfig config) {
        journaled = JournaledEngine.open(config, engineConfig(), registry());
        journaled.start();
    }

    static JournalConfig config(final Path dir) {
        return new JournalConfig().dataDir(dir).bookIntervalNs(SECOND).bookDepth(5).snapshotEveryEvents(0)
            .snapshotIntervalNs(0);
    }

    static EngineConfig engineConfig() {
        return new EngineConfig().maxInstruments(16).ringSize(4096).bookOrderCapacity(4096).waitStrategy("blocking")
            .producerType("single");
    }

    /** @return a registry with the instruments the journal trades, in the same order (same dense ids) each time. */
    static InstrumentRegistry registry() {
        final InstrumentRegistry registry = new InstrumentRegistry(16);
        for (final String symbol : SYMBOLS) {
            registry.register(symbol, -4, 0, 100, 1);
        }
        return registry;
    }

    /** Publishes rounds of trading (three events each), 10 ms of event time apart. */
    void trade(final int rounds) {
        final MarketEventPublisher publisher = journaled.publisher();
        for (int i = 0; i < rounds; i++, round++) {
            final int instrument = (int) (round % SYMBOLS.length);
            final long t = T0 + round * (SECOND / 100);
            final long orderId = round + 1;
            publisher.orderAdd(instrument, 0, t, orderId, round % 3 == 0 ? Side.BUY : Side.SELL,
                1_000_100 + random.nextInt(50) * 100, 10, 0);
            publisher.orderExecute(instrument, 0, t + 1, orderId, 1 + random.nextInt(5), MarketEvent.NULL_PRICE, round + 1);
            publisher.orderDelete(instrument, 0, t + 2, orderId);
        }
    }

    /** Ends the session: a heartbeat two days later closes every candle. */
    void closeCandles() {
        journaled.publisher().control(EventType.HEARTBEAT, -1, 0, T0 + 2 * 86_400 * SECOND);
    }

    /** Waits until the engine has journaled everything published. */
    void drain() {
        journaled.engine().drain();
    }

    SingleChronicleQueue output() {
        return journaled.output();
    }

    @Override
    public void close() {
        journaled.close();
    }

    /** Records of the output journal up to an index (inclusive), per kind, and the trade ids of its trades. */
    record Content(Map<String, Long> counts, List<Long> tradeIds) {
    }

    static Content journalContent(final JournalConfig config, final long upToIndex) {
        final Map<String, Long> counts = new TreeMap<>();
        TABLES.keySet().forEach(kind -> counts.put(kind, 0L));
        final List<Long> tradeIds = new ArrayList<>();
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.outputDir(), config.rollCycle());
             OutputReader reader = new OutputReader(queue)) {
            final OutputRecord record = new OutputRecord();
            int kind;
            while ((kind = reader.read(record)) != OutputReader.END && reader.lastIndex() <= upToIndex) {
                counts.merge(kindName(kind), 1L, Long::sum);
                if (kind == OutputDescriptor.TRADE) {
                    tradeIds.add(record.tradeId());
                }
            }
        }
        tradeIds.sort(null);
        return new Content(counts, tradeIds);
    }

    static Content databaseContent(final DataSource dataSource) throws SQLException {
        final Map<String, Long> counts = new TreeMap<>();
        final List<Long> tradeIds = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (final Map.Entry<String, String> table : TABLES.entrySet()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.getValue())) {
                    rows.next();
                    counts.put(table.getKey(), rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT trade_id::bigint FROM trades ORDER BY 1")) {
                while (rows.next()) {
                    tradeIds.add(rows.getLong(1));
                }
            }
        }
        return new Content(counts, tradeIds);
    }

    private static String kindName(final int kind) {
        return switch (kind) {
            case OutputDescriptor.TRADE -> "trade";
            case OutputDescriptor.QUOTE -> "quote";
            case OutputDescriptor.CANDLE -> "candle";
            case OutputDescriptor.BOOK -> "book";
            case OutputDescriptor.DATA_QUALITY -> "quality";
            default -> throw new IllegalStateException("undecodable output record, kind " + kind);
        };
    }
}
