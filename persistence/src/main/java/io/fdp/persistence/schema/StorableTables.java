package io.fdp.persistence.schema;

import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMetric;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.IndexConstituent;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.RateValue;
import java.util.List;

/**
 * The record types fdp stores and what their tables need beyond the mapping rules: keys, indexes, partitioning.
 *
 * <p>Reference tables have the natural key of their records and are written by idempotent upserts; time-series
 * tables (trades, quotes, book snapshots, data-quality events) are append-only, except candles, which are revised
 * and so have a key that includes their partitioning time.
 */
public final class StorableTables {
    /** Table of {@code fdp.instrument.v1.SecurityInfo}. */
    public static final String INSTRUMENTS = "instruments";
    /** Table of {@code fdp.reference.v1.RateValue}. */
    public static final String RATES = "rates";
    /** Table of {@code fdp.reference.v1.IndexValue} (without its constituents). */
    public static final String INDEX_VALUES = "index_values";
    /** Table of {@code fdp.reference.v1.IndexConstituent}. */
    public static final String INDEX_CONSTITUENTS = "index_constituents";
    /** Table of {@code fdp.reference.v1.EconomicIndicator}. */
    public static final String ECONOMIC_INDICATORS = "economic_indicators";
    /** Table of {@code fdp.reference.v1.Observation}, one row per revision (vintage). */
    public static final String OBSERVATIONS = "observations";
    /** Table of {@code fdp.instrument.v1.CorporateAction}. */
    public static final String CORPORATE_ACTIONS = "corporate_actions";
    /** Table of {@code fdp.instrument.v1.SettlementInstruction}. */
    public static final String SETTLEMENT_INSTRUCTIONS = "settlement_instructions";
    /** Table of {@code fdp.analytics.v1.RiskMetric}. */
    public static final String RISK_METRICS = "risk_metrics";
    /** Table of {@code fdp.analytics.v1.NewsSentiment}. */
    public static final String NEWS_SENTIMENT = "news_sentiment";
    /** Table of {@code fdp.market.v1.TradePrint}. */
    public static final String TRADES = "trades";
    /** Table of {@code fdp.market.v1.Quote}. */
    public static final String QUOTES = "quotes";
    /** Table of {@code fdp.market.v1.BookSnapshot}. */
    public static final String BOOK_SNAPSHOTS = "book_snapshots";
    /** Table of {@code fdp.market.v1.Candle}, every interval in one table. */
    public static final String CANDLES = "candles";
    /** Table of {@code fdp.market.v1.DataQualityEvent}. */
    public static final String DATA_QUALITY_EVENTS = "data_quality_events";

    private static final String EVENT_TIME = "event_time";
    private static final String INSTRUMENT_ID = "instrument_id";
    private static final String AFTER_A_WEEK = "7 days";

    private static final List<TableSpec> ALL = List.of(
        TableSpec.of(INSTRUMENTS, SecurityInfo.getDefaultInstance()).key(INSTRUMENT_ID)
            .index("symbol").index("exchange_mic", "symbol").index("security_type"),
        TableSpec.of(RATES, RateValue.getDefaultInstance()).key("rate_id", "observation_date"),
        TableSpec.of(INDEX_VALUES, IndexValue.getDefaultInstance()).key("index_id", EVENT_TIME).exclude("constituents"),
        TableSpec.of(INDEX_CONSTITUENTS, IndexConstituent.getDefaultInstance()).key("index_id", INSTRUMENT_ID, "effective_date")
            .index(INSTRUMENT_ID),
        TableSpec.of(ECONOMIC_INDICATORS, EconomicIndicator.getDefaultInstance()).key("indicator_id"),
        TableSpec.of(OBSERVATIONS, Observation.getDefaultInstance()).key("indicator_id", "period", "realtime_start")
            .check("realtime_range", "realtime_end IS NULL OR realtime_end >= realtime_start")
            // A revision, once closed by a later vintage, stays closed: re-importing an older file cannot reopen it.
            .upsertGuard("cur.realtime_end IS NULL OR EXCLUDED.realtime_end IS NOT NULL"),
        TableSpec.of(CORPORATE_ACTIONS, CorporateAction.getDefaultInstance()).key("action_id").index(INSTRUMENT_ID, "ex_date"),
        TableSpec.of(SETTLEMENT_INSTRUCTIONS, SettlementInstruction.getDefaultInstance()).key("instruction_id")
            .index(INSTRUMENT_ID, "settlement_date").index("trade_reference"),
        TableSpec.of(RISK_METRICS, RiskMetric.getDefaultInstance()).key("metric_id")
            .index(INSTRUMENT_ID, "as_of").index("portfolio_id", "as_of"),
        TableSpec.of(NEWS_SENTIMENT, NewsSentiment.getDefaultInstance()).key("news_id")
            .ginIndex("instrument_ids").index("published_time"),
        TableSpec.of(TRADES, TradePrint.getDefaultInstance()).nanos(EVENT_TIME)
            .partitioned(new TimePartitioning(EVENT_TIME, TimePartitioning.DAY, INSTRUMENT_ID, "event_time DESC", AFTER_A_WEEK))
            .index(INSTRUMENT_ID, EVENT_TIME),
        TableSpec.of(QUOTES, Quote.getDefaultInstance()).nanos(EVENT_TIME)
            .partitioned(new TimePartitioning(EVENT_TIME, TimePartitioning.DAY, INSTRUMENT_ID, "event_time DESC", AFTER_A_WEEK))
            .index(INSTRUMENT_ID, EVENT_TIME),
        TableSpec.of(BOOK_SNAPSHOTS, BookSnapshot.getDefaultInstance()).nanos(EVENT_TIME)
            .partitioned(new TimePartitioning(EVENT_TIME, TimePartitioning.DAY, INSTRUMENT_ID, "event_time DESC", AFTER_A_WEEK))
            .index(INSTRUMENT_ID, EVENT_TIME),
        TableSpec.of(CANDLES, Candle.getDefaultInstance()).key(INSTRUMENT_ID, "interval", "bar_size", "bucket_start")
            .partitioned(new TimePartitioning("bucket_start", TimePartitioning.MONTH, "instrument_id, \"interval\"",
                "bucket_start DESC, bar_size", "30 days"))
            // A candle is replaced by a later revision, or by a later state of the same revision (partial, then final).
            .upsertGuard("(EXCLUDED.revision, coalesce(EXCLUDED.event_time, '-infinity'))"
                + " >= (cur.revision, coalesce(cur.event_time, '-infinity'))"),
        TableSpec.of(DATA_QUALITY_EVENTS, DataQualityEvent.getDefaultInstance())
            .partitioned(new TimePartitioning(EVENT_TIME, TimePartitioning.DAY, INSTRUMENT_ID, "event_time DESC", AFTER_A_WEEK))
            .index(INSTRUMENT_ID, EVENT_TIME));

    private StorableTables() {
    }

    /**
     * Every stored table, reference tables first.
     *
     * @return the specs in creation order.
     */
    public static List<TableSpec> all() {
        return ALL;
    }

    /**
     * The spec of one table.
     *
     * @param name table name.
     * @return its spec.
     * @throws IllegalArgumentException if fdp stores no such table.
     */
    public static TableSpec spec(final String name) {
        for (final TableSpec spec : ALL) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw new IllegalArgumentException("no stored table " + name);
    }
}
