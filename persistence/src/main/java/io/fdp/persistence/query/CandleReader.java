package io.fdp.persistence.query;

import io.fdp.engine.candle.CandleInterval;
import io.fdp.persistence.db.PersistenceException;
import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.persistence.schema.PostgresDdl;
import io.fdp.proto.api.v1.ListCandlesRequest;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.common.v1.DataQualityFlag;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Candles of an instrument and interval in a range: the stored ones, or, when none of a time interval longer than a
 * minute are stored, ones rolled up from one-minute candles ({@code candles_1h_rollup} for an hour, {@code date_bin}
 * for the others); optionally with every empty bucket filled from the previous close.
 */
final class CandleReader {
    static final int DEFAULT_PAGE_SIZE = 500;
    static final int MAX_PAGE_SIZE = 10_000;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long ONE_MINUTE_NS = CandleInterval.ONE_MINUTE.intervalNs();
    private static final String ONE_MINUTE = io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_1_MINUTE.name();
    private static final String EPOCH = "TIMESTAMPTZ '1970-01-01 00:00:00+00'";
    private static final MathContext VWAP_DIGITS = new MathContext(18);
    private static final Metadata ROLLUP_METADATA = Metadata.newBuilder()
        .setSource(Source.newBuilder().setSystem("fdp")).putTags("rollup_of", ONE_MINUTE).build();
    private static final Metadata FILL_METADATA = Metadata.newBuilder()
        .setSource(Source.newBuilder().setSystem("fdp")).addQualityFlags(DataQualityFlag.DATA_QUALITY_FLAG_ESTIMATED)
        .putTags("gap_fill", "previous_close").build();

    private final DataSource dataSource;
    private final MessageTable candles;

    CandleReader(final DataSource dataSource, final MessageTable candles) {
        this.dataSource = dataSource;
        this.candles = candles;
    }

    /** The request's selection: instrument, interval, bar size and bucket length. */
    private record Series(String instrumentId, io.fdp.proto.market.v1.CandleInterval interval, BigDecimal barSize, long widthNs) {
    }

