package io.fdp.api.reference;

import com.google.protobuf.Message;
import io.fdp.api.http.ApiException;
import io.fdp.api.http.ParamParsers;
import io.fdp.api.http.Route;
import io.fdp.api.security.Scopes;
import io.fdp.api.store.ReferenceData;
import io.fdp.api.store.ReferenceDataException;
import io.fdp.engine.candle.CandleInterval;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The routes answered by a {@link ReferenceData} store, each running on a worker thread. Reads need {@code md:read},
 * writes {@code md:write}. Without a store every one of them answers 503.
 */
public final class ReferenceDataRoutes {
    private final ReferenceData store;
    private final long maxCandleBuckets;

    /**
     * Creates the routes.
     *
     * @param store            the store, or null when none is configured.
     * @param maxCandleBuckets the most candles a gap-filled request may ask for.
     */
    public ReferenceDataRoutes(final ReferenceData store, final long maxCandleBuckets) {
        this.store = store;
        this.maxCandleBuckets = maxCandleBuckets;
    }

    /** Checks a bound request beyond what the binder checks. */
    @FunctionalInterface
    private interface Check<Q> {
        void check(Q request) throws ApiException;
    }

    /** @return every route, reads then writes. */
    public List<Route> routes() {
        final List<Route> routes = new ArrayList<>();
        routes.add(get("/v1/securities", "securities", "Searches the securities master.",
            ListInstrumentsRequest.getDefaultInstance(), ListInstrumentsResponse.getDefaultInstance(),
            ReferenceData::listInstruments, request -> { }));
        routes.add(get("/v1/securities/{instrument_id}", "securities", "Reads one instrument of the securities master.",
            GetInstrumentRequest.getDefaultInstance(), GetInstrumentResponse.getDefaultInstance(),
            ReferenceData::getInstrument, request -> { }));
        routes.add(get("/v1/trades/{instrument_id}", "market-data", "Reads stored trade prints in a time range, oldest first.",
            ListTradesRequest.getDefaultInstance(), ListTradesResponse.getDefaultInstance(),
            ReferenceData::listTrades, request -> { }));
        routes.add(get("/v1/candles/{instrument_id}", "market-data",
            "Reads OHLCV candles of an interval in a time range, oldest first, optionally with every empty bucket filled.",
            ListCandlesRequest.getDefaultInstance(), ListCandlesResponse.getDefaultInstance(),
            ReferenceData::listCandles, this::checkCandles));
        routes.add(get("/v1/rates", "reference-data", "Reads interest and FX rate values.",
            ListRatesRequest.getDefaultInstance(), ListRatesResponse.getDefaultInstance(), ReferenceData::listRates,
            request -> { }));
        routes.add(get("/v1/indices/{index_id}/values", "reference-data",
            "Reads index levels in a time range, with the constituents in effect when asked.",
            ListIndexValuesRequest.getDefaultInstance(), ListIndexValuesResponse.getDefaultInstance(),
            ReferenceData::listIndexValues, request -> { }));
        routes.add(get("/v1/indicators", "reference-data", "Searches economic indicators.",
            ListIndicatorsRequest.getDefaultInstance(), ListIndicatorsResponse.getDefaultInstance(),
            ReferenceData::listIndicators, request -> { }));
        routes.add(get("/v1/indicators/{indicator_id}/observations", "reference-data",
            "Reads an indicator's observations, as published on as_of_date (the vintage) when given.",
            ListObservationsRequest.getDefaultInstance(), ListObservationsResponse.getDefaultInstance(),
            ReferenceData::listObservations, request -> { }));
        routes.add(get("/v1/corporate-actions", "reference-data", "Reads corporate actions.",
            ListCorporateActionsRequest.getDefaultInstance(), ListCorporateActionsResponse.getDefaultInstance(),
            ReferenceData::listCorporateActions, request -> { }));
        routes.add(get("/v1/settlement-instructions", "reference-data", "Reads settlement instructions.",
            ListSettlementInstructionsRequest.getDefaultInstance(), ListSettlementInstructionsResponse.getDefaultInstance(),
            ReferenceData::listSettlementInstructions, request -> { }));
        routes.add(get("/v1/risk-metrics", "analytics", "Reads risk figures of instruments and portfolios.",
            ListRiskMetricsRequest.getDefaultInstance(), ListRiskMetricsResponse.getDefaultInstance(),
            ReferenceData::listRiskMetrics, request -> { }));
        routes.add(get("/v1/news-sentiment", "analytics", "Reads scored news items, newest first.",
            ListNewsSentimentRequest.getDefaultInstance(), ListNewsSentimentResponse.getDefaultInstance(),
            ReferenceData::listNewsSentiment, request -> { }));
        routes.add(put("/v1/securities", "securities", "Creates or replaces instruments of the securities master.",
            PutInstrumentsRequest.getDefaultInstance(), PutInstrumentsResponse.getDefaultInstance(),
            ReferenceData::putInstruments));
        routes.add(put("/v1/rates", "reference-data", "Stores rate values.", PutRatesRequest.getDefaultInstance(),
            PutRatesResponse.getDefaultInstance(), ReferenceData::putRates));
        routes.add(put("/v1/indicators", "reference-data", "Creates or replaces indicator descriptions.",
            PutIndicatorsRequest.getDefaultInstance(), PutIndicatorsResponse.getDefaultInstance(),
            ReferenceData::putIndicators));
        routes.add(put("/v1/observations", "reference-data", "Stores indicator observations (new vintages close old ones).",
            PutObservationsRequest.getDefaultInstance(), PutObservationsResponse.getDefaultInstance(),
            ReferenceData::putObservations));
        routes.add(put("/v1/corporate-actions", "reference-data", "Creates or replaces corporate actions.",
            PutCorporateActionsRequest.getDefaultInstance(), PutCorporateActionsResponse.getDefaultInstance(),
            ReferenceData::putCorporateActions));
        return routes;
    }

