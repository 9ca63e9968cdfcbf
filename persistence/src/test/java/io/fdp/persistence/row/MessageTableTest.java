package io.fdp.persistence.row;

import static io.fdp.persistence.testing.Protos.decimal;
import static io.fdp.persistence.testing.Protos.metadata;
import static io.fdp.persistence.testing.Protos.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleInterval;
import io.fdp.proto.market.v1.TradeCondition;
import io.fdp.proto.market.v1.TradePrint;
import io.fdp.proto.reference.v1.RateValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTableTest {
    private static final MessageTables TABLES = MessageTables.fdp();

    private static Map<String, Object> values(final String table, final com.google.protobuf.Message message) {
        final MessageTable bound = TABLES.table(table);
        final Object[] values = bound.values(message);
        final Map<String, Object> byName = new HashMap<>();
        final List<Column> columns = bound.columns();
        for (int i = 0; i < values.length; i++) {
            byName.put(columns.get(i).name(), values[i]);
        }
        return byName;
    }

    @Test
    void keepsNanosecondsBesideTheMicrosecondTimestamp() {
        final Map<String, Object> row = values(StorableTables.TRADES, TradePrint.newBuilder()
            .setEventTime(time("1969-12-31T23:59:59.999999999Z"))
            .setSequence(-1L).addConditions(TradeCondition.TRADE_CONDITION_BLOCK).setPrice(decimal(18_912, -2)).build());
        assertThat(row).containsEntry("event_time", Instant.parse("1969-12-31T23:59:59.999999Z")).containsEntry("event_time_ns", -1L)
            .containsEntry("sequence", new BigDecimal("18446744073709551615")).containsEntry("price", new BigDecimal("189.12"))
            .containsEntry("conditions", List.of("TRADE_CONDITION_BLOCK")).containsEntry("size", null)
            .containsEntry("metadata_source_system", "").containsEntry("metadata_tags", "{}").containsEntry("buyer_order_id", null);
    }

    @Test
    void writesTagsAsSortedEscapedJson() {
        final Map<String, Object> row = values(StorableTables.RATES, RateValue.newBuilder()
            .setObservationDate(io.fdp.persistence.testing.Protos
            .date("2024-05-01")).setMetadata(metadata("FRED")).build());
        assertThat(row).containsEntry("metadata_tags", "{\"desk\":\"rates\",\"quote\\\"d\":\"line\\nbreak\"}")
            .containsEntry("metadata_quality_flags", List.of("DATA_QUALITY_FLAG_PRELIMINARY", "DATA_QUALITY_FLAG_REVISED"))
            .containsEntry("metadata_correlation_id", "c-42").containsEntry("metadata_source_version", "v2");
    }

    @Test
    void spreadsBookLevelsOverOneArrayPerField() {
        final Map<String, Object> row = values(StorableTables.BOOK_SNAPSHOTS, BookSnapshot.newBuilder()
            .setEventTime(time("2024-05-01T00:00:00Z"))
            .addBids(BookLevel.newBuilder().setPrice(decimal(101, 0)).setSize(decimal(5, 0)).setOrderCount(2))
            .addBids(BookLevel.newBuilder().setPrice(decimal(100, 0)).setOrderCount(-1)).build());
        assertThat(row).containsEntry("bids_price", List.of(new BigDecimal("101"), new BigDecimal("100")))
            .containsEntry("bids_order_count", List.of(2L, 4_294_967_295L)).containsEntry("asks_price", List.of());
        assertThat(row.get("bids_size")).isEqualTo(java.util.Arrays.asList(new BigDecimal("5"), null));
    }

    @Test
    void storesAnUnsetDecimalKeyAsZero() {
        final Map<String, Object> row = values(StorableTables.CANDLES, Candle.newBuilder().setInstrumentId("X")
            .setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE).setBucketStart(time("2024-05-01T00:00:00Z")).build());
        assertThat(row).containsEntry("bar_size", BigDecimal.ZERO).containsEntry("interval", "CANDLE_INTERVAL_1_MINUTE");
    }

    @Test
    void rejectsAnUnsetTimeKeyNamingTheField() {
        assertThatThrownBy(() -> TABLES.table(StorableTables.RATES).values(RateValue.newBuilder().setRateId("X").build()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("rates: field observation_date must be set: it is part of the key or the partitioning time");
    }

    @Test
    void rejectsAnEnumNumberThisBuildDoesNotKnow() {
        assertThatThrownBy(() -> TABLES.table(StorableTables.TRADES).values(TradePrint.newBuilder()
            .setEventTime(time("2024-05-01T00:00:00Z"))
            .setAggressorSideValue(99).build()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("enum number 99 is not a value of fdp.market.v1.Side");
    }

    @Test
    void rejectsAMessageOfAnotherType() {
        assertThatThrownBy(() -> TABLES.table(StorableTables.TRADES).values(RateValue.getDefaultInstance()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("trades stores fdp.market.v1.TradePrint, not fdp.reference.v1.RateValue");
    }

    @Test
    void convertsDecimalsBothWays() {
        assertThat(ProtoValues.bigDecimal(decimal(5, 3))).isEqualTo(new BigDecimal("5000"));
        assertThat(ProtoValues.decimal(new BigDecimal("1.830"))).isEqualTo(decimal(1830, -3));
        assertThat(ProtoValues.decimal(new BigDecimal("123456789012345678901234.5000")))
            .isEqualTo(decimal(123_456_789_012_345_679L, -6 + 12));
    }
}
