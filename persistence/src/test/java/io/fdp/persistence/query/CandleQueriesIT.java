package io.fdp.persistence.query;

import static io.fdp.persistence.testing.Protos.decimal;
import static io.fdp.persistence.testing.Protos.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.persistence.db.Database;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.persistence.store.MarketDataWriter;
import io.fdp.persistence.store.WriteStrategy;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.api.v1.ListCandlesRequest;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.common.v1.DataQualityFlag;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.PageRequest;
import io.fdp.proto.common.v1.TimeRange;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleInterval;
import io.fdp.proto.market.v1.CandleState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class CandleQueriesIT {
    private static final String INSTRUMENT = "XNAS.CANDLE";
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-05-02T00:00:00Z"), ZoneOffset.UTC);

    private static Database database;
    private static MarketDataQueries queries;

    /** One-minute candles at 09:55, 10:00, 10:01, 10:04 and 10:07 (prices in tenths). */
    @BeforeAll
    static void open() {
        database = TestPostgres.migratedDatabase("candle_queries");
        queries = new MarketDataQueries(database.dataSource(), NOW);
        new MarketDataWriter(database.dataSource(), WriteStrategy.COPY_BINARY).writeCandles(List.of(
            minute("09:55", 990, 1000, 980, 995, 10, 2, 992),
            minute("10:00", 1000, 1010, 990, 1005, 10, 3, 1002),
            minute("10:01", 1005, 1020, 1000, 1010, 20, 4, 1011),
            minute("10:04", 1010, 1015, 970, 980, 30, 5, 990),
            minute("10:07", 980, 990, 975, 985, 5, 1, 982),
            minute("10:00", 500, 500, 500, 500, 1, 1, 500).toBuilder().setInstrumentId("XNAS.STORED5")
                .setInterval(CandleInterval.CANDLE_INTERVAL_5_MINUTES).setBucketEnd(time("2024-05-01T10:05:00Z")).build()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Candle minute(final String hhmm, final long open, final long high, final long low, final long close, final long volume,
        final long trades, final long vwap) {
        final Instant start = Instant.parse("2024-05-01T" + hhmm + ":00Z");
        return Candle.newBuilder().setInstrumentId(INSTRUMENT).setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE)
            .setBucketStart(ProtoValues.timestamp(start)).setBucketEnd(ProtoValues.timestamp(start.plusSeconds(60)))
            .setOpen(decimal(open, -1)).setHigh(decimal(high, -1)).setLow(decimal(low, -1)).setClose(decimal(close, -1))
            .setVolume(decimal(volume, 0)).setTradeCount(trades).setVwap(decimal(vwap, -1)).setState(CandleState.CANDLE_STATE_FINAL)
            .setEventTime(ProtoValues.timestamp(start.plusSeconds(59))).build();
    }

    private static ListCandlesRequest.Builder request(final CandleInterval interval, final String from, final String to) {
        return ListCandlesRequest.newBuilder().setInstrumentId(INSTRUMENT).setInterval(interval)
            .setRange(TimeRange.newBuilder().setStart(time("2024-05-01T" + from + ":00Z")).setEnd(time("2024-05-01T" + to + ":00Z")));
    }

    private static List<String> summary(final ListCandlesResponse response) {
        final List<String> lines = new ArrayList<>();
        for (final Candle candle : response.getCandlesList()) {
            final boolean filled = candle.getMetadata().getQualityFlagsList().contains(DataQualityFlag.DATA_QUALITY_FLAG_ESTIMATED);
            lines.add(ProtoValues.instant(candle.getBucketStart()).toString().substring(11, 16) + " " + number(candle.getOpen()) + "/"
                + number(candle.getHigh()) + "/" + number(candle.getLow()) + "/" + number(candle.getClose())
                + " v" + number(candle.getVolume()) + " n" + candle.getTradeCount() + (filled ? " filled" : ""));
        }
        return lines;
    }

    private static String number(final Decimal decimal) {
        return ProtoValues.bigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    @Test
    void returnsTheStoredCandlesOfARange() {
        assertThat(summary(queries.listCandles(request(CandleInterval.CANDLE_INTERVAL_1_MINUTE, "10:00", "10:05").build())))
            .containsExactly("10:00 100/101/99/100.5 v10 n3", "10:01 100.5/102/100/101 v20 n4", "10:04 101/101.5/97/98 v30 n5");
    }

    @Test
    void fillsEveryEmptyBucketWithThePreviousClose() {
        final ListCandlesResponse filled = queries.listCandles(request(CandleInterval.CANDLE_INTERVAL_1_MINUTE, "09:58", "10:08")
            .setFillGaps(true).build());
        assertThat(summary(filled)).containsExactly(
            "09:58 99.5/99.5/99.5/99.5 v0 n0 filled",
            "09:59 99.5/99.5/99.5/99.5 v0 n0 filled",
            "10:00 100/101/99/100.5 v10 n3",
            "10:01 100.5/102/100/101 v20 n4",
            "10:02 101/101/101/101 v0 n0 filled",
            "10:03 101/101/101/101 v0 n0 filled",
            "10:04 101/101.5/97/98 v30 n5",
            "10:05 98/98/98/98 v0 n0 filled",
            "10:06 98/98/98/98 v0 n0 filled",
            "10:07 98/99/97.5/98.5 v5 n1");
        assertThat(filled.getCandles(4).getBucketEnd()).isEqualTo(time("2024-05-01T10:03:00Z"));
        assertThat(filled.getCandles(4).getState()).isEqualTo(CandleState.CANDLE_STATE_FINAL);
    }

    @Test
    void fillsNothingBeforeTheFirstKnownClose() {
        assertThat(summary(queries.listCandles(ListCandlesRequest.newBuilder().setInstrumentId(INSTRUMENT)
            .setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE).setFillGaps(true)
            .setRange(TimeRange.newBuilder().setStart(time("2024-05-01T09:53:00Z")).setEnd(time("2024-05-01T09:57:00Z"))).build())))
            .containsExactly("09:55 99/100/98/99.5 v10 n2", "09:56 99.5/99.5/99.5/99.5 v0 n0 filled");
    }

    @Test
    void pagesFilledCandlesWithATimeCursor() {
        final ListCandlesRequest.Builder request = request(CandleInterval.CANDLE_INTERVAL_1_MINUTE, "10:00", "10:08").setFillGaps(true)
            .setPage(PageRequest.newBuilder().setPageSize(3));
        final List<String> all = new ArrayList<>();
        ListCandlesResponse page;
        do {
            page = queries.listCandles(request.build());
            assertThat(page.getCandlesCount()).isLessThanOrEqualTo(3);
            all.addAll(summary(page));
            request.getPageBuilder().setPageToken(page.getPage().getNextPageToken());
        } while (!page.getPage().getNextPageToken().isEmpty());
        assertThat(all).hasSize(8).startsWith("10:00 100/101/99/100.5 v10 n3").endsWith("10:07 98/99/97.5/98.5 v5 n1");
    }

    @Test
    void pagesStoredCandlesWithATimeCursor() {
        final ListCandlesRequest.Builder request = ListCandlesRequest.newBuilder().setInstrumentId(INSTRUMENT)
            .setInterval(CandleInterval.CANDLE_INTERVAL_1_MINUTE).setPage(PageRequest.newBuilder().setPageSize(2));
        final ListCandlesResponse first = queries.listCandles(request.build());
        request.getPageBuilder().setPageToken(first.getPage().getNextPageToken());
        final ListCandlesResponse second = queries.listCandles(request.build());
        request.getPageBuilder().setPageToken(second.getPage().getNextPageToken());
        final ListCandlesResponse third = queries.listCandles(request.build());
        assertThat(summary(first)).extracting(line -> line.substring(0, 5)).containsExactly("09:55", "10:00");
        assertThat(summary(second)).extracting(line -> line.substring(0, 5)).containsExactly("10:01", "10:04");
        assertThat(summary(third)).extracting(line -> line.substring(0, 5)).containsExactly("10:07");
        assertThat(third.getPage().getNextPageToken()).isEmpty();
    }

    @Test
    void rollsUpOneMinuteCandlesIntoFiveMinutesWithDateBin() {
        final ListCandlesResponse rolled = queries.listCandles(request(CandleInterval.CANDLE_INTERVAL_5_MINUTES, "09:00", "11:00").build());
        assertThat(summary(rolled)).containsExactly("09:55 99/100/98/99.5 v10 n2", "10:00 100/102/97/98 v60 n12",
            "10:05 98/99/97.5/98.5 v5 n1");
        final Candle tenOClock = rolled.getCandles(1);
        assertThat(ProtoValues.bigDecimal(tenOClock.getVwap())).isEqualByComparingTo(new BigDecimal("99.9"));
        assertThat(tenOClock.getInterval()).isEqualTo(CandleInterval.CANDLE_INTERVAL_5_MINUTES);
        assertThat(tenOClock.getBucketEnd()).isEqualTo(time("2024-05-01T10:05:00Z"));
        assertThat(tenOClock.getMetadata().getTagsMap()).containsEntry("rollup_of", "CANDLE_INTERVAL_1_MINUTE");
    }

    @Test
    void rollsUpOneMinuteCandlesIntoHoursThroughTheRollupView() {
        assertThat(summary(queries.listCandles(request(CandleInterval.CANDLE_INTERVAL_1_HOUR, "00:00", "23:00").build())))
            .containsExactly("09:00 99/100/98/99.5 v10 n2", "10:00 100/102/97/98.5 v65 n13");
    }

    @Test
    void fillsRolledUpCandlesToo() {
        assertThat(summary(queries.listCandles(request(CandleInterval.CANDLE_INTERVAL_5_MINUTES, "09:55", "10:20").setFillGaps(true)
            .build())))
            .containsExactly("09:55 99/100/98/99.5 v10 n2", "10:00 100/102/97/98 v60 n12", "10:05 98/99/97.5/98.5 v5 n1",
                "10:10 98.5/98.5/98.5/98.5 v0 n0 filled", "10:15 98.5/98.5/98.5/98.5 v0 n0 filled");
    }

    @Test
    void prefersStoredCandlesOverARollup() {
        assertThat(summary(queries.listCandles(ListCandlesRequest.newBuilder().setInstrumentId("XNAS.STORED5")
            .setInterval(CandleInterval.CANDLE_INTERVAL_5_MINUTES).build()))).containsExactly("10:00 50/50/50/50 v1 n1");
    }
}