    private <Q extends Message> Route get(final String path, final String tag, final String summary, final Q request,
        final Message response, final BiFunction<ReferenceData, Q, Message> call, final Check<Q> check) {
        return new Route("GET", path, Scopes.READ, true, tag, summary, request, response, context -> {
            final Q bound = context.query(request);
            check.check(bound);
            return invoke(call, bound);
        });
    }

    private <Q extends Message> Route put(final String path, final String tag, final String summary, final Q request,
        final Message response, final BiFunction<ReferenceData, Q, Message> call) {
        return new Route("PUT", path, Scopes.WRITE, true, tag, summary, request, response,
            context -> invoke(call, context.body(request)));
    }

    private <Q extends Message> Message invoke(final BiFunction<ReferenceData, Q, Message> call, final Q request)
        throws ApiException {
        if (store == null) {
            throw new ApiException(ErrorCode.ERROR_CODE_UNAVAILABLE,
                "no reference-data store is configured on this server", "");
        }
        try {
            return call.apply(store, request);
        } catch (final ReferenceDataException e) {
            throw new ApiException(e.code(), ApiException.statusOf(e.code()), e.getMessage(), e.field(), Map.of());
        }
    }

    private void checkCandles(final ListCandlesRequest request) throws ApiException {
        final io.fdp.proto.market.v1.CandleInterval interval = request.getInterval();
        switch (interval) {
            case CANDLE_INTERVAL_UNSPECIFIED, UNRECOGNIZED -> throw ApiException.invalid("interval",
                "interval is required, such as 1_MINUTE, 1_HOUR, 1_DAY, TICK or VOLUME");
            case CANDLE_INTERVAL_TICK, CANDLE_INTERVAL_VOLUME -> {
                if (!request.hasBarSize() || request.getBarSize().getMantissa() <= 0) {
                    throw ApiException.invalid("bar_size", "bar_size, a positive number, is required for " + interval.name());
                }
                if (request.getFillGaps()) {
                    throw ApiException.invalid("fill_gaps", "fill_gaps applies to time intervals only, not " + interval.name());
                }
            }
            default -> checkTimeCandles(request, CandleInterval.fromCode(interval.getNumber()).intervalNs());
        }
    }

    private void checkTimeCandles(final ListCandlesRequest request, final long intervalNs) throws ApiException {
        if (request.hasBarSize()) {
            throw ApiException.invalid("bar_size", "bar_size applies to TICK and VOLUME bars only, not "
                + request.getInterval().name());
        }
        if (!request.getFillGaps()) {
            return;
        }
        if (!request.getRange().hasStart() || !request.getRange().hasEnd()) {
            throw ApiException.invalid("fill_gaps", "fill_gaps needs both start and end");
        }
        final long span = ParamParsers.epochNs(request.getRange().getEnd()) - ParamParsers.epochNs(request.getRange().getStart());
        final long buckets = span / intervalNs + 1;
        if (buckets > maxCandleBuckets) {
            throw new ApiException(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 400, "the range holds " + buckets + " "
                + request.getInterval().name() + " buckets, more than the limit of " + maxCandleBuckets
                + " for a gap-filled request", "end", Map.of("max_buckets", Long.toString(maxCandleBuckets)));
        }
    }
}
