package io.fdp.persistence.kafka;

import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.journal.codec.OutputCodec;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.proto.market.v1.CandleState;
import io.fdp.proto.market.v1.DataQualityEventKind;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import net.openhft.chronicle.bytes.Bytes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SinkRecordsTest {
    private static final long T = 1_700_000_000_123_456_789L;

    private final SinkRecords records = new SinkRecords(MarketStream.registry(), null,
        new KafkaSinkConfig().topicPrefix("env."), 5);

    @Test
    void tradeIsKeyedBySymbolWithItsJournalIndex() throws Exception {
        final OutputRecord trade = decode(out -> OutputCodec.encodeTrade(4, T, T + 5, 650_005, 2_000, Side.SELL, 9, out));

        final ProducerRecord<byte[], byte[]> record = records.output(trade, 0x1234);

        assertThat(record.topic()).isEqualTo("env.fdp.market.v1.trades");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("XBT/USD");
        assertThat(ByteBuffer.wrap(record.headers().lastHeader(KafkaTopics.JOURNAL_INDEX_HEADER).value()).getLong()).isEqualTo(0x1234);
        final TradePrint print = TradePrint.parseFrom(record.value());
        assertThat(print.getPrice().getMantissa()).isEqualTo(650_005);
        assertThat(print.getPrice().getExponent()).isEqualTo(-1);
        assertThat(print.getSize().getMantissa()).isEqualTo(2_000);
        assertThat(print.getSize().getExponent()).isEqualTo(-8);
        assertThat(print.getAggressorSide()).isEqualTo(io.fdp.proto.market.v1.Side.SIDE_SELL);
        assertThat(print.getTradeId()).isEqualTo("9");
        assertThat(print.getEventTime().getNanos()).isEqualTo(123_456_789);
        assertThat(print.getIngestionTime().getNanos()).isEqualTo(123_456_794);
    }

    @Test
    void tradeWithoutAggressorOrTradeIdLeavesThemUnset() throws Exception {
        final OutputRecord trade = decode(out -> OutputCodec.encodeTrade(0, T, T, 10_000, 3, Side.NULL_SIDE, 0, out));

        final TradePrint print = TradePrint.parseFrom(records.output(trade, 1).value());

        assertThat(print.getAggressorSide()).isEqualTo(io.fdp.proto.market.v1.Side.SIDE_UNSPECIFIED);
        assertThat(print.getTradeId()).isEmpty();
        assertThat(print.getPrice().getMantissa()).isEqualTo(10_000);
    }

    @Test
    void quoteLeavesAnEmptySideAndAMissingLastTradeUnset() throws Exception {
        final OutputRecord record = decode(out -> OutputCodec.encodeQuote(1, T, MarketEvent.NULL_PRICE, 0, 10_010, 7,
            MarketEvent.NULL_PRICE, 0, out));

        final Quote quote = Quote.parseFrom(records.output(record, 3).value());

        assertThat(quote.getInstrumentId()).isEqualTo("MSFT");
        assertThat(quote.hasBidPrice()).isFalse();
        assertThat(quote.getAskPrice().getMantissa()).isEqualTo(10_010);
        assertThat(quote.getAskSize().getMantissa()).isEqualTo(7);
        assertThat(quote.hasLastPrice()).isFalse();
        assertThat(quote.hasIngestionTime()).isFalse();
    }

    @Test
    void candleAndQualityCarryNoInventedIngestionTime() throws Exception {
        final Candle engineCandle = new Candle();
        final long[] slots = new long[Candle.LONGS];
        engineCandle.writeTo(slots, 0);
        slots[0] = 2;
        slots[1] = Candle.KIND_TIME;
        slots[2] = 1_000_000_000L;
        slots[3] = T;
        slots[4] = T + 1_000_000_000L;
        slots[5] = 10;
        slots[6] = 12;
        slots[7] = 9;
        slots[8] = 11;
        slots[9] = 40;
        slots[10] = 3;
        slots[11] = 10;
        slots[14] = (long) Candle.STATE_REVISED << 32 | 2;
        engineCandle.readFrom(slots, 0);
        final OutputRecord candle = decode(out -> OutputCodec.encodeCandle(engineCandle, out));
        final OutputRecord gap = decode(out -> OutputCodec.encodeDataQuality(-1, DataQuality.GAP, T, 5, 8, out));

        final io.fdp.proto.market.v1.Candle proto = io.fdp.proto.market.v1.Candle.parseFrom(records.output(candle, 4).value());
        final ProducerRecord<byte[], byte[]> quality = records.output(gap, 5);

        assertThat(proto.getInstrumentId()).isEqualTo("TSLA");
        assertThat(proto.getState()).isEqualTo(CandleState.CANDLE_STATE_REVISED);
        assertThat(proto.getRevision()).isEqualTo(2);
        assertThat(proto.getHigh().getMantissa()).isEqualTo(12);
        assertThat(proto.hasIngestionTime()).isFalse();
        assertThat(quality.key()).isEmpty();
        final io.fdp.proto.market.v1.DataQualityEvent event = io.fdp.proto.market.v1.DataQualityEvent.parseFrom(quality.value());
        assertThat(event.getKind()).isEqualTo(DataQualityEventKind.DATA_QUALITY_EVENT_KIND_GAP);
        assertThat(event.getExpectedSequence()).isEqualTo(5);
        assertThat(event.hasIngestionTime()).isFalse();
    }

    @Test
    void recordOfAnUnknownInstrumentIsSkipped() {
        final OutputRecord record = decode(out -> OutputCodec.encodeQuote(9, T, 1, 1, 2, 1, MarketEvent.NULL_PRICE, 0, out));

        assertThat(records.output(record, 6)).isNull();
        assertThat(records.unknownInstruments()).isEqualTo(1);
    }

    private static OutputRecord decode(final java.util.function.Consumer<Bytes<?>> writer) {
        final Bytes<?> bytes = Bytes.allocateElasticOnHeap(256);
        writer.accept(bytes);
        final OutputRecord record = new OutputRecord();
        assertThat(record.decode(bytes)).isPositive();
        return record;
    }
}
