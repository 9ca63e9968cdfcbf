package io.fdp.api.store;

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

/**
 * The stored data behind the repository-backed routes, in the {@code fdp.api.v1} messages themselves: each method
 * answers one request message with its response message, so the API adds no model of its own.
 *
 * <p>Contract for implementations (the application adapts the persistence module's query repositories):
 * <ul>
 *   <li>Requests arrive validated: ranges are not reversed and within the server's limits, page sizes are within
 *       bounds (0 means the implementation's default), candle intervals are set and {@code bar_size} matches them.</li>
 *   <li>Paging is by opaque cursor: return {@code page.next_page_token} while more items remain and accept it back;
 *       reject a token it did not issue with {@link ReferenceDataException} INVALID_ARGUMENT.</li>
 *   <li>{@code ListCandlesRequest.fill_gaps}: return a candle for every bucket of the range, repeating the previous
 *       close with zero volume and trade count where no trade happened.</li>
 *   <li>{@code ListObservationsRequest.as_of_date}: return the vintage current on that date (ALFRED semantics).</li>
 *   <li>Unknown keys named in the path (an indicator, an index, an instrument) raise NOT_FOUND; an unreachable store
 *       raises UNAVAILABLE. Writes report per-item rejections in {@code rejected} and store the rest.</li>
 *   <li>Methods are called on worker threads, concurrently; they may block.</li>
 * </ul>
 */
public interface ReferenceData {
    /**
     * Searches the securities master.
     *
     * @param request filters and page.
     * @return matching instruments.
     */
    ListInstrumentsResponse listInstruments(ListInstrumentsRequest request);

    /**
     * Reads one instrument of the securities master.
     *
     * @param request the instrument id.
     * @return the instrument; NOT_FOUND when unknown.
     */
    GetInstrumentResponse getInstrument(GetInstrumentRequest request);

    /**
     * Stores instruments in the securities master.
     *
     * @param request the instruments.
     * @return how many were stored and which were rejected.
     */
    PutInstrumentsResponse putInstruments(PutInstrumentsRequest request);

    /**
     * Reads stored trade prints.
     *
     * @param request instrument, range, limit and page.
     * @return the trades, oldest first.
     */
    ListTradesResponse listTrades(ListTradesRequest request);

    /**
     * Reads stored candles.
     *
     * @param request instrument, interval, range, gap filling and page.
     * @return the candles, oldest first.
     */
    ListCandlesResponse listCandles(ListCandlesRequest request);

    /**
     * Reads rate values.
     *
     * @param request filters and page.
     * @return the values.
     */
    ListRatesResponse listRates(ListRatesRequest request);

    /**
     * Stores rate values.
     *
     * @param request the values.
     * @return how many were stored and which were rejected.
     */
    PutRatesResponse putRates(PutRatesRequest request);

    /**
     * Reads index levels, with their constituents when asked.
     *
     * @param request index, range and page.
     * @return the levels, oldest first.
     */
    ListIndexValuesResponse listIndexValues(ListIndexValuesRequest request);

    /**
     * Searches economic indicators.
     *
     * @param request filters and page.
     * @return the indicators.
     */
    ListIndicatorsResponse listIndicators(ListIndicatorsRequest request);

    /**
     * Stores indicator descriptions.
     *
     * @param request the descriptions.
     * @return how many were stored and which were rejected.
     */
    PutIndicatorsResponse putIndicators(PutIndicatorsRequest request);

    /**
     * Reads an indicator's observations, as of a vintage date when asked.
     *
     * @param request indicator, periods, vintage and page.
     * @return the observations; NOT_FOUND for an unknown indicator.
     */
    ListObservationsResponse listObservations(ListObservationsRequest request);

    /**
     * Stores observations.
     *
     * @param request the observations.
     * @return how many were stored and which were rejected.
     */
    PutObservationsResponse putObservations(PutObservationsRequest request);

    /**
     * Reads corporate actions.
     *
     * @param request filters and page.
     * @return the actions.
     */
    ListCorporateActionsResponse listCorporateActions(ListCorporateActionsRequest request);

    /**
     * Stores corporate actions.
     *
     * @param request the actions.
     * @return how many were stored and which were rejected.
     */
    PutCorporateActionsResponse putCorporateActions(PutCorporateActionsRequest request);

    /**
     * Reads settlement instructions.
     *
     * @param request filters and page.
     * @return the instructions.
     */
    ListSettlementInstructionsResponse listSettlementInstructions(ListSettlementInstructionsRequest request);

    /**
     * Reads risk metrics.
     *
     * @param request filters and page.
     * @return the figures.
     */
    ListRiskMetricsResponse listRiskMetrics(ListRiskMetricsRequest request);

    /**
     * Reads scored news items.
     *
     * @param request filters and page.
     * @return the items.
     */
    ListNewsSentimentResponse listNewsSentiment(ListNewsSentimentRequest request);
}
