package io.fdp.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.protobuf.Descriptors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FdpSchemasTest {

    /** Every type the platform model names; removing or renaming one breaks consumers. */
    private static final List<String> MODEL_TYPES = List.of(
        "fdp.common.v1.Decimal",
        "fdp.common.v1.LocalDate",
        "fdp.common.v1.Source",
        "fdp.common.v1.Metadata",
        "fdp.common.v1.DataQualityFlag",
        "fdp.common.v1.AssetClass",
        "fdp.common.v1.PageRequest",
        "fdp.common.v1.PageInfo",
        "fdp.common.v1.Error",
        "fdp.common.v1.ErrorCode",
        "fdp.common.v1.TimeRange",
        "fdp.market.v1.Side",
        "fdp.market.v1.MarketStatus",
        "fdp.market.v1.Quote",
        "fdp.market.v1.BookLevel",
        "fdp.market.v1.BookSnapshot",
        "fdp.market.v1.BookUpdate",
        "fdp.market.v1.BookAction",
        "fdp.market.v1.OrderEvent",
        "fdp.market.v1.OrderAction",
        "fdp.market.v1.TradePrint",
        "fdp.market.v1.TradeCondition",
        "fdp.market.v1.Candle",
        "fdp.market.v1.CandleInterval",
        "fdp.market.v1.CandleState",
        "fdp.market.v1.DataQualityEvent",
        "fdp.market.v1.DataQualityEventKind",
        "fdp.instrument.v1.SecurityType",
        "fdp.instrument.v1.SecurityStatus",
        "fdp.instrument.v1.SecurityInfo",
        "fdp.instrument.v1.OptionRight",
        "fdp.instrument.v1.CorporateAction",
        "fdp.instrument.v1.CorporateActionType",
        "fdp.instrument.v1.CorporateActionStatus",
        "fdp.instrument.v1.SettlementInstruction",
        "fdp.instrument.v1.DeliveryType",
        "fdp.instrument.v1.SettlementStatus",
        "fdp.reference.v1.RateType",
        "fdp.reference.v1.RateUnit",
        "fdp.reference.v1.RateValue",
        "fdp.reference.v1.IndexValue",
        "fdp.reference.v1.IndexConstituent",
        "fdp.reference.v1.EconomicIndicator",
        "fdp.reference.v1.Frequency",
        "fdp.reference.v1.SeasonalAdjustment",
        "fdp.reference.v1.Observation",
        "fdp.reference.v1.ObservationHistory",
        "fdp.analytics.v1.RiskMetricType",
        "fdp.analytics.v1.RiskMethod",
        "fdp.analytics.v1.RiskMetric",
        "fdp.analytics.v1.NewsSentiment",
        "fdp.api.v1.ListInstrumentsRequest",
        "fdp.api.v1.ListInstrumentsResponse",
        "fdp.api.v1.GetInstrumentRequest",
        "fdp.api.v1.GetInstrumentResponse",
        "fdp.api.v1.PutInstrumentsRequest",
        "fdp.api.v1.PutInstrumentsResponse",
        "fdp.api.v1.GetQuoteRequest",
        "fdp.api.v1.GetQuoteResponse",
        "fdp.api.v1.GetBookRequest",
        "fdp.api.v1.GetBookResponse",
        "fdp.api.v1.ListTradesRequest",
        "fdp.api.v1.ListTradesResponse",
        "fdp.api.v1.ListCandlesRequest",
        "fdp.api.v1.ListCandlesResponse",
        "fdp.api.v1.ListRatesRequest",
        "fdp.api.v1.ListRatesResponse",
        "fdp.api.v1.PutRatesRequest",
        "fdp.api.v1.PutRatesResponse",
        "fdp.api.v1.ListIndexValuesRequest",
        "fdp.api.v1.ListIndexValuesResponse",
        "fdp.api.v1.PutIndicatorsRequest",
        "fdp.api.v1.PutIndicatorsResponse",
        "fdp.api.v1.ListObservationsRequest",
        "fdp.api.v1.ListObservationsResponse",
        "fdp.api.v1.PutObservationsRequest",
        "fdp.api.v1.PutObservationsResponse",
        "fdp.api.v1.ListCorporateActionsRequest",
        "fdp.api.v1.ListCorporateActionsResponse",
        "fdp.api.v1.PutCorporateActionsRequest",
        "fdp.api.v1.PutCorporateActionsResponse",
        "fdp.api.v1.ListSettlementInstructionsRequest",
        "fdp.api.v1.ListSettlementInstructionsResponse",
        "fdp.api.v1.ListRiskMetricsRequest",
        "fdp.api.v1.ListRiskMetricsResponse",
        "fdp.api.v1.ListNewsSentimentRequest",
        "fdp.api.v1.ListNewsSentimentResponse",
        "fdp.api.v1.StreamRequest",
        "fdp.api.v1.StreamMessage",
        "fdp.api.v1.StreamAction",
        "fdp.api.v1.StreamChannel");

    @Test
    void listsEveryProtoFileUnderTheSourceDirectory() throws IOException {
        final Path sources = Path.of(System.getProperty("fdp.proto.sources"));
        final Set<String> onDisk;
        try (Stream<Path> paths = Files.walk(sources)) {
            onDisk = paths
                .filter(path -> path.toString().endsWith(".proto"))
                .map(path -> sources.relativize(path).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
        }
        final Set<String> listed = FdpSchemas.files().stream()
            .map(Descriptors.FileDescriptor::getName)
            .collect(Collectors.toCollection(TreeSet::new));

        assertFalse(onDisk.isEmpty(), "no .proto file found under " + sources);
        assertEquals(onDisk, listed, "FdpSchemas.files() must list exactly the .proto files under " + sources);
        assertEquals(listed.size(), FdpSchemas.files().size(), "a file is listed twice");
    }

    @Test
    void definesEveryTypeOfThePlatformModel() {
        final Set<String> defined = new HashSet<>();
        for (final Descriptors.FileDescriptor file : FdpSchemas.files()) {
            file.getEnumTypes().forEach(type -> defined.add(type.getFullName()));
            addMessagesAndNestedEnums(file.getMessageTypes(), defined);
        }
        final List<String> missing = new ArrayList<>(MODEL_TYPES);
        missing.removeAll(defined);

        assertEquals(List.of(), missing, "types missing from the schemas");
    }

    @Test
    void messageTypesAreClosedUnderFieldReferencesAndExcludeMapEntries() {
        final Set<Descriptors.Descriptor> types = new HashSet<>(FdpSchemas.messageTypes());
        final List<String> problems = new ArrayList<>();
        for (final Descriptors.Descriptor type : FdpSchemas.messageTypes()) {
            if (type.getOptions().getMapEntry()) {
                problems.add("map entry listed: " + type.getFullName());
            }
            for (final Descriptors.FieldDescriptor field : type.getFields()) {
                final boolean fdpMessage = field.getJavaType() == Descriptors.FieldDescriptor.JavaType.MESSAGE
                    && !field.isMapField()
                    && field.getMessageType().getFullName().startsWith("fdp.");
                if (fdpMessage && !types.contains(field.getMessageType())) {
                    problems.add("not listed: " + field.getMessageType().getFullName() + " used by " + field.getFullName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void typeRegistryResolvesEveryMessageType() {
        for (final Descriptors.Descriptor type : FdpSchemas.messageTypes()) {
            assertNotNull(FdpSchemas.typeRegistry().find(type.getFullName()), type.getFullName());
        }
    }

    private static void addMessagesAndNestedEnums(final List<Descriptors.Descriptor> messages, final Set<String> defined) {
        for (final Descriptors.Descriptor message : messages) {
            defined.add(message.getFullName());
            message.getEnumTypes().forEach(type -> defined.add(type.getFullName()));
            addMessagesAndNestedEnums(message.getNestedTypes(), defined);
        }
    }
}
