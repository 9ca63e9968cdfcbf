package io.fdp.journal.output;

import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.journal.EventStream;
import io.fdp.journal.Harness;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.Journals;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class OutputJournalTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = EventStream.T0;

    @TempDir
    Path dir;

    @Test
    void receivesCandlesQuotesDataQualityAndPeriodicBookRecords() {
        final JournalConfig config = Harness.config(dir).bookIntervalNs(10 * SECOND).bookDepth(2);
        try (JournaledEngine journaled = Harness.openAndStart(config)) {
            final MarketEventPublisher p = journaled.publisher();
            p.orderAdd(0, 1, T0, 1, Side.BUY, 9_990, 10, 0);
            p.orderAdd(0, 2, T0 + SECOND, 2, Side.BUY, 9_980, 10, 0);
            p.orderAdd(0, 3, T0 + 2 * SECOND, 3, Side.BUY, 9_970, 10, 0);
            p.orderAdd(0, 4, T0 + 3 * SECOND, 4, Side.SELL, 10_010, 10, 0);
            p.orderExecute(0, 5, T0 + 11 * SECOND, 4, 3, io.fdp.engine.event.MarketEvent.NULL_PRICE, 1);
            p.orderDelete(0, 7, T0 + 12 * SECOND, 404);
            p.status(EventType.FEED_STALE, 0, 8, T0 + 13 * SECOND, 99);
            p.control(EventType.SNAPSHOT_END, 0, 9, T0 + 14 * SECOND);
            p.control(EventType.HEARTBEAT, -1, 0, T0 + 3_600 * SECOND);
            journaled.engine().drain();
        }
        final List<String> records = new ArrayList<>();
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.outputDir(), config.rollCycle());
             OutputReader reader = new OutputReader(queue)) {
            final OutputRecord record = new OutputRecord();
            int kind;
            while ((kind = reader.read(record)) != OutputReader.END) {
                records.add(describe(kind, record));
            }
        }
        assertThat(records).containsSubsequence(
            "book 0 @0 bids 1 asks 0 best 9990",
            "quote 0 9990x10",
            "quote 0 9990x10",
            "book 0 @11 bids 2 asks 1 best 9990",
            "quality 0 GAP 6/7",
            "quality 0 STALE",
            "quality 0 REJECTED",
            "quality 0 CHECKSUM_FAILED",
            "quality 0 FRESH");
        assertThat(records).filteredOn(line -> line.startsWith("book")).hasSize(2);
        assertThat(records).filteredOn(line -> line.startsWith("trade")).containsExactly(
            "trade 0 10010x3 aggressor " + Side.BUY + " id 1 @11");
        assertThat(records).contains("candle 0 kind " + Candle.KIND_TIME + " spec " + SECOND + " volume 3 close 10010");
        assertThat(records).contains("candle 0 kind " + Candle.KIND_TIME + " spec " + 3_600 * SECOND + " volume 3 close 10010");
    }

    private static String describe(final int kind, final OutputRecord r) {
        return switch (kind) {
            case OutputDescriptor.CANDLE -> "candle " + r.instrumentId() + " kind " + r.barKind() + " spec " + r.barSpec()
                + " volume " + r.volume() + " close " + r.close();
            case OutputDescriptor.QUOTE -> "quote " + r.instrumentId() + " " + r.bidPrice() + "x" + r.bidSize();
            case OutputDescriptor.DATA_QUALITY -> "quality " + r.instrumentId() + " " + DataQuality.name(r.qualityKind())
                + (r.qualityKind() == DataQuality.GAP ? " " + r.expected() + "/" + r.received() : "");
            case OutputDescriptor.BOOK -> "book " + r.instrumentId() + " @" + (r.eventTimeNs() - T0) / SECOND + " bids "
                + r.bidLevels() + " asks " + r.askLevels() + " best " + r.bidPrice(0);
            case OutputDescriptor.TRADE -> "trade " + r.instrumentId() + " " + r.tradePrice() + "x" + r.tradeSize()
                + " aggressor " + r.tradeSide() + " id " + r.tradeId() + " @" + (r.eventTimeNs() - T0) / SECOND;
            default -> "error " + kind;
        };
    }
}
