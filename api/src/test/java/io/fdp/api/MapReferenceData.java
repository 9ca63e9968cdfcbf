package io.fdp.api;

import com.google.protobuf.Timestamp;
import io.fdp.api.store.ReferenceData;
import io.fdp.api.store.ReferenceDataException;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMetric;
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
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.fdp.proto.common.v1.LocalDate;
import io.fdp.proto.common.v1.PageInfo;
import io.fdp.proto.common.v1.PageRequest;
import io.fdp.proto.common.v1.TimeRange;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.TradePrint;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;
import io.fdp.proto.reference.v1.RateValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An in-memory {@link ReferenceData} over lists and maps: a test fixture that follows the interface's contract. */
final class MapReferenceData implements ReferenceData {
    private static final int DEFAULT_PAGE = 50;

    final Map<String, SecurityInfo> instruments = new TreeMap<>();
    final List<TradePrint> trades = new CopyOnWriteArrayList<>();
    final List<Candle> candles = new CopyOnWriteArrayList<>();
    final List<RateValue> rates = new CopyOnWriteArrayList<>();
    final List<IndexValue> indexValues = new CopyOnWriteArrayList<>();
    final Map<String, EconomicIndicator> indicators = new TreeMap<>();
    final List<Observation> observations = new CopyOnWriteArrayList<>();
    final List<CorporateAction> corporateActions = new CopyOnWriteArrayList<>();
    final List<SettlementInstruction> settlements = new CopyOnWriteArrayList<>();
    final List<RiskMetric> riskMetrics = new CopyOnWriteArrayList<>();
    final List<NewsSentiment> news = new CopyOnWriteArrayList<>();

    private record Page<T>(List<T> items, PageInfo info) {
    }

    private static <T> Page<T> page(final List<T> all, final PageRequest request) {
        int from = 0;
        if (!request.getPageToken().isEmpty()) {
            try {
                from = Integer.parseInt(request.getPageToken());
            } catch (final NumberFormatException e) {
                throw new ReferenceDataException(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, "bad page_token", "page_token");
            }
        }
        final int size = request.getPageSize() == 0 ? DEFAULT_PAGE : request.getPageSize();
        final int to = Math.min(all.size(), from + size);
        final PageInfo.Builder info = PageInfo.newBuilder().setTotalSize(all.size());
        if (to < all.size()) {
            info.setNextPageToken(Integer.toString(to));
        }
        return new Page<>(all.subList(Math.min(from, all.size()), to), info.build());
    }

    private static long ns(final Timestamp time) {
        return time.getSeconds() * 1_000_000_000L + time.getNanos();
    }

    private static boolean inRange(final TimeRange range, final Timestamp time) {
        return (!range.hasStart() || ns(time) >= ns(range.getStart())) && (!range.hasEnd() || ns(time) < ns(range.getEnd()));
    }

    private static int days(final LocalDate date) {
        return date.getYear() * 400 + date.getMonth() * 32 + date.getDay();
    }

    private static boolean inDates(final boolean hasStart, final LocalDate start, final boolean hasEnd, final LocalDate end,
        final LocalDate date) {
        return (!hasStart || days(date) >= days(start)) && (!hasEnd || days(date) <= days(end));
    }

    private static <T> List<T> filter(final List<T> all, final Predicate<T> keep) {
        return all.stream().filter(keep).collect(Collectors.toList());
    }

    @Override
    public ListInstrumentsResponse listInstruments(final ListInstrumentsRequest request) {
        final String prefix = request.getSymbolPrefix().toLowerCase(Locale.ROOT);
        final Page<SecurityInfo> page = page(filter(new ArrayList<>(instruments.values()), info ->
            info.getSymbol().toLowerCase(Locale.ROOT).startsWith(prefix)
                && (request.getSecurityTypeValue() == 0 || info.getSecurityType() == request.getSecurityType())
                && (request.getExchangeMic().isEmpty() || info.getExchangeMic().equals(request.getExchangeMic()))
                && (request.getQuery().isEmpty() || (info.getSymbol() + " " + info.getName()).toLowerCase(Locale.ROOT)
                    .contains(request.getQuery().toLowerCase(Locale.ROOT)))), request.getPage());
        return ListInstrumentsResponse.newBuilder().addAllInstruments(page.items()).setPage(page.info()).build();
    }

