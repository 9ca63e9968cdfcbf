package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CandleIntervalTest {
    private static final long TRADE_NS = at("2024-03-15T10:07:31.5Z");

    static Stream<Arguments> lengths() {
        return Stream.of(
            Arguments.of(CandleInterval.ONE_SECOND, 1_000_000_000L, 1),
            Arguments.of(CandleInterval.ONE_MINUTE, 60_000_000_000L, 2),
            Arguments.of(CandleInterval.FIVE_MINUTES, 300_000_000_000L, 3),
            Arguments.of(CandleInterval.FIFTEEN_MINUTES, 900_000_000_000L, 4),
            Arguments.of(CandleInterval.ONE_HOUR, 3_600_000_000_000L, 5),
            Arguments.of(CandleInterval.ONE_DAY, 86_400_000_000_000L, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void hasStableLengthAndCode(final CandleInterval interval, final long intervalNs, final int code) {
        assertEquals(intervalNs, interval.intervalNs());
        assertEquals(code, interval.code());
        assertEquals(interval, CandleInterval.fromCode(code));
    }

    static Stream<Arguments> alignments() {
        final List<Arguments> cases = new ArrayList<>();
        for (final CandleInterval interval : CandleInterval.values()) {
            final long ns = interval.intervalNs();
            cases.add(Arguments.of(interval, "epoch zero", 0L, 0L));
            cases.add(Arguments.of(interval, "one ns after epoch", 1L, 0L));
            cases.add(Arguments.of(interval, "last ns of the first bucket", ns - 1, 0L));
            cases.add(Arguments.of(interval, "exact boundary starts the next bucket", ns, ns));
            cases.add(Arguments.of(interval, "one ns after a boundary", ns + 1, ns));
            cases.add(Arguments.of(interval, "one ns before epoch", -1L, -ns));
            cases.add(Arguments.of(interval, "exact negative boundary", -ns, -ns));
            cases.add(Arguments.of(interval, "one ns after a negative boundary", -ns + 1, -ns));
            cases.add(Arguments.of(interval, "one ns before a negative boundary", -ns - 1, -2 * ns));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("alignments")
    void alignsBucketStart(final CandleInterval interval, final String name, final long timestampNs, final long startNs) {
        assertEquals(startNs, interval.bucketStartNs(timestampNs), name);
    }

    static Stream<Arguments> wallClockAlignments() {
        return Stream.of(
            Arguments.of(CandleInterval.ONE_SECOND, at("2024-03-15T10:07:31Z")),
            Arguments.of(CandleInterval.ONE_MINUTE, at("2024-03-15T10:07:00Z")),
            Arguments.of(CandleInterval.FIVE_MINUTES, at("2024-03-15T10:05:00Z")),
            Arguments.of(CandleInterval.FIFTEEN_MINUTES, at("2024-03-15T10:00:00Z")),
            Arguments.of(CandleInterval.ONE_HOUR, at("2024-03-15T10:00:00Z")),
            Arguments.of(CandleInterval.ONE_DAY, at("2024-03-15T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0} of 10:07:31.5")
    @MethodSource("wallClockAlignments")
    void alignsToUtcWallClock(final CandleInterval interval, final long startNs) {
        assertEquals(startNs, interval.bucketStartNs(TRADE_NS));
    }

    @Test
    void alignsDaysBeforeTheEpochToUtcMidnight() {
        assertEquals(at("1969-12-31T00:00:00Z"), CandleInterval.ONE_DAY.bucketStartNs(at("1969-12-31T23:59:59.999Z")));
        assertEquals(at("1900-01-01T00:00:00Z"), CandleInterval.ONE_DAY.bucketStartNs(at("1900-01-01T12:00:00Z")));
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 7, 99})
    void rejectsUnknownCode(final int code) {
        assertThrows(IllegalArgumentException.class, () -> CandleInterval.fromCode(code));
    }
}
