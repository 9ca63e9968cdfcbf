package io.fdp.persistence.query;

import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.api.v1.ListIndexValuesRequest;
import io.fdp.proto.api.v1.ListIndexValuesResponse;
import io.fdp.proto.api.v1.ListIndicatorsRequest;
import io.fdp.proto.api.v1.ListIndicatorsResponse;
import io.fdp.proto.api.v1.ListObservationsRequest;
import io.fdp.proto.api.v1.ListObservationsResponse;
import io.fdp.proto.api.v1.ListRatesRequest;
import io.fdp.proto.api.v1.ListRatesResponse;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.IndexConstituent;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;
import io.fdp.proto.reference.v1.RateValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Queries of rates, index levels and constituents, economic indicators and their observations. Thread-safe.
 *
 * <p>Observations are bitemporal: a period has one row per vintage, valid from {@code realtime_start} through
 * {@code realtime_end} (inclusive; the last date the value was the published one, as ALFRED and the importer define
 * it), open-ended while current. "As of" a date returns, per period, the vintage whose real-time range contains that
 * date, as it was known then: its {@code realtime_end} is cleared, since on that date it had not ended yet.
 */
public final class ReferenceDataQueries {
    private final DataSource dataSource;
    private final MessageTable rates = MessageTables.fdp().table(StorableTables.RATES);
    private final MessageTable indexValues = MessageTables.fdp().table(StorableTables.INDEX_VALUES);
    private final MessageTable constituents = MessageTables.fdp().table(StorableTables.INDEX_CONSTITUENTS);
    private final MessageTable indicators = MessageTables.fdp().table(StorableTables.ECONOMIC_INDICATORS);
    private final MessageTable observations = MessageTables.fdp().table(StorableTables.OBSERVATIONS);

