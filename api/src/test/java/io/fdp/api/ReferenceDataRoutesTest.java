package io.fdp.api;

import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMetric;
import io.fdp.proto.analytics.v1.RiskMetricType;
import io.fdp.proto.api.v1.GetInstrumentResponse;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.api.v1.ListCorporateActionsResponse;
import io.fdp.proto.api.v1.ListIndexValuesResponse;
import io.fdp.proto.api.v1.ListIndicatorsResponse;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.api.v1.ListNewsSentimentResponse;
import io.fdp.proto.api.v1.ListObservationsResponse;
import io.fdp.proto.api.v1.ListRatesResponse;
import io.fdp.proto.api.v1.ListRiskMetricsResponse;
import io.fdp.proto.api.v1.ListSettlementInstructionsResponse;
import io.fdp.proto.api.v1.ListTradesResponse;
import io.fdp.proto.api.v1.PutInstrumentsRequest;
import io.fdp.proto.api.v1.PutInstrumentsResponse;
import io.fdp.proto.api.v1.PutRatesResponse;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.fdp.proto.common.v1.LocalDate;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.CorporateActionType;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SecurityType;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import io.fdp.proto.instrument.v1.SettlementStatus;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleInterval;
import io.fdp.proto.market.v1.TradePrint;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.IndexConstituent;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.RateType;
import io.fdp.proto.reference.v1.RateValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;

