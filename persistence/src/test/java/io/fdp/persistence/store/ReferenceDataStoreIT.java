package io.fdp.persistence.store;

import static io.fdp.persistence.testing.Protos.date;
import static io.fdp.persistence.testing.Protos.decimal;
import static io.fdp.persistence.testing.Protos.metadata;
import static io.fdp.persistence.testing.Protos.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.feed.reference.BinanceExchangeInfoImporter;
import io.fdp.feed.reference.EcbFxImporter;
import io.fdp.feed.reference.FredSeriesImporter;
import io.fdp.feed.reference.ImportResult;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.query.AnalyticsQueries;
import io.fdp.persistence.query.InstrumentQueries;
import io.fdp.persistence.query.ReferenceDataQueries;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.persistence.testing.Rows;
import io.fdp.persistence.testing.SharedData;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMethod;
import io.fdp.proto.analytics.v1.RiskMetric;
import io.fdp.proto.analytics.v1.RiskMetricType;
import io.fdp.proto.api.v1.ListCorporateActionsRequest;
import io.fdp.proto.api.v1.ListIndexValuesRequest;
import io.fdp.proto.api.v1.ListInstrumentsRequest;
import io.fdp.proto.api.v1.ListNewsSentimentRequest;
import io.fdp.proto.api.v1.ListRatesRequest;
import io.fdp.proto.api.v1.ListRiskMetricsRequest;
import io.fdp.proto.api.v1.ListSettlementInstructionsRequest;
import io.fdp.proto.common.v1.AssetClass;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.CorporateActionStatus;
import io.fdp.proto.instrument.v1.CorporateActionType;
import io.fdp.proto.instrument.v1.DeliveryType;
import io.fdp.proto.instrument.v1.OptionRight;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SecurityStatus;
import io.fdp.proto.instrument.v1.SecurityType;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import io.fdp.proto.instrument.v1.SettlementStatus;
import io.fdp.proto.reference.v1.IndexConstituent;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.RateValue;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class ReferenceDataStoreIT {
    private static final Clock FIRST_IMPORT = Clock.fixed(Instant.parse("2026-11-01T08:00:00.123456Z"), ZoneOffset.UTC);
    private static final Clock SECOND_IMPORT = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);

    private static Database database;
    private static ReferenceDataStore store;

    @BeforeAll
    static void open() {
        database = TestPostgres.migratedDatabase("reference_store");
        store = new ReferenceDataStore(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void importingTheSameFredFileTwiceChangesNothing() throws IOException, SQLException {
        final List<RateValue> sofr = new ArrayList<>();
        final ImportResult imported = new FredSeriesImporter(FIRST_IMPORT).importRates(SharedData.SOFR, sofr::add);
        assertThat(store.putRates(sofr)).isEqualTo(imported.recordsProduced());

        final List<RateValue> again = new ArrayList<>();
        new FredSeriesImporter(SECOND_IMPORT).importRates(SharedData.SOFR, again::add);
        assertThat(store.putRates(again)).isZero();
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM rates WHERE rate_id = 'FRED.SOFR'"))
            .isEqualTo(imported.recordsProduced());

        final RateValue newest = sofr.stream().max(Comparator.comparing(rate -> ProtoValues.localDate(rate.getObservationDate())))
            .orElseThrow();
        assertThat(new ReferenceDataQueries(database.dataSource()).latestRate("FRED.SOFR")).contains(newest);
    }

    @Test
    void importingTheEcbHistoryTwiceChangesNothing() throws IOException, SQLException {
        final long first;
        try (BatchingWriter<RateValue> writer = new BatchingWriter<>(25_000, store::putRates)) {
            final ImportResult imported = new EcbFxImporter(FIRST_IMPORT).importFile(SharedData.ECB_FX, writer);
            writer.flush();
            first = writer.written();
            assertThat(first).isEqualTo(imported.recordsProduced()).isEqualTo(217_555);
        }
        try (BatchingWriter<RateValue> writer = new BatchingWriter<>(25_000, store::putRates)) {
            new EcbFxImporter(SECOND_IMPORT).importFile(SharedData.ECB_FX, writer);
            writer.flush();
            assertThat(writer.written()).isZero();
        }
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM rates WHERE rate_id LIKE 'ECB.%'")).isEqualTo(first);

        final var usd = new ReferenceDataQueries(database.dataSource()).listRates(ListRatesRequest.newBuilder()
            .addRateIds("ECB.EUR.USD").setStartDate(date("2026-04-10")).setEndDate(date("2026-04-13")).build());
        assertThat(usd.getRatesList()).extracting(RateValue::getValue).containsExactly(decimal(11711, -4), decimal(11684, -4));
    }

    @Test
    void importingTheBinanceInstrumentsTwiceChangesNothing() throws IOException, SQLException {
        final List<SecurityInfo> instruments = new ArrayList<>();
        new BinanceExchangeInfoImporter(FIRST_IMPORT).importFile(SharedData.BINANCE_EXCHANGE_INFO, instruments::add);
        assertThat(instruments).hasSizeGreaterThan(100);
        assertThat(store.putInstruments(instruments)).isEqualTo(instruments.size());

        final List<SecurityInfo> again = new ArrayList<>();
        new BinanceExchangeInfoImporter(SECOND_IMPORT).importFile(SharedData.BINANCE_EXCHANGE_INFO, again::add);
        assertThat(store.putInstruments(again)).isZero();

        final SecurityInfo btc = instruments.stream().filter(i -> i.getInstrumentId().equals("BINANCE.BTCUSDT")).findFirst().orElseThrow();
        final InstrumentQueries queries = new InstrumentQueries(database.dataSource());
        assertThat(queries.instrument("BINANCE.BTCUSDT")).contains(btc);
        assertThat(queries.listInstruments(ListInstrumentsRequest.newBuilder().setSymbolPrefix("btcus").setExchangeMic("BINANCE").build())
            .getInstrumentsList()).extracting(SecurityInfo::getInstrumentId).contains("BINANCE.BTCUSDT");
    }

    @Test
    void aChangedRecordReplacesTheStoredOneButAnOlderOneDoesNot() throws SQLException {
        final RateValue original = RateValue.newBuilder().setRateId("TEST.RATE").setObservationDate(date("2024-05-01"))
            .setValue(decimal(531, -2)).setEventTime(time("2024-05-02T12:00:00Z")).build();
        assertThat(store.putRates(List.of(original))).isEqualTo(1);
        final RateValue revised = original.toBuilder().setValue(decimal(532, -2)).setEventTime(time("2024-05-03T12:00:00Z")).build();
        assertThat(store.putRates(List.of(revised))).isEqualTo(1);
        final RateValue stale = original.toBuilder().setValue(decimal(999, -2)).build();
        assertThat(store.putRates(List.of(stale))).isZero();
        assertThat(Rows.strings(database.dataSource(), "SELECT value::text FROM rates WHERE rate_id = 'TEST.RATE'"))
            .containsExactly("5.32");
    }

    @Test
    void theBatchedInsertPathIsIdempotentToo() throws IOException, SQLException {
        final List<RateValue> dgs10 = new ArrayList<>();
        new FredSeriesImporter(FIRST_IMPORT).importRates(SharedData.DGS10, dgs10::add);
        final ReferenceDataStore batched = new ReferenceDataStore(database.dataSource(), WriteStrategy.BATCHED_INSERT);
        batched.putRates(dgs10);
        batched.putRates(dgs10);
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM rates WHERE rate_id = 'FRED.DGS10'")).isEqualTo(dgs10.size());
        assertThat(store.putRates(dgs10)).isZero();
    }

    @Test
    void everyRecordTypeReadsBackEqual() {
        final SecurityInfo option = SecurityInfo.newBuilder().setInstrumentId("XCBO.AAPL240621C00200000").setSymbol("AAPL  240621C00200000")
            .setName("AAPL Jun 2024 200 Call").setSecurityType(SecurityType.SECURITY_TYPE_OPTION)
            .setAssetClass(AssetClass.ASSET_CLASS_DERIVATIVE)
            .setExchangeMic("XCBO").setCurrency("USD").setPriceExponent(-2).setTickSize(decimal(1, -2)).setLotSize(decimal(1, 0))
            .setStatus(SecurityStatus.SECURITY_STATUS_ACTIVE).setEventTime(time("2024-01-02T14:30:00.000001Z"))
            .setIngestionTime(time("2024-01-02T14:30:01Z")).setMetadata(metadata("OCC")).setIsin("US0378331005")
            .setUnderlyingInstrumentId("XNAS.AAPL").setStrikePrice(decimal(20000, -2)).setOptionRight(OptionRight.OPTION_RIGHT_CALL)
            .setContractMultiplier(decimal(100, 0)).setListingDate(date("2023-06-16")).setExpiryDate(date("2024-06-21")).build();
        store.putInstruments(List.of(option));
        assertThat(new InstrumentQueries(database.dataSource()).instrument(option.getInstrumentId())).contains(option);

        final CorporateAction split = CorporateAction.newBuilder().setActionId("XNAS.AAPL.2020-08-31.SPLIT").setInstrumentId("XNAS.AAPL")
            .setActionType(CorporateActionType.CORPORATE_ACTION_TYPE_SPLIT)
            .setStatus(CorporateActionStatus.CORPORATE_ACTION_STATUS_CONFIRMED)
            .setExDate(date("2020-08-31")).setEffectiveDate(date("2020-08-31")).setRatioNumerator(decimal(4, 0))
            .setRatioDenominator(decimal(1, 0)).setEventTime(time("2020-07-30T20:30:00Z")).setMetadata(metadata("issuer"))
            .setDescription("Four-for-one stock split").build();
        final CorporateAction dividend = CorporateAction.newBuilder().setActionId("XNAS.AAPL.2024-05-10.DIV").setInstrumentId("XNAS.AAPL")
            .setActionType(CorporateActionType.CORPORATE_ACTION_TYPE_CASH_DIVIDEND).setExDate(date("2024-05-10"))
            .setPayDate(date("2024-05-16"))
            .setCashAmount(decimal(25, -2)).setCashCurrency("USD").build();
        store.putCorporateActions(List.of(dividend, split));
        assertThat(new InstrumentQueries(database.dataSource()).listCorporateActions(ListCorporateActionsRequest.newBuilder()
            .setInstrumentId("XNAS.AAPL").setStartDate(date("2020-01-01")).setEndDate(date("2024-12-31")).build())
            .getCorporateActionsList())
            .containsExactly(split, dividend);

        final SettlementInstruction instruction = SettlementInstruction.newBuilder().setInstructionId("SI-1").setTradeReference("T-9")
            .setInstrumentId("XNAS.AAPL").setSettlementDate(date("2024-05-03")).setTradeDate(date("2024-05-02"))
            .setDeliveryType(DeliveryType.DELIVERY_TYPE_DVP).setQuantity(decimal(100, 0)).setSettlementAmount(decimal(1_735_000, -2))
            .setSettlementCurrency("USD").setAccount("ACC-1").setCounterpartyAccount("ACC-2").setPlaceOfSettlement("DTCYUS33")
            .setStatus(SettlementStatus.SETTLEMENT_STATUS_FAILED).setFailureReason("insufficient securities").build();
        store.putSettlementInstructions(List.of(instruction));
        assertThat(new InstrumentQueries(database.dataSource()).listSettlementInstructions(ListSettlementInstructionsRequest.newBuilder()
            .setStatus(SettlementStatus.SETTLEMENT_STATUS_FAILED).build()).getSettlementInstructionsList()).containsExactly(instruction);

        final RiskMetric var = RiskMetric.newBuilder().setMetricId("VAR-1").setInstrumentId("XNAS.AAPL")
            .setMetricType(RiskMetricType.RISK_METRIC_TYPE_VALUE_AT_RISK).setValue(decimal(-1_234_567, -2)).setCurrency("USD")
            .setHorizonDays(10).setConfidence(decimal(99, -2)).setMethod(RiskMethod.RISK_METHOD_HISTORICAL)
            .setAsOf(time("2024-05-01T21:00:00Z")).setEventTime(time("2024-05-01T21:05:00Z")).build();
        final RiskMetric portfolio = var.toBuilder().setMetricId("VAR-2").setPortfolioId("BOOK-7").build();
        store.putRiskMetrics(List.of(var, portfolio));
        final AnalyticsQueries analytics = new AnalyticsQueries(database.dataSource());
        assertThat(analytics.listRiskMetrics(ListRiskMetricsRequest.newBuilder().setPortfolioId("BOOK-7").build()).getMetricsList())
            .containsExactly(portfolio);

        final NewsSentiment news = NewsSentiment.newBuilder().setNewsId("N-1").setHeadline("Apple and Microsoft report")
            .setPublisher("Wire")
            .addInstrumentIds("XNAS.AAPL").addInstrumentIds("XNAS.MSFT").setScore(decimal(-25, -2)).setMagnitude(decimal(8, -1))
            .setLanguage("en").setPublishedTime(time("2024-05-02T20:01:02.345678Z")).setMetadata(metadata("news")).build();
        store.putNewsSentiment(List.of(news));
        assertThat(analytics.listNewsSentiment(ListNewsSentimentRequest.newBuilder().setInstrumentId("XNAS.MSFT").build()).getItemsList())
            .containsExactly(news);

        final IndexConstituent apple = IndexConstituent.newBuilder().setIndexId("TEST.IDX").setInstrumentId("XNAS.AAPL")
            .setWeight(decimal(712, -4)).setEffectiveDate(date("2024-01-02")).build();
        final IndexConstituent microsoft = apple.toBuilder().setInstrumentId("XNAS.MSFT").setWeight(decimal(701, -4))
            .setShares(decimal(7_430_000, 0)).build();
        final IndexValue level = IndexValue.newBuilder().setIndexId("TEST.IDX").setLevel(decimal(512_345, -2)).setCurrency("USD")
            .setEventTime(time("2024-05-01T20:00:00Z")).addConstituents(microsoft).addConstituents(apple).build();
        store.putIndexValues(List.of(level));
        assertThat(new ReferenceDataQueries(database.dataSource()).listIndexValues(ListIndexValuesRequest.newBuilder()
            .setIndexId("TEST.IDX").setIncludeConstituents(true).build()).getValuesList())
            .containsExactly(level.toBuilder().clearConstituents().addConstituents(apple).addConstituents(microsoft).build());
    }
}