    ListCandlesResponse list(final ListCandlesRequest request, final Instant now) {
        if (request.getInstrumentId().isEmpty()) {
            throw new IllegalArgumentException("instrument_id is required");
        }
        if (request.getInterval() == io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_UNSPECIFIED
            || request.getInterval() == io.fdp.proto.market.v1.CandleInterval.UNRECOGNIZED) {
            throw new IllegalArgumentException("interval is required");
        }
        final int number = request.getInterval().getNumber();
        final boolean timeBased = number >= CandleInterval.ONE_SECOND.code() && number <= CandleInterval.ONE_DAY.code();
        final Series series = new Series(request.getInstrumentId(), request.getInterval(),
            request.hasBarSize() ? ProtoValues.bigDecimal(request.getBarSize()) : BigDecimal.ZERO,
            timeBased ? CandleInterval.fromCode(number).intervalNs() : 0);
        final int size = Paging.pageSize(request.getPage(), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        final Instant cursor = Paging.startTime(request.getPage());
        Instant from = cursor != null ? cursor : request.getRange().hasStart() ? ProtoValues.instant(request.getRange().getStart()) : null;
        Instant to = request.getRange().hasEnd() ? ProtoValues.instant(request.getRange().getEnd()) : null;
        if (timeBased) {
            from = from == null ? null : ceil(from, series.widthNs());
            to = to == null ? null : ceil(to, series.widthNs());
        }
        try (Connection connection = dataSource.getConnection()) {
            final boolean rollup = timeBased && series.widthNs() > ONE_MINUTE_NS && !stored(connection, series);
            if (request.getFillGaps() && timeBased) {
                return filled(connection, series, rollup, from, to == null ? ceil(now, series.widthNs()) : to, size, now);
            }
            final List<Candle> rows = fetch(connection, series, rollup, from, to, size + 1, now);
            final boolean more = rows.size() > size;
            final List<Candle> page = more ? rows.subList(0, size) : rows;
            final Instant next = more ? ProtoValues.instant(page.get(size - 1).getBucketStart()).plusNanos(1_000) : null;
            return ListCandlesResponse.newBuilder().addAllCandles(page).setPage(Paging.timePage(next)).build();
        } catch (final SQLException e) {
            throw new PersistenceException("cannot read candles: " + e.getMessage(), e);
        }
    }

    private ListCandlesResponse filled(final Connection connection, final Series series, final boolean rollup, final Instant from,
        final Instant end, final int size, final Instant now) throws SQLException {
        final Instant start = from != null ? from : firstBucket(connection, series, rollup);
        if (start == null || !start.isBefore(end)) {
            return ListCandlesResponse.getDefaultInstance();
        }
        final Instant windowEnd = min(end, plusNanos(start, Math.multiplyExact(series.widthNs(), (long) size)));
        final Map<Instant, Candle> byStart = new HashMap<>();
        for (final Candle candle : fetch(connection, series, rollup, start, windowEnd, size, now)) {
            byStart.put(ProtoValues.instant(candle.getBucketStart()), candle);
        }
        Decimal previousClose = closeBefore(connection, series, rollup, start);
        final List<Candle> out = new ArrayList<>();
        for (Instant bucket = start; bucket.isBefore(windowEnd); bucket = plusNanos(bucket, series.widthNs())) {
            final Candle candle = byStart.get(bucket);
            if (candle != null) {
                out.add(candle);
                previousClose = candle.hasClose() ? candle.getClose() : previousClose;
            } else if (previousClose != null) {
                out.add(fillCandle(series, bucket, previousClose, now));
            }
        }
        return ListCandlesResponse.newBuilder().addAllCandles(out)
            .setPage(Paging.timePage(windowEnd.isBefore(end) ? windowEnd : null)).build();
    }

    private static Candle fillCandle(final Series series, final Instant bucket, final Decimal close, final Instant now) {
        final Instant bucketEnd = plusNanos(bucket, series.widthNs());
        return Candle.newBuilder()
            .setInstrumentId(series.instrumentId())
            .setInterval(series.interval())
            .setBucketStart(ProtoValues.timestamp(bucket))
            .setBucketEnd(ProtoValues.timestamp(bucketEnd))
            .setOpen(close).setHigh(close).setLow(close).setClose(close)
            .setVolume(Decimal.getDefaultInstance())
            .setState(bucketEnd.isAfter(now) ? CandleState.CANDLE_STATE_PARTIAL : CandleState.CANDLE_STATE_FINAL)
            .setMetadata(FILL_METADATA)
            .build();
    }

    private boolean stored(final Connection connection, final Series series) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT 1 FROM candles WHERE instrument_id = ? AND \"interval\" = ? AND bar_size = ? LIMIT 1")) {
            Select.bind(statement, List.of(series.instrumentId(), series.interval().name(), series.barSize()));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private List<Candle> fetch(final Connection connection, final Series series, final boolean rollup, final Instant from,
        final Instant to, final int limit, final Instant now) throws SQLException {
        final Filter filter = new Filter().where("t.instrument_id = ?", series.instrumentId());
        if (!rollup) {
            filter.where("t.\"interval\" = ?", series.interval().name()).where("t.bar_size = ?", series.barSize());
            bounds(filter, "t.bucket_start", from, to);
            return Select.query(connection, candles, "SELECT " + candles.columnList("t") + " FROM candles t" + filter.sql()
                + " ORDER BY t.bucket_start LIMIT " + limit, filter.parameters());
        }
        final String sql;
        if (series.widthNs() == CandleInterval.ONE_HOUR.intervalNs()) {
            bounds(filter, "t.bucket_start", from, to);
            sql = "SELECT t.bucket_start, t.open, t.high, t.low, t.close, t.volume, t.trade_count, t.vwap_volume FROM "
                + PostgresDdl.CANDLES_1H_ROLLUP + " t" + filter.sql() + " ORDER BY t.bucket_start LIMIT " + limit;
        } else {
            filter.where("t.\"interval\" = '" + ONE_MINUTE + "'");
            bounds(filter, "t.bucket_start", from, to);
            final String bucket = "date_bin(INTERVAL '" + series.widthNs() / NANOS_PER_SECOND + " seconds', t.bucket_start, " + EPOCH + ")";
            sql = "SELECT " + bucket + ", (array_agg(t.open ORDER BY t.bucket_start))[1], max(t.high), min(t.low),"
                + " (array_agg(t.close ORDER BY t.bucket_start DESC))[1], sum(t.volume), sum(t.trade_count), sum(t.vwap * t.volume)"
                + " FROM candles t" + filter.sql() + " GROUP BY 1 ORDER BY 1 LIMIT " + limit;
        }
        final List<Candle> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Select.bind(statement, filter.parameters());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(rolledUp(series, result, now));
                }
            }
        }
        return rows;
    }

    private static Candle rolledUp(final Series series, final ResultSet row, final Instant now) throws SQLException {
        final Instant start = row.getObject(1, OffsetDateTime.class).toInstant();
        final Instant end = plusNanos(start, series.widthNs());
        final Candle.Builder candle = Candle.newBuilder()
            .setInstrumentId(series.instrumentId())
            .setInterval(series.interval())
            .setBucketStart(ProtoValues.timestamp(start))
            .setBucketEnd(ProtoValues.timestamp(end))
            .setState(end.isAfter(now) ? CandleState.CANDLE_STATE_PARTIAL : CandleState.CANDLE_STATE_FINAL)
            .setMetadata(ROLLUP_METADATA);
        setIfPresent(row.getBigDecimal(2), candle::setOpen);
        setIfPresent(row.getBigDecimal(3), candle::setHigh);
        setIfPresent(row.getBigDecimal(4), candle::setLow);
        setIfPresent(row.getBigDecimal(5), candle::setClose);
        final BigDecimal volume = row.getBigDecimal(6);
        setIfPresent(volume, candle::setVolume);
        final BigDecimal trades = row.getBigDecimal(7);
        candle.setTradeCount(trades == null ? 0 : trades.longValueExact());
        final BigDecimal vwapVolume = row.getBigDecimal(8);
        if (vwapVolume != null && volume != null && volume.signum() != 0) {
            candle.setVwap(ProtoValues.decimal(vwapVolume.divide(volume, VWAP_DIGITS)));
        }
        return candle.build();
    }

    private static void setIfPresent(final BigDecimal value, final java.util.function.Consumer<Decimal> setter) {
        if (value != null) {
            setter.accept(ProtoValues.decimal(value));
        }
    }

    private static void bounds(final Filter filter, final String column, final Instant from, final Instant to) {
        if (from != null) {
            filter.where(column + " >= ?", from);
        }
        if (to != null) {
            filter.where(column + " < ?", to);
        }
    }

    private Decimal closeBefore(final Connection connection, final Series series, final boolean rollup, final Instant before)
        throws SQLException {
        final List<Object> parameters = List.of(series.instrumentId(), rollup ? ONE_MINUTE : series.interval().name(),
            rollup ? BigDecimal.ZERO : series.barSize(), before);
        try (PreparedStatement statement = connection.prepareStatement("SELECT close FROM candles WHERE instrument_id = ?"
            + " AND \"interval\" = ? AND bar_size = ? AND bucket_start < ? AND close IS NOT NULL ORDER BY bucket_start DESC LIMIT 1")) {
            Select.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? ProtoValues.decimal(rows.getBigDecimal(1)) : null;
            }
        }
    }

    private Instant firstBucket(final Connection connection, final Series series, final boolean rollup) throws SQLException {
        final List<Object> parameters = List.of(series.instrumentId(), rollup ? ONE_MINUTE : series.interval().name(),
            rollup ? BigDecimal.ZERO : series.barSize());
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT min(bucket_start) FROM candles WHERE instrument_id = ? AND \"interval\" = ? AND bar_size = ?")) {
            Select.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                final OffsetDateTime first = rows.getObject(1, OffsetDateTime.class);
                return first == null ? null : floor(first.toInstant(), series.widthNs());
            }
        }
    }

    private static long epochNs(final Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    private static Instant ofEpochNs(final long epochNs) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, NANOS_PER_SECOND), Math.floorMod(epochNs, NANOS_PER_SECOND));
    }

    private static Instant floor(final Instant instant, final long widthNs) {
        return ofEpochNs(Math.floorDiv(epochNs(instant), widthNs) * widthNs);
    }

    private static Instant ceil(final Instant instant, final long widthNs) {
        return ofEpochNs(-Math.floorDiv(-epochNs(instant), widthNs) * widthNs);
    }

    private static Instant plusNanos(final Instant instant, final long nanos) {
        return ofEpochNs(Math.addExact(epochNs(instant), nanos));
    }

    private static Instant min(final Instant a, final Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