import static io.fdp.api.MapReferenceData.ts;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ReferenceDataRoutesTest {
    private static final long MINUTE = 60 * TestMarket.SECOND;
    private static final long T0 = TestMarket.T0;
    private static final long M0 = T0 / MINUTE * MINUTE;

    private static final MapReferenceData STORE = new MapReferenceData();
    private static TestMarket market;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        fill();
        market = new TestMarket();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(false).maxBodyBytes(4096), market.engine, STORE);
        server.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        market.close();
    }

    private static Decimal dec(final long mantissa, final int exponent) {
        return Decimal.newBuilder().setMantissa(mantissa).setExponent(exponent).build();
    }

    private static LocalDate date(final int year, final int month, final int day) {
        return LocalDate.newBuilder().setYear(year).setMonth(month).setDay(day).build();
    }

    private static void fill() {
        STORE.instruments.put("XNAS.AAPL", SecurityInfo.newBuilder().setInstrumentId("XNAS.AAPL").setSymbol("AAPL")
            .setName("Apple Inc.").setSecurityType(SecurityType.SECURITY_TYPE_EQUITY).setExchangeMic("XNAS").build());
        STORE.instruments.put("XNYS.IBM", SecurityInfo.newBuilder().setInstrumentId("XNYS.IBM").setSymbol("IBM")
            .setName("IBM").setSecurityType(SecurityType.SECURITY_TYPE_EQUITY).setExchangeMic("XNYS").build());
        for (int i = 0; i < 5; i++) {
            STORE.trades.add(TradePrint.newBuilder().setTradeId("t" + i).setInstrumentId("AAPL").setPrice(dec(1_000_000 + i, -4))
                .setSize(dec(10, 0)).setEventTime(ts(T0 + i * MINUTE)).build());
        }
        for (final int minute : new int[] {0, 1, 4}) {
            STORE.candles.add(Candle.newBuilder().setInstrumentId("AAPL").setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE)
                .setBucketStart(ts(M0 + minute * MINUTE)).setBucketEnd(ts(M0 + (minute + 1) * MINUTE))
                .setOpen(dec(100 + minute, 0)).setClose(dec(101 + minute, 0)).setVolume(dec(5, 0)).setTradeCount(3).build());
        }
        STORE.rates.add(rate("FRED.SOFR", date(2024, 1, 2), 531));
        STORE.rates.add(rate("FRED.SOFR", date(2024, 1, 3), 532));
        STORE.rates.add(rate("ECB.ESTR", date(2024, 1, 2), 390));
        STORE.indexValues.add(IndexValue.newBuilder().setIndexId("SPX").setLevel(dec(475_000, -2)).setEventTime(ts(T0))
            .addConstituents(IndexConstituent.newBuilder().setIndexId("SPX").setInstrumentId("XNAS.AAPL").setWeight(dec(7, -2)))
            .build());
        STORE.indicators.put("FRED.PAYEMS", EconomicIndicator.newBuilder().setIndicatorId("FRED.PAYEMS")
            .setName("All Employees, Total Nonfarm").setRegion("US").build());
        STORE.observations.add(observation(date(2024, 1, 1), date(2024, 2, 2), 157_347));
        STORE.observations.add(observation(date(2024, 1, 1), date(2024, 3, 8), 157_304));
        STORE.corporateActions.add(CorporateAction.newBuilder().setActionId("ca-1").setInstrumentId("XNAS.AAPL")
            .setActionType(CorporateActionType.CORPORATE_ACTION_TYPE_CASH_DIVIDEND).setExDate(date(2024, 2, 9)).build());
        STORE.settlements.add(SettlementInstruction.newBuilder().setInstructionId("si-1").setInstrumentId("XNAS.AAPL")
            .setStatus(SettlementStatus.SETTLEMENT_STATUS_PENDING).setAccount("ACC-1").build());
        STORE.riskMetrics.add(RiskMetric.newBuilder().setMetricId("r-1").setPortfolioId("P1")
            .setMetricType(RiskMetricType.RISK_METRIC_TYPE_VALUE_AT_RISK).setAsOf(ts(T0)).build());
        STORE.news.add(NewsSentiment.newBuilder().setNewsId("n-1").addInstrumentIds("XNAS.AAPL").setLanguage("en")
            .setPublishedTime(ts(T0)).setScore(dec(8, -1)).build());
    }

    private static RateValue rate(final String id, final LocalDate date, final long bp) {
        return RateValue.newBuilder().setRateId(id).setRateType(RateType.RATE_TYPE_OVERNIGHT).setObservationDate(date)
            .setValue(dec(bp, -2)).build();
    }

    private static Observation observation(final LocalDate period, final LocalDate vintage, final long value) {
        return Observation.newBuilder().setIndicatorId("FRED.PAYEMS").setPeriod(period).setRealtimeStart(vintage)
            .setValue(dec(value, 0)).build();
    }

    private static Error badRequest(final String path) {
        final HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return Json.error(response.body());
    }

    @Test
    void tradesInARangeGivenAsIsoOrEpochNanoseconds() {
        final ListTradesResponse iso = Json.parse(http.get("/v1/trades/AAPL?start=2023-11-14T22:13:20Z&end="
            + (T0 + 3 * MINUTE)).body(), ListTradesResponse.getDefaultInstance());
        assertThat(iso.getTradesList()).extracting(TradePrint::getTradeId).containsExactly("t0", "t1", "t2");
        final ListTradesResponse limited = Json.parse(http.get("/v1/trades/AAPL?limit=2&page_size=1").body(),
            ListTradesResponse.getDefaultInstance());
        assertThat(limited.getTradesList()).extracting(TradePrint::getTradeId).containsExactly("t3");
        assertThat(limited.getPage().getNextPageToken()).isNotEmpty();
    }

    @Test
    void malformedTimeSaysWhichParameterAndWhichFormsAreAccepted() {
        final Error error = badRequest("/v1/trades/AAPL?start=2024-13-45T00:00:00Z");
        assertThat(error.getField()).isEqualTo("start");
        assertThat(error.getMessage()).contains("'start'").contains("ISO-8601").contains("epoch nanoseconds");
        assertThat(badRequest("/v1/trades/AAPL?end=yesterday").getField()).isEqualTo("end");
    }

    @Test
    void reversedAndOversizedRangesAreBadRequests() {
        final Error reversed = badRequest("/v1/trades/AAPL?start=2024-02-01&end=2024-01-01");
        assertThat(reversed.getMessage()).contains("reversed");
        final Error oversized = badRequest("/v1/trades/AAPL?start=2020-01-01&end=2024-01-01");
        assertThat(oversized.getMessage()).contains("limit");
        assertThat(oversized.getDetailsMap()).containsKey("max_range");
        assertThat(badRequest("/v1/rates?start_date=2024-02-01&end_date=2024-01-01").getField()).isEqualTo("start_date");
    }

    @Test
    void candlesWithGapsFilledRepeatThePreviousClose() {
        final ListCandlesResponse response = Json.parse(http.get("/v1/candles/AAPL?interval=1_minute&fill_gaps=true&start="
            + M0 + "&end=" + (M0 + 5 * MINUTE)).body(), ListCandlesResponse.getDefaultInstance());
        assertThat(response.getCandlesList()).hasSize(5);
        assertThat(response.getCandles(2).getTradeCount()).isZero();
        assertThat(response.getCandles(2).getClose()).isEqualTo(response.getCandles(1).getClose());
        assertThat(response.getCandles(4).getOpen().getMantissa()).isEqualTo(104);
        final ListCandlesResponse sparse = Json.parse(http.get("/v1/candles/AAPL?interval=CANDLE_INTERVAL_1_MINUTE").body(),
            ListCandlesResponse.getDefaultInstance());
        assertThat(sparse.getCandlesList()).hasSize(3);
    }

    @Test
    void candleRequestsAreChecked() {
        assertThat(badRequest("/v1/candles/AAPL").getField()).isEqualTo("interval");
        assertThat(badRequest("/v1/candles/AAPL?interval=fortnight").getMessage()).contains("CANDLE_INTERVAL_1_DAY");
        assertThat(badRequest("/v1/candles/AAPL?interval=TICK").getField()).isEqualTo("bar_size");
        assertThat(badRequest("/v1/candles/AAPL?interval=1_MINUTE&fill_gaps=true").getField()).isEqualTo("fill_gaps");
        final Error tooMany = badRequest("/v1/candles/AAPL?interval=1_SECOND&fill_gaps=true&start=2024-01-01&end=2024-03-01");
        assertThat(tooMany.getDetailsMap()).containsKey("max_buckets");
        assertThat(http.get("/v1/candles/AAPL?interval=VOLUME&bar_size=1000.5").statusCode()).isEqualTo(200);
    }

    @Test
    void ratesFilterByRepeatedIdsAndDates() {
        final ListRatesResponse one = Json.parse(http.get("/v1/rates?rate_id=FRED.SOFR&start_date=2024-01-03").body(),
            ListRatesResponse.getDefaultInstance());
        assertThat(one.getRatesList()).extracting(RateValue::getValue).containsExactly(dec(532, -2));
        final ListRatesResponse both = Json.parse(http.get("/v1/rates?rate_ids=FRED.SOFR,ECB.ESTR&end_date=2024-01-02").body(),
            ListRatesResponse.getDefaultInstance());
        assertThat(both.getRatesCount()).isEqualTo(2);
        assertThat(Json.parse(http.get("/v1/rates?rateType=OVERNIGHT").body(), ListRatesResponse.getDefaultInstance())
            .getRatesCount()).isEqualTo(3);
    }

    @Test
    void observationsAsOfAVintageDate() {
        final ListObservationsResponse latest = Json.parse(http.get("/v1/indicators/FRED.PAYEMS/observations").body(),
            ListObservationsResponse.getDefaultInstance());
        assertThat(latest.getObservations(0).getValue().getMantissa()).isEqualTo(157_304);
        final ListObservationsResponse asOf = Json.parse(http.get("/v1/indicators/FRED.PAYEMS/observations?asOf=2024-02-15"
            + "&include_revisions=true").body(), ListObservationsResponse.getDefaultInstance());
        assertThat(asOf.getObservations(0).getValue().getMantissa()).isEqualTo(157_347);
        assertThat(asOf.getHistories(0).getRevisionsCount()).isEqualTo(2);
        assertThat(asOf.getIndicator().getName()).startsWith("All Employees");
        assertThat(badRequest("/v1/indicators/FRED.PAYEMS/observations?as_of_date=15.02.2024").getField())
            .isEqualTo("as_of_date");
    }

    @Test
    void unknownKeysInThePathAreNotFound() {
        final HttpResponse<String> indicator = http.get("/v1/indicators/NOPE/observations");
        assertThat(indicator.statusCode()).isEqualTo(404);
        assertThat(Json.error(indicator.body()).getField()).isEqualTo("indicator_id");
        assertThat(http.get("/v1/securities/XNAS.NOPE").statusCode()).isEqualTo(404);
        assertThat(http.get("/v1/indices/NOPE/values").statusCode()).isEqualTo(404);
    }

    @Test
    void securitiesMasterSearchAndLookup() {
        final ListInstrumentsResponse equities = Json.parse(http.get("/v1/securities?security_type=EQUITY&exchange_mic=XNAS")
            .body(), ListInstrumentsResponse.getDefaultInstance());
        assertThat(equities.getInstrumentsList()).extracting(SecurityInfo::getInstrumentId).containsExactly("XNAS.AAPL");
        final GetInstrumentResponse ibm = Json.parse(http.get("/v1/securities/XNYS.IBM").body(),
            GetInstrumentResponse.getDefaultInstance());
        assertThat(ibm.getInstrument().getName()).isEqualTo("IBM");
    }

    @Test
    void indexValuesWithAndWithoutConstituents() {
        final ListIndexValuesResponse bare = Json.parse(http.get("/v1/indices/SPX/values").body(),
            ListIndexValuesResponse.getDefaultInstance());
        assertThat(bare.getValues(0).getConstituentsCount()).isZero();
        final ListIndexValuesResponse full = Json.parse(http.get("/v1/indices/SPX/values?include_constituents=true").body(),
            ListIndexValuesResponse.getDefaultInstance());
        assertThat(full.getValues(0).getConstituents(0).getInstrumentId()).isEqualTo("XNAS.AAPL");
        assertThat(badRequest("/v1/indices/SPX/values?include_constituents=maybe").getField()).isEqualTo("include_constituents");
    }

    @Test
    void otherReferenceAndAnalyticsLists() {
        assertThat(Json.parse(http.get("/v1/indicators?region=US&query=nonfarm").body(),
            ListIndicatorsResponse.getDefaultInstance()).getIndicatorsCount()).isEqualTo(1);
        assertThat(Json.parse(http.get("/v1/corporate-actions?instrument_id=XNAS.AAPL&action_type=CASH_DIVIDEND"
            + "&start_date=2024-01-01&end_date=2024-12-31").body(), ListCorporateActionsResponse.getDefaultInstance())
            .getCorporateActionsCount()).isEqualTo(1);
        assertThat(Json.parse(http.get("/v1/settlement-instructions?status=PENDING&account=ACC-1").body(),
            ListSettlementInstructionsResponse.getDefaultInstance()).getSettlementInstructionsCount()).isEqualTo(1);
        assertThat(Json.parse(http.get("/v1/risk-metrics?portfolio_id=P1&metric_type=VALUE_AT_RISK").body(),
            ListRiskMetricsResponse.getDefaultInstance()).getMetricsCount()).isEqualTo(1);
        assertThat(Json.parse(http.get("/v1/news-sentiment?instrument_id=XNAS.AAPL&language=en").body(),
            ListNewsSentimentResponse.getDefaultInstance()).getItemsCount()).isEqualTo(1);
    }

    @Test
    void writesStoreAndReportRejectedItems() throws Exception {
        final HttpResponse<String> rates = http.put("/v1/rates", "{\"rates\":[{\"rateId\":\"FRED.EFFR\",\"value\":"
            + "{\"mantissa\":\"533\",\"exponent\":-2},\"observationDate\":{\"year\":2024,\"month\":1,\"day\":4}},"
            + "{\"rateId\":\"FRED.BAD\"}]}", "Content-Type", "application/json");
        assertThat(rates.statusCode()).isEqualTo(200);
        final PutRatesResponse stored = Json.parse(rates.body(), PutRatesResponse.getDefaultInstance());
        assertThat(stored.getAcceptedCount()).isEqualTo(1);
        assertThat(stored.getRejected(0).getField()).isEqualTo("rates[1].value");
        assertThat(Json.parse(http.get("/v1/rates?rate_id=FRED.EFFR").body(), ListRatesResponse.getDefaultInstance())
            .getRatesCount()).isEqualTo(1);
        final PutInstrumentsRequest instruments = PutInstrumentsRequest.newBuilder().addInstruments(SecurityInfo.newBuilder()
            .setInstrumentId("XLON.VOD").setSymbol("VOD")).build();
        final HttpResponse<String> binary = http.put("/v1/securities", instruments.toByteArray(),
            "Content-Type", "application/x-protobuf");
        assertThat(Json.parse(binary.body(), PutInstrumentsResponse.getDefaultInstance()).getAcceptedCount()).isEqualTo(1);
        assertThat(http.get("/v1/securities/XLON.VOD").statusCode()).isEqualTo(200);
        assertThat(http.put("/v1/indicators", Json.print(io.fdp.proto.api.v1.PutIndicatorsRequest.newBuilder()
            .addIndicators(EconomicIndicator.newBuilder().setIndicatorId("FRED.UNRATE")).build())).statusCode()).isEqualTo(200);
        assertThat(http.put("/v1/observations", "{\"observations\":[]}").statusCode()).isEqualTo(200);
        assertThat(http.put("/v1/corporate-actions", "{\"corporateActions\":[{\"actionId\":\"ca-2\"}]}").statusCode())
            .isEqualTo(200);
    }

    @Test
    void malformedBodyIsABadRequest() {
        final HttpResponse<String> response = http.put("/v1/rates", "{\"rates\":[{\"rateId\":5,\"colour\":\"red\"}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.error(response.body()).getMessage()).contains("fdp.api.v1.PutRatesRequest");
        assertThat(http.put("/v1/rates", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void bodyOverTheLimitIsTooLarge() {
        final String big = "{\"rates\":[" + "{\"rateId\":\"FRED.SOFR\"},".repeat(400) + "{}]}";
        final HttpResponse<String> response = http.put("/v1/rates", big, "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.error(response.body()).getDetailsMap()).containsEntry("max_body_bytes", "4096");
        assertThat(response.headers().firstValue("Connection")).as("the unread body is not left on a reused connection")
            .hasValueSatisfying(value -> assertThat(value).containsIgnoringCase("close"));
    }

    @Test
    void withoutAStoreTheRoutesAreUnavailable() {
        try (ApiServer bare = new ApiServer(new ApiConfig().port(0).authEnabled(false), market.engine)) {
            bare.start();
            final HttpResponse<String> response = new Http(bare.port()).get("/v1/rates");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(Json.error(response.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAVAILABLE);
        }
    }
}