    @Override
    public GetInstrumentResponse getInstrument(final GetInstrumentRequest request) {
        final SecurityInfo info = instruments.get(request.getInstrumentId());
        if (info == null) {
            throw new ReferenceDataException(ErrorCode.ERROR_CODE_NOT_FOUND, "no instrument " + request.getInstrumentId(),
                "instrument_id");
        }
        return GetInstrumentResponse.newBuilder().setInstrument(info).build();
    }

    @Override
    public synchronized PutInstrumentsResponse putInstruments(final PutInstrumentsRequest request) {
        final PutInstrumentsResponse.Builder response = PutInstrumentsResponse.newBuilder();
        for (int i = 0; i < request.getInstrumentsCount(); i++) {
            final SecurityInfo info = request.getInstruments(i);
            if (info.getInstrumentId().isEmpty()) {
                response.addRejected(rejected("instruments[" + i + "].instrument_id", "instrument_id is required"));
            } else {
                instruments.put(info.getInstrumentId(), info);
                response.setAcceptedCount(response.getAcceptedCount() + 1);
            }
        }
        return response.build();
    }

    private static Error rejected(final String field, final String message) {
        return Error.newBuilder().setCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT).setField(field).setMessage(message).build();
    }

    @Override
    public ListTradesResponse listTrades(final ListTradesRequest request) {
        List<TradePrint> matching = filter(trades, trade -> trade.getInstrumentId().equals(request.getInstrumentId())
            && inRange(request.getRange(), trade.getEventTime()));
        matching.sort(Comparator.comparingLong(trade -> ns(trade.getEventTime())));
        if (request.getLimit() > 0 && matching.size() > request.getLimit()) {
            matching = matching.subList(matching.size() - request.getLimit(), matching.size());
        }
        final Page<TradePrint> page = page(matching, request.getPage());
        return ListTradesResponse.newBuilder().addAllTrades(page.items()).setPage(page.info()).build();
    }

    @Override
    public ListCandlesResponse listCandles(final ListCandlesRequest request) {
        final List<Candle> matching = filter(candles, candle -> candle.getInstrumentId().equals(request.getInstrumentId())
            && candle.getInterval() == request.getInterval() && inRange(request.getRange(), candle.getBucketStart()));
        matching.sort(Comparator.comparingLong(candle -> ns(candle.getBucketStart())));
        final List<Candle> result = request.getFillGaps() ? fillGaps(matching, request) : matching;
        final Page<Candle> page = page(result, request.getPage());
        return ListCandlesResponse.newBuilder().addAllCandles(page.items()).setPage(page.info()).build();
    }

    private static List<Candle> fillGaps(final List<Candle> stored, final ListCandlesRequest request) {
        final long interval = CandleInterval.fromCode(request.getInterval().getNumber()).intervalNs();
        final long start = Math.floorDiv(ns(request.getRange().getStart()) + interval - 1, interval) * interval;
        final long end = ns(request.getRange().getEnd());
        final Map<Long, Candle> byStart = new TreeMap<>();
        stored.forEach(candle -> byStart.put(ns(candle.getBucketStart()), candle));
        final List<Candle> filled = new ArrayList<>();
        Candle previous = null;
        for (long bucket = start; bucket < end; bucket += interval) {
            Candle candle = byStart.get(bucket);
            if (candle == null && previous != null) {
                candle = Candle.newBuilder().setInstrumentId(previous.getInstrumentId()).setInterval(previous.getInterval())
                    .setBucketStart(ts(bucket)).setBucketEnd(ts(bucket + interval)).setOpen(previous.getClose())
                    .setHigh(previous.getClose()).setLow(previous.getClose()).setClose(previous.getClose())
                    .setVolume(io.fdp.proto.common.v1.Decimal.getDefaultInstance()).setState(previous.getState()).build();
            }
            if (candle != null) {
                filled.add(candle);
                previous = candle;
            }
        }
        return filled;
    }

    static Timestamp ts(final long ns) {
        return Timestamp.newBuilder().setSeconds(Math.floorDiv(ns, 1_000_000_000L)).setNanos((int) Math.floorMod(ns, 1_000_000_000L))
            .build();
    }

    @Override
    public ListRatesResponse listRates(final ListRatesRequest request) {
        final Page<RateValue> page = page(filter(rates, rate -> (request.getRateIdsCount() == 0
            || request.getRateIdsList().contains(rate.getRateId()))
            && (request.getRateTypeValue() == 0 || rate.getRateType() == request.getRateType())
            && (request.getBaseCurrency().isEmpty() || rate.getBaseCurrency().equals(request.getBaseCurrency()))
            && (request.getTenor().isEmpty() || rate.getTenor().equals(request.getTenor()))
            && inDates(request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate(),
                rate.getObservationDate())), request.getPage());
        return ListRatesResponse.newBuilder().addAllRates(page.items()).setPage(page.info()).build();
    }

    @Override
    public PutRatesResponse putRates(final PutRatesRequest request) {
        final PutRatesResponse.Builder response = PutRatesResponse.newBuilder();
        for (int i = 0; i < request.getRatesCount(); i++) {
            final RateValue rate = request.getRates(i);
            if (!rate.hasValue()) {
                response.addRejected(rejected("rates[" + i + "].value", "value is required"));
            } else {
                rates.add(rate);
                response.setAcceptedCount(response.getAcceptedCount() + 1);
            }
        }
        return response.build();
    }

    @Override
    public ListIndexValuesResponse listIndexValues(final ListIndexValuesRequest request) {
        if (indexValues.stream().noneMatch(value -> value.getIndexId().equals(request.getIndexId()))) {
            throw new ReferenceDataException(ErrorCode.ERROR_CODE_NOT_FOUND, "no index " + request.getIndexId(), "index_id");
        }
        final List<IndexValue> matching = filter(indexValues, value -> value.getIndexId().equals(request.getIndexId())
            && inRange(request.getRange(), value.getEventTime())).stream()
            .map(value -> request.getIncludeConstituents() ? value : value.toBuilder().clearConstituents().build())
            .collect(Collectors.toList());
        final Page<IndexValue> page = page(matching, request.getPage());
        return ListIndexValuesResponse.newBuilder().addAllValues(page.items()).setPage(page.info()).build();
    }

    @Override
    public ListIndicatorsResponse listIndicators(final ListIndicatorsRequest request) {
        final Page<EconomicIndicator> page = page(filter(new ArrayList<>(indicators.values()), indicator ->
            (request.getRegion().isEmpty() || indicator.getRegion().equals(request.getRegion()))
                && (request.getFrequencyValue() == 0 || indicator.getFrequency() == request.getFrequency())
                && (request.getQuery().isEmpty() || (indicator.getIndicatorId() + " " + indicator.getName())
                    .toLowerCase(Locale.ROOT).contains(request.getQuery().toLowerCase(Locale.ROOT)))), request.getPage());
        return ListIndicatorsResponse.newBuilder().addAllIndicators(page.items()).setPage(page.info()).build();
    }

    @Override
    public synchronized PutIndicatorsResponse putIndicators(final PutIndicatorsRequest request) {
        request.getIndicatorsList().forEach(indicator -> indicators.put(indicator.getIndicatorId(), indicator));
        return PutIndicatorsResponse.newBuilder().setAcceptedCount(request.getIndicatorsCount()).build();
    }

    @Override
    public ListObservationsResponse listObservations(final ListObservationsRequest request) {
        final EconomicIndicator indicator = indicators.get(request.getIndicatorId());
        if (indicator == null) {
            throw new ReferenceDataException(ErrorCode.ERROR_CODE_NOT_FOUND, "no indicator " + request.getIndicatorId(),
                "indicator_id");
        }
        final Map<Integer, List<Observation>> byPeriod = new TreeMap<>();
        for (final Observation observation : observations) {
            if (observation.getIndicatorId().equals(request.getIndicatorId()) && inDates(request.hasStartDate(),
                request.getStartDate(), request.hasEndDate(), request.getEndDate(), observation.getPeriod())) {
                byPeriod.computeIfAbsent(days(observation.getPeriod()), key -> new ArrayList<>()).add(observation);
            }
        }
        final ListObservationsResponse.Builder response = ListObservationsResponse.newBuilder().setIndicator(indicator);
        for (final List<Observation> vintages : byPeriod.values()) {
            vintages.sort(Comparator.comparingInt(observation -> days(observation.getRealtimeStart())));
            Observation current = null;
            for (final Observation vintage : vintages) {
                if (!request.hasAsOfDate() || days(vintage.getRealtimeStart()) <= days(request.getAsOfDate())) {
                    current = vintage;
                }
            }
            if (current != null) {
                response.addObservations(current);
            }
            if (request.getIncludeRevisions()) {
                response.addHistories(ObservationHistory.newBuilder().setIndicatorId(request.getIndicatorId())
                    .setPeriod(vintages.get(0).getPeriod()).addAllRevisions(vintages));
            }
        }
        return response.setPage(PageInfo.newBuilder().setTotalSize(response.getObservationsCount())).build();
    }

    @Override
    public PutObservationsResponse putObservations(final PutObservationsRequest request) {
        observations.addAll(request.getObservationsList());
        return PutObservationsResponse.newBuilder().setAcceptedCount(request.getObservationsCount()).build();
    }

    @Override
    public ListCorporateActionsResponse listCorporateActions(final ListCorporateActionsRequest request) {
        final Page<CorporateAction> page = page(filter(corporateActions, action ->
            (request.getInstrumentId().isEmpty() || action.getInstrumentId().equals(request.getInstrumentId()))
                && (request.getActionTypeValue() == 0 || action.getActionType() == request.getActionType())
                && inDates(request.hasStartDate(), request.getStartDate(), request.hasEndDate(), request.getEndDate(),
                    action.getExDate())), request.getPage());
        return ListCorporateActionsResponse.newBuilder().addAllCorporateActions(page.items()).setPage(page.info()).build();
    }

    @Override
    public PutCorporateActionsResponse putCorporateActions(final PutCorporateActionsRequest request) {
        corporateActions.addAll(request.getCorporateActionsList());
        return PutCorporateActionsResponse.newBuilder().setAcceptedCount(request.getCorporateActionsCount()).build();
    }

    @Override
    public ListSettlementInstructionsResponse listSettlementInstructions(final ListSettlementInstructionsRequest request) {
        final Page<SettlementInstruction> page = page(filter(settlements, instruction ->
            (request.getInstrumentId().isEmpty() || instruction.getInstrumentId().equals(request.getInstrumentId()))
                && (request.getStatusValue() == 0 || instruction.getStatus() == request.getStatus())
                && (request.getAccount().isEmpty() || instruction.getAccount().equals(request.getAccount()))), request.getPage());
        return ListSettlementInstructionsResponse.newBuilder().addAllSettlementInstructions(page.items()).setPage(page.info())
            .build();
    }

    @Override
    public ListRiskMetricsResponse listRiskMetrics(final ListRiskMetricsRequest request) {
        final Page<RiskMetric> page = page(filter(riskMetrics, metric ->
            (request.getInstrumentId().isEmpty() || metric.getInstrumentId().equals(request.getInstrumentId()))
                && (request.getPortfolioId().isEmpty() || metric.getPortfolioId().equals(request.getPortfolioId()))
                && (request.getMetricTypeValue() == 0 || metric.getMetricType() == request.getMetricType())
                && inRange(request.getRange(), metric.getAsOf())), request.getPage());
        return ListRiskMetricsResponse.newBuilder().addAllMetrics(page.items()).setPage(page.info()).build();
    }

    @Override
    public ListNewsSentimentResponse listNewsSentiment(final ListNewsSentimentRequest request) {
        final List<NewsSentiment> matching = filter(news, item ->
            (request.getInstrumentId().isEmpty() || item.getInstrumentIdsList().contains(request.getInstrumentId()))
                && (request.getLanguage().isEmpty() || item.getLanguage().equals(request.getLanguage()))
                && inRange(request.getRange(), item.getPublishedTime()));
        matching.sort(Comparator.comparingLong((NewsSentiment item) -> ns(item.getPublishedTime())).reversed());
        final Page<NewsSentiment> page = page(matching, request.getPage());
        return ListNewsSentimentResponse.newBuilder().addAllItems(page.items()).setPage(page.info()).build();
    }
}
