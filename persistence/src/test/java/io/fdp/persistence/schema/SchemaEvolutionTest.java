package io.fdp.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import io.fdp.proto.market.v1.TradePrint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaEvolutionTest {
    private static final SchemaModel FDP = ProtoSchemaMapper.fdp();

    /** The fdp schema with TradePrint edited, mapped with the same table spec as the real trades table. */
    private static SchemaModel withTradePrint(final Consumer<FileDescriptorProto.Builder> edit)
        throws Descriptors.DescriptorValidationException {
        final Descriptors.FileDescriptor original = TradePrint.getDescriptor().getFile();
        final FileDescriptorProto.Builder file = original.toProto().toBuilder();
        edit.accept(file);
        final Descriptors.Descriptor trades = Descriptors.FileDescriptor.buildFrom(file.build(),
            original.getDependencies().toArray(Descriptors.FileDescriptor[]::new)).findMessageTypeByName("TradePrint");
        final List<TableSpec> specs = new ArrayList<>();
        for (final TableSpec spec : StorableTables.all()) {
            specs.add(!spec.name().equals(StorableTables.TRADES) ? spec : TableSpec.of(StorableTables.TRADES,
                DynamicMessage.getDefaultInstance(trades))
                .nanos("event_time").index("instrument_id", "event_time")
                .partitioned(new TimePartitioning("event_time", TimePartitioning.DAY, "instrument_id", "event_time DESC", "7 days")));
        }
        return ProtoSchemaMapper.map(specs);
    }

    private static DescriptorProto.Builder tradePrint(final FileDescriptorProto.Builder file) {
        return file.getMessageTypeBuilderList().stream().filter(message -> message.getName().equals("TradePrint")).findFirst()
            .orElseThrow();
    }

    private static void addVenueAndAnAuctionCondition(final FileDescriptorProto.Builder file) {
        tradePrint(file).addField(FieldDescriptorProto.newBuilder().setName("venue").setNumber(14)
            .setType(FieldDescriptorProto.Type.TYPE_STRING).setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).setJsonName("venue"));
        file.getEnumTypeBuilderList().stream().filter(type -> type.getName().equals("TradeCondition")).findFirst().orElseThrow()
            .addValue(EnumValueDescriptorProto.newBuilder().setName("TRADE_CONDITION_AUCTION_TRADE").setNumber(14));
    }

    private static void removeConditionCodes(final FileDescriptorProto.Builder file) {
        final DescriptorProto.Builder trade = tradePrint(file);
        for (int i = 0; i < trade.getFieldCount(); i++) {
            if (trade.getField(i).getName().equals("condition_codes")) {
                trade.removeField(i);
                return;
            }
        }
    }

    private static Path base(final Path directory) throws IOException {
        SchemaGenerator.plan(directory, FDP, 0).apply(directory);
        return directory;
    }

    @Test
    void addedFieldsBecomeAddColumnAndAddedEnumValuesReplaceTheirCheck() throws Exception {
        final SchemaDiff diff = SchemaDiff.between(FDP, withTradePrint(SchemaEvolutionTest::addVenueAndAnAuctionCondition));
        assertThat(diff.problems()).isEmpty();
        assertThat(diff.description()).isEqualTo("add_enum_values_and_columns");
        assertThat(diff.statements()).hasSize(2);
        assertThat(diff.statements().get(0)).startsWith("ALTER TABLE trades DROP CONSTRAINT trades_conditions_check,\n"
            + "    ADD CONSTRAINT trades_conditions_check CHECK (conditions <@ ARRAY['TRADE_CONDITION_UNSPECIFIED',")
            .endsWith("'TRADE_CONDITION_CANCEL', 'TRADE_CONDITION_AUCTION_TRADE']::text[])");
        assertThat(diff.statements().get(1)).isEqualTo("ALTER TABLE trades ADD COLUMN venue TEXT NOT NULL DEFAULT ''");
    }

    @Test
    void theFirstRunWritesTheBaseMigrationsAndTheSecondNothing(@TempDir final Path directory) throws IOException {
        final MigrationPlan first = SchemaGenerator.plan(directory, FDP, 0);
        assertThat(first.problems()).isEmpty();
        assertThat(first.writes().keySet()).containsExactly("migration/V1__schema.sql", "migration/V2__hypertables_timescale.sql",
            "migration/V2__partitions_postgres.sql", "migration/index.txt", "model/V2.model");
        first.apply(directory);
        assertThat(SchemaGenerator.plan(directory, FDP, 0).upToDate()).isTrue();
    }

    @Test
    void aSchemaWithAddedFieldsGetsTheNextVersionAppended(@TempDir final Path directory) throws Exception {
        base(directory);
        final SchemaModel evolved = withTradePrint(SchemaEvolutionTest::addVenueAndAnAuctionCondition);
        final MigrationPlan plan = SchemaGenerator.plan(directory, evolved, 0);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.writes().keySet()).containsExactly("migration/V3__add_enum_values_and_columns.sql", "migration/index.txt",
            "model/V3.model");
        assertThat(plan.writes().get("migration/V3__add_enum_values_and_columns.sql"))
            .contains("ALTER TABLE trades ADD COLUMN venue TEXT NOT NULL DEFAULT '';\n");
        assertThat(plan.writes().get("migration/index.txt")).endsWith("V2__partitions_postgres.sql\nV3__add_enum_values_and_columns.sql\n");
        plan.apply(directory);

        assertThat(SchemaGenerator.plan(directory, evolved, 0).upToDate()).isTrue();
        assertThat(SchemaGenerator.plan(directory, FDP, 0).problems()).singleElement().asString()
            .contains("column trades.venue (field venue) is no longer generated");
    }

    @Test
    void anEditedGeneratedMigrationShowsUpAsAFileToRewrite(@TempDir final Path directory) throws IOException {
        final Path schema = base(directory).resolve("migration/V1__schema.sql");
        Files.writeString(schema, Files.readString(schema).replace("symbol TEXT", "symbol VARCHAR(20)"));
        final MigrationPlan plan = SchemaGenerator.plan(directory, FDP, 0);
        assertThat(plan.writes().keySet()).containsExactly("migration/V1__schema.sql");
        assertThat(plan.describe()).contains("do not match the Protobuf schemas").contains(PostgresDdl.REGENERATE_COMMAND);
    }

    @Test
    void aRemovedFieldNeedsAHandWrittenMigrationWhoseOutcomeIsThenRecorded(@TempDir final Path directory) throws Exception {
        base(directory);
        final SchemaModel reduced = withTradePrint(SchemaEvolutionTest::removeConditionCodes);
        final MigrationPlan refused = SchemaGenerator.plan(directory, reduced, 0);
        assertThat(refused.writes().keySet()).containsExactly();
        assertThat(refused.problems()).singleElement().asString()
            .contains("column trades.condition_codes (field condition_codes) is no longer generated")
            .contains("Write migration/V3__<description>.sql by hand")
            .contains("-D" + SchemaGenerator.HAND_WRITTEN_PROP_NAME + "=3");

        Files.writeString(directory.resolve("migration/V3__drop_condition_codes.sql"), "ALTER TABLE trades DROP COLUMN condition_codes;\n");
        final MigrationPlan recorded = SchemaGenerator.plan(directory, reduced, 3);
        assertThat(recorded.problems()).isEmpty();
        assertThat(recorded.writes().keySet()).containsExactly("migration/index.txt", "model/V3.model");
        assertThat(recorded.writes().get("model/V3.model")).contains("origin\thand-written")
            .contains("scripts\tV3__drop_condition_codes.sql");
        recorded.apply(directory);
        assertThat(SchemaGenerator.plan(directory, reduced, 0).upToDate()).isTrue();
    }

    @Test
    void aRetypedFieldNeedsAHandWrittenMigration() throws Exception {
        final SchemaDiff diff = SchemaDiff.between(FDP, withTradePrint(file -> {
            final DescriptorProto.Builder trade = tradePrint(file);
            trade.getFieldBuilderList().stream().filter(field -> field.getName().equals("trade_id")).findFirst().orElseThrow()
                .setType(FieldDescriptorProto.Type.TYPE_INT64);
        }));
        assertThat(diff.statements()).isEmpty();
        assertThat(diff.problems()).singleElement().asString().contains("column trades.trade_id changed from");
    }

    @Test
    void aSnapshotReadsBackAsTheSameSchema() {
        final ModelSnapshot snapshot = new ModelSnapshot(2, List.of("V1__schema.sql"), ModelSnapshot.GENERATED, FDP);
        final ModelSnapshot read = ModelSnapshot.parse(snapshot.format(), "test");
        assertThat(read.model()).isEqualTo(FDP);
        assertThat(read).isEqualTo(snapshot);
    }
}
