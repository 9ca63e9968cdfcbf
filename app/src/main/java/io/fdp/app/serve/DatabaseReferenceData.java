package io.fdp.app.serve;

import io.fdp.api.store.ReferenceData;
import io.fdp.api.store.ReferenceDataException;
import io.fdp.persistence.query.AnalyticsQueries;
import io.fdp.persistence.query.InstrumentQueries;
import io.fdp.persistence.query.MarketDataQueries;
import io.fdp.persistence.query.ReferenceDataQueries;
import io.fdp.persistence.store.ReferenceDataStore;
import io.fdp.proto.api.v1.GetInstrumentRequest;
import io.fdp.proto.api.v1.GetInstrumentResponse;
import io.fdp.proto.api.v1.ListCandlesRequest;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.api.v1.ListCorporateActionsRequest;
import io.fdp.proto.api.v1.ListCorporateActionsResponse;
import io.fdp.proto.api.v1.ListIndexValuesRequest;
import io.fdp.proto.api.v1.ListIndexValuesResponse;
import io.fdp.proto.api.v1.ListIndicatorsRequest;
import io.fdp.proto.api.v1.ListIndicatorsResponse;
import io.fdp.proto.api.v1.ListInstrumentsRequest;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.api.v1.ListNewsSentimentRequest;
import io.fdp.proto.api.v1.ListNewsSentimentResponse;
import io.fdp.proto.api.v1.ListObservationsRequest;
import io.fdp.proto.api.v1.ListObservationsResponse;
import io.fdp.proto.api.v1.ListRatesRequest;
import io.fdp.proto.api.v1.ListRatesResponse;
import io.fdp.proto.api.v1.ListRiskMetricsRequest;
import io.fdp.proto.api.v1.ListRiskMetricsResponse;
import io.fdp.proto.api.v1.ListSettlementInstructionsRequest;
import io.fdp.proto.api.v1.ListSettlementInstructionsResponse;
import io.fdp.proto.api.v1.ListTradesRequest;
import io.fdp.proto.api.v1.ListTradesResponse;
import io.fdp.proto.api.v1.PutCorporateActionsRequest;
import io.fdp.proto.api.v1.PutCorporateActionsResponse;
import io.fdp.proto.api.v1.PutIndicatorsRequest;
import io.fdp.proto.api.v1.PutIndicatorsResponse;
import io.fdp.proto.api.v1.PutInstrumentsRequest;
import io.fdp.proto.api.v1.PutInstrumentsResponse;
import io.fdp.proto.api.v1.PutObservationsRequest;
import io.fdp.proto.api.v1.PutObservationsResponse;
import io.fdp.proto.api.v1.PutRatesRequest;
import io.fdp.proto.api.v1.PutRatesResponse;
import io.fdp.proto.common.v1.ErrorCode;

import javax.sql.DataSource;

/** The API's reference and market data, read from and written to the database through the persistence module. */
public final class DatabaseReferenceData implements ReferenceData {
    private final ReferenceDataStore store;
    private final InstrumentQueries instruments;
    private final ReferenceDataQueries reference;
    private final MarketDataQueries market;
    private final AnalyticsQueries analytics;

    /**
     * Creates the adapter.
     *
     * @param dataSource the database.
     */
    public DatabaseReferenceData(final DataSource dataSource) {
        store = new ReferenceDataStore(dataSource);
        instruments = new InstrumentQueries(dataSource);
        reference = new ReferenceDataQueries(dataSource);
        market = new MarketDataQueries(dataSource);
        analytics = new AnalyticsQueries(dataSource);
    }

    @Override
    public ListInstrumentsResponse listInstruments(final ListInstrumentsRequest request) {
        return instruments.listInstruments(request);
    }

    @Override
    public GetInstrumentResponse getInstrument(final GetInstrumentRequest request) {
        return GetInstrumentResponse.newBuilder().setInstrument(instruments.instrument(request.getInstrumentId())
            .orElseThrow(() -> new ReferenceDataException(ErrorCode.ERROR_CODE_NOT_FOUND,
                "no instrument '" + request.getInstrumentId() + "'", "instrument_id"))).build();
    }

    @Override
    public PutInstrumentsResponse putInstruments(final PutInstrumentsRequest request) {
        return PutInstrumentsResponse.newBuilder().setAcceptedCount((int) store.putInstruments(request.getInstrumentsList()))
            .build();
    }

    @Override
    public ListTradesResponse listTrades(final ListTradesRequest request) {
        return market.listTrades(request);
    }

    @Override
    public ListCandlesResponse listCandles(final ListCandlesRequest request) {
        return market.listCandles(request);
    }

    @Override
    public ListRatesResponse listRates(final ListRatesRequest request) {
        return reference.listRates(request);
    }

    @Override
    public PutRatesResponse putRates(final PutRatesRequest request) {
        return PutRatesResponse.newBuilder().setAcceptedCount((int) store.putRates(request.getRatesList())).build();
    }

    @Override
    public ListIndexValuesResponse listIndexValues(final ListIndexValuesRequest request) {
        return reference.listIndexValues(request);
    }

    @Override
    public ListIndicatorsResponse listIndicators(final ListIndicatorsRequest request) {
        return reference.listIndicators(request);
    }

    @Override
    public PutIndicatorsResponse putIndicators(final PutIndicatorsRequest request) {
        return PutIndicatorsResponse.newBuilder().setAcceptedCount((int) store.putIndicators(request.getIndicatorsList()))
            .build();
    }

    @Override
    public ListObservationsResponse listObservations(final ListObservationsRequest request) {
        return reference.listObservations(request);
    }

    @Override
    public PutObservationsResponse putObservations(final PutObservationsRequest request) {
        return PutObservationsResponse.newBuilder()
            .setAcceptedCount((int) store.putObservations(request.getObservationsList())).build();
    }

    @Override
    public ListCorporateActionsResponse listCorporateActions(final ListCorporateActionsRequest request) {
        return instruments.listCorporateActions(request);
    }

    @Override
    public PutCorporateActionsResponse putCorporateActions(final PutCorporateActionsRequest request) {
        return PutCorporateActionsResponse.newBuilder()
            .setAcceptedCount((int) store.putCorporateActions(request.getCorporateActionsList())).build();
    }

    @Override
    public ListSettlementInstructionsResponse listSettlementInstructions(final ListSettlementInstructionsRequest request) {
        return instruments.listSettlementInstructions(request);
    }

    @Override
    public ListRiskMetricsResponse listRiskMetrics(final ListRiskMetricsRequest request) {
        return analytics.listRiskMetrics(request);
    }

    @Override
    public ListNewsSentimentResponse listNewsSentiment(final ListNewsSentimentRequest request) {
        return analytics.listNewsSentiment(request);
    }
}
