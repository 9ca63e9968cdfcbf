package io.fdp.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DurationProto;
import com.google.protobuf.DynamicMessage;
import io.fdp.proto.market.v1.Side;
import io.fdp.proto.reference.v1.IndexValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtoSchemaMapperTest {
    private static final SchemaModel FDP = ProtoSchemaMapper.fdp();

    private static Column column(final String table, final String column) {
        return FDP.table(table).orElseThrow().requireColumn(column);
    }

    private static String definition(final String table, final String column) {
        return column(table, column).definition();
    }

    @Test
    void mapsDecimalsToExactNumericThatIsNullWhenUnset() {
        assertThat(column("rates", "value").kind()).isEqualTo(ColumnKind.DECIMAL);
        assertThat(definition("rates", "value")).isEqualTo("value NUMERIC");
        assertThat(definition("trades", "price")).isEqualTo("price NUMERIC");
    }

    @Test
    void mapsTimestampsToTimestamptzWithNanosecondsBesideTheEventTimeOfTicks() {
        assertThat(definition("trades", "event_time")).isEqualTo("event_time TIMESTAMPTZ NOT NULL");
        assertThat(definition("trades", "event_time_ns")).isEqualTo("event_time_ns BIGINT NOT NULL");
        assertThat(definition("quotes", "event_time_ns")).isEqualTo("event_time_ns BIGINT NOT NULL");
        assertThat(definition("book_snapshots", "event_time_ns")).isEqualTo("event_time_ns BIGINT NOT NULL");
        assertThat(definition("trades", "ingestion_time")).isEqualTo("ingestion_time TIMESTAMPTZ");
        assertThat(FDP.table("trades").orElseThrow().column("ingestion_time_ns")).isEmpty();
        assertThat(definition("rates", "event_time")).isEqualTo("event_time TIMESTAMPTZ");
        assertThat(FDP.table("rates").orElseThrow().column("event_time_ns")).isEmpty();
    }

    @Test
    void mapsLocalDatesToDates() {
        assertThat(definition("corporate_actions", "pay_date")).isEqualTo("pay_date DATE");
        assertThat(definition("rates", "observation_date")).isEqualTo("observation_date DATE NOT NULL");
    }

    @Test
    void mapsEnumsToTheirNamesWithACheckListingEveryName() {
        final Column side = column("trades", "aggressor_side");
        assertThat(side.definition()).isEqualTo("aggressor_side TEXT NOT NULL DEFAULT 'SIDE_UNSPECIFIED'");
        assertThat(side.enumValues()).containsExactly("SIDE_UNSPECIFIED", "SIDE_BUY", "SIDE_SELL");
        assertThat(Side.values()).hasSize(side.enumValues().size() + 1);
        assertThat(PostgresDdl.createTable(FDP.table("trades").orElseThrow(), ""))
            .contains("CONSTRAINT trades_aggressor_side_check CHECK (aggressor_side IN ('SIDE_UNSPECIFIED', 'SIDE_BUY', 'SIDE_SELL'))");
    }

    @Test
    void mapsRepeatedScalarsAndEnumsToArrays() {
        assertThat(definition("trades", "conditions")).isEqualTo("conditions TEXT[] NOT NULL DEFAULT '{}'");
        assertThat(column("trades", "conditions").kind()).isEqualTo(ColumnKind.ENUM);
        assertThat(definition("trades", "condition_codes")).isEqualTo("condition_codes TEXT[] NOT NULL DEFAULT '{}'");
        assertThat(definition("news_sentiment", "instrument_ids")).isEqualTo("instrument_ids TEXT[] NOT NULL DEFAULT '{}'");
        assertThat(PostgresDdl.createTable(FDP.table("trades").orElseThrow(), ""))
            .contains("CONSTRAINT trades_conditions_check CHECK (conditions <@ ARRAY['TRADE_CONDITION_UNSPECIFIED',");
    }

    @Test
    void flattensTheMetadataIntoColumnsAndItsTagsIntoJsonb() {
        final List<String> metadata = FDP.table("rates").orElseThrow().columns().stream()
            .filter(column -> column.fieldPath().startsWith("metadata.")).map(Column::definition).toList();
        assertThat(metadata).containsExactly(
            "metadata_source_system TEXT NOT NULL DEFAULT ''",
            "metadata_source_feed TEXT NOT NULL DEFAULT ''",
            "metadata_source_channel TEXT NOT NULL DEFAULT ''",
            "metadata_source_uri TEXT NOT NULL DEFAULT ''",
            "metadata_source_version TEXT NOT NULL DEFAULT ''",
            "metadata_region TEXT NOT NULL DEFAULT ''",
            "metadata_category TEXT NOT NULL DEFAULT ''",
            "metadata_report TEXT NOT NULL DEFAULT ''",
            "metadata_quality_flags TEXT[] NOT NULL DEFAULT '{}'",
            "metadata_ingestion_time TIMESTAMPTZ",
            "metadata_tags JSONB NOT NULL DEFAULT '{}'::jsonb",
            "metadata_correlation_id TEXT");
        for (final TableSpec spec : StorableTables.all()) {
            assertThat(FDP.table(spec.name()).orElseThrow().column("metadata_source_system")).as(spec.name()).isPresent();
        }
    }

    @Test
    void storesBookLevelsAsOneArrayPerLevelField() {
        assertThat(FDP.table("book_snapshots").orElseThrow().columns().stream()
            .filter(column -> column.name().startsWith("bids_") || column.name().startsWith("asks_")).map(Column::definition))
            .containsExactly("bids_price NUMERIC[] NOT NULL DEFAULT '{}'", "bids_size NUMERIC[] NOT NULL DEFAULT '{}'",
                "bids_order_count BIGINT[] NOT NULL DEFAULT '{}'", "asks_price NUMERIC[] NOT NULL DEFAULT '{}'",
                "asks_size NUMERIC[] NOT NULL DEFAULT '{}'", "asks_order_count BIGINT[] NOT NULL DEFAULT '{}'");
        assertThat(column("book_snapshots", "bids_price").fieldPath()).isEqualTo("bids.price");
    }

    @Test
    void keepsTheWholeUnsignedRange() {
        assertThat(definition("trades", "sequence")).isEqualTo("sequence NUMERIC(20,0) NOT NULL DEFAULT 0");
        assertThat(definition("trades", "buyer_order_id")).isEqualTo("buyer_order_id NUMERIC(20,0)");
        assertThat(definition("book_snapshots", "depth")).isEqualTo("depth BIGINT NOT NULL DEFAULT 0");
        assertThat(definition("book_snapshots", "checksum")).isEqualTo("checksum BIGINT");
    }

    @Test
    void makesFieldsWithPresenceNullableAndChecksOneofs() {
        assertThat(definition("instruments", "isin")).isEqualTo("isin TEXT");
        assertThat(definition("instruments", "symbol")).isEqualTo("symbol TEXT NOT NULL DEFAULT ''");
        assertThat(definition("risk_metrics", "instrument_id")).isEqualTo("instrument_id TEXT");
        assertThat(definition("risk_metrics", "portfolio_id")).isEqualTo("portfolio_id TEXT");
        assertThat(FDP.table("risk_metrics").orElseThrow().checks())
            .containsExactly(new Check("risk_metrics_subject_oneof", "num_nonnulls(instrument_id, portfolio_id) <= 1"));
    }

    @Test
    void makesKeysNotNullAndStoresAnUnsetDecimalKeyAsZero() {
        final Table candles = FDP.table("candles").orElseThrow();
        assertThat(candles.primaryKey()).containsExactly("instrument_id", "interval", "bar_size", "bucket_start");
        assertThat(definition("candles", "bar_size")).isEqualTo("bar_size NUMERIC NOT NULL DEFAULT 0");
        assertThat(column("candles", "bar_size").zeroForUnset()).isTrue();
        assertThat(definition("candles", "bucket_start")).isEqualTo("bucket_start TIMESTAMPTZ NOT NULL");
        assertThat(definition("index_values", "event_time")).isEqualTo("event_time TIMESTAMPTZ NOT NULL");
        assertThat(FDP.table("observations").orElseThrow().primaryKey()).containsExactly("indicator_id", "period", "realtime_start");
        assertThat(FDP.table("trades").orElseThrow().primaryKey()).isEmpty();
    }

    @Test
    void quotesColumnNamesThatAreKeywords() {
        assertThat(column("candles", "interval").sqlName()).isEqualTo("\"interval\"");
        assertThat(definition("candles", "interval")).startsWith("\"interval\" TEXT NOT NULL");
        assertThat(column("candles", "open").sqlName()).isEqualTo("open");
    }

    @Test
    void mapsARepeatedMessageThatIsNotFlatToAJsonbArray() {
        final Table values = ProtoSchemaMapper.map(TableSpec.of("index_values_with_members", IndexValue.getDefaultInstance()));
        assertThat(values.requireColumn("constituents").definition()).isEqualTo("constituents JSONB NOT NULL DEFAULT '[]'::jsonb");
        assertThat(FDP.table("index_values").orElseThrow().column("constituents")).isEmpty();
    }

    @Test
    void refusesAFieldWithoutAMappingRuleNamingIt() throws Descriptors.DescriptorValidationException {
        final FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("test/job.proto").setPackage("test").setSyntax("proto3")
            .addDependency("google/protobuf/duration.proto")
            .addMessageType(DescriptorProto.newBuilder().setName("Job")
                .addField(FieldDescriptorProto.newBuilder().setName("timeout").setNumber(1).setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
                    .setTypeName(".google.protobuf.Duration").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL)))
            .build();
        final Descriptors.Descriptor job = Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[] {
            DurationProto.getDescriptor()}).findMessageTypeByName("Job");
        assertThatThrownBy(() -> ProtoSchemaMapper.map(TableSpec.of("jobs", DynamicMessage.getDefaultInstance(job))))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no mapping rule for field timeout of type google.protobuf.Duration");
    }

    @Test
    void givesEveryStoredRecordTypeItsTable() {
        assertThat(FDP.tables()).extracting(Table::name).containsExactly("instruments", "rates", "index_values", "index_constituents",
            "economic_indicators", "observations", "corporate_actions", "settlement_instructions", "risk_metrics", "news_sentiment",
            "trades", "quotes", "book_snapshots", "candles", "data_quality_events");
        assertThat(FDP.timeSeriesTables()).extracting(table -> table.name() + " by " + table.partitioning().timeColumn() + " per "
            + table.partitioning().unit()).containsExactly("trades by event_time per day", "quotes by event_time per day",
            "book_snapshots by event_time per day", "candles by bucket_start per month", "data_quality_events by event_time per day");
        assertThat(Arrays.stream(ColumnKind.values()).map(ColumnKind::sqlType).distinct())
            .contains("NUMERIC", "TIMESTAMPTZ", "DATE", "JSONB");
    }
}