    /**
     * Creates the queries.
     *
     * @param dataSource the database.
     */
    public ReferenceDataQueries(final DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Lists rate values by ids, type, currencies, tenor and observation dates (inclusive), ordered by rate id and date.
     *
     * @param request the filters and page.
     * @return one page of values.
     */
    public ListRatesResponse listRates(final ListRatesRequest request) {
        final Filter filter = new Filter()
            .equal("t.rate_type", request.getRateType())
            .equal("t.base_currency", request.getBaseCurrency())
            .equal("t.quote_currency", request.getQuoteCurrency())
            .equal("t.tenor", request.getTenor())
            .dates("t.observation_date", request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate());
        if (request.getRateIdsCount() > 0) {
            filter.where("t.rate_id = ANY (?)", (Object) request.getRateIdsList().toArray(String[]::new));
        }
        final Page<RateValue> page = Page.read(dataSource, rates, filter, "t.rate_id, t.observation_date", request.getPage());
        return ListRatesResponse.newBuilder().addAllRates(page.items()).setPage(page.info()).build();
    }

    /**
     * Finds the newest value of a rate.
     *
     * @param rateId such as {@code FRED.SOFR}.
     * @return the value of the latest observation date, or empty if there is none.
     */
    public Optional<RateValue> latestRate(final String rateId) {
        return Select.first(dataSource, rates, new Filter().where("t.rate_id = ?", rateId), "t.observation_date DESC");
    }

    /**
     * Lists the levels of an index in a range of calculation times, oldest first, optionally with the constituents
     * in effect on each level's date.
     *
     * @param request the index, range, page and whether to add constituents.
     * @return one page of levels.
     */
    public ListIndexValuesResponse listIndexValues(final ListIndexValuesRequest request) {
        final Filter filter = new Filter().where("t.index_id = ?", request.getIndexId()).range("t.event_time", request.getRange());
        final Page<IndexValue> page = Page.read(dataSource, indexValues, filter, "t.event_time", request.getPage());
        final ListIndexValuesResponse.Builder response = ListIndexValuesResponse.newBuilder().setPage(page.info());
        for (final IndexValue value : page.items()) {
            if (request.getIncludeConstituents() && value.hasEventTime()) {
                final LocalDate date = LocalDate.ofInstant(ProtoValues.instant(value.getEventTime()), ZoneOffset.UTC);
                response.addValues(value.toBuilder().addAllConstituents(constituents(value.getIndexId(), date)));
            } else {
                response.addValues(value);
            }
        }
        return response.build();
    }

    /**
     * The members of an index in effect on a date: for each member, its record with the latest effective date on or
     * before that date.
     *
     * @param indexId such as {@code SPX}.
     * @param asOf the date.
     * @return constituents ordered by instrument id.
     */
    public List<IndexConstituent> constituents(final String indexId, final LocalDate asOf) {
        final String sql = "SELECT DISTINCT ON (t.instrument_id) " + constituents.columnList("t") + " FROM " + constituents.sqlName()
            + " t WHERE t.index_id = ? AND t.effective_date <= ? ORDER BY t.instrument_id, t.effective_date DESC";
        return Select.query(dataSource, constituents, sql, List.of(indexId, asOf));
    }

    /**
     * Finds an indicator description.
     *
     * @param indicatorId such as {@code FRED.PAYEMS}.
     * @return the description, or empty if unknown.
     */
    public Optional<EconomicIndicator> indicator(final String indicatorId) {
        return Select.first(dataSource, indicators, new Filter().where("t.indicator_id = ?", indicatorId), "t.indicator_id");
    }

    /**
     * Lists indicators by free text (indicator id and name), region and frequency, ordered by indicator id.
     *
     * @param request the filters and page.
     * @return one page of indicators.
     */
    public ListIndicatorsResponse listIndicators(final ListIndicatorsRequest request) {
        final Filter filter = new Filter()
            .contains(request.getQuery(), "t.indicator_id", "t.name")
            .equal("t.region", request.getRegion())
            .equal("t.frequency", request.getFrequency());
        final Page<EconomicIndicator> page = Page.read(dataSource, indicators, filter, "t.indicator_id", request.getPage());
        return ListIndicatorsResponse.newBuilder().addAllIndicators(page.items()).setPage(page.info()).build();
    }

    /**
     * Lists the observations of an indicator, one per period (the latest vintage, or the one current on
     * {@code as_of_date}), oldest period first, with every vintage of those periods when revisions are asked for.
     *
     * @param request the indicator, periods, vintage date and page.
     * @return the indicator's description (when stored), one page of observations and their histories.
     */
    public ListObservationsResponse listObservations(final ListObservationsRequest request) {
        final LocalDate asOf = request.hasAsOfDate() ? ProtoValues.localDate(request.getAsOfDate()) : null;
        final Filter filter = periods(request);
        if (asOf == null) {
            filter.where("t.realtime_end IS NULL");
        } else {
            filter.where("t.realtime_start <= ?", asOf).where("(t.realtime_end IS NULL OR t.realtime_end >= ?)", asOf);
        }
        final Page<Observation> page = Page.read(dataSource, observations, filter, "t.period", request.getPage());
        final ListObservationsResponse.Builder response = ListObservationsResponse.newBuilder().setPage(page.info());
        indicator(request.getIndicatorId()).ifPresent(response::setIndicator);
        for (final Observation observation : page.items()) {
            response.addObservations(asOf == null ? observation : observation.toBuilder().clearRealtimeEnd().build());
        }
        if (request.getIncludeRevisions() && !page.items().isEmpty()) {
            response.addAllHistories(histories(request.getIndicatorId(), ProtoValues.localDate(page.items().get(0).getPeriod()),
                ProtoValues.localDate(page.items().get(page.items().size() - 1).getPeriod()), asOf));
        }
        return response.build();
    }

    /**
     * The observations of an indicator as known on a date.
     *
     * @param indicatorId such as {@code FRED.GDP}.
     * @param fromPeriod first period included, or null for no bound.
     * @param toPeriod last period included, or null for no bound.
     * @param asOf the vintage date.
     * @return per period, the value published on {@code asOf} (its real-time end cleared), oldest period first;
     *     periods not yet released then are absent.
     */
    public List<Observation> observationsAsOf(final String indicatorId, final LocalDate fromPeriod, final LocalDate toPeriod,
        final LocalDate asOf) {
        final ListObservationsRequest.Builder request = ListObservationsRequest.newBuilder().setIndicatorId(indicatorId)
            .setAsOfDate(ProtoValues.date(asOf));
        if (fromPeriod != null) {
            request.setStartDate(ProtoValues.date(fromPeriod));
        }
        if (toPeriod != null) {
            request.setEndDate(ProtoValues.date(toPeriod));
        }
        final List<Observation> all = new ArrayList<>();
        ListObservationsResponse page;
        do {
            page = listObservations(request.build());
            all.addAll(page.getObservationsList());
            request.getPageBuilder().setPageToken(page.getPage().getNextPageToken());
        } while (!page.getPage().getNextPageToken().isEmpty());
        return all;
    }

    /**
     * The revision histories of periods of an indicator.
     *
     * @param indicatorId the indicator.
     * @param fromPeriod first period included.
     * @param toPeriod last period included.
     * @param asOf only vintages published by this date (the one then current with its end cleared), or null for all.
     * @return one history per period, revisions oldest first.
     */
    public List<ObservationHistory> histories(final String indicatorId, final LocalDate fromPeriod, final LocalDate toPeriod,
        final LocalDate asOf) {
        final Filter filter = new Filter().where("t.indicator_id = ?", indicatorId)
            .where("t.period >= ?", fromPeriod).where("t.period <= ?", toPeriod);
        if (asOf != null) {
            filter.where("t.realtime_start <= ?", asOf);
        }
        final String sql = "SELECT " + observations.columnList("t") + " FROM " + observations.sqlName() + " t" + filter.sql()
            + " ORDER BY t.period, t.realtime_start";
        final List<ObservationHistory> histories = new ArrayList<>();
        ObservationHistory.Builder history = null;
        for (final Observation row : Select.<Observation>query(dataSource, observations, sql, filter.parameters())) {
            if (history == null || !history.getPeriod().equals(row.getPeriod())) {
                if (history != null) {
                    histories.add(history.build());
                }
                history = ObservationHistory.newBuilder().setIndicatorId(indicatorId).setPeriod(row.getPeriod());
            }
            final boolean unknownEnd = asOf != null && row.hasRealtimeEnd() && !ProtoValues.localDate(row.getRealtimeEnd()).isBefore(asOf);
            history.addRevisions(unknownEnd ? row.toBuilder().clearRealtimeEnd().build() : row);
        }
        if (history != null) {
            histories.add(history.build());
        }
        return histories;
    }

    private static Filter periods(final ListObservationsRequest request) {
        return new Filter().where("t.indicator_id = ?", request.getIndicatorId())
            .dates("t.period", request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate());
    }
}
