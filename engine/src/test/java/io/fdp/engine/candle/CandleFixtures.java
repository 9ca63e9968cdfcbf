package io.fdp.engine.candle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Shared fixtures of the candle tests: times, a recording listener and aggregator factories. */
final class CandleFixtures {
    static final long SECOND_NS = 1_000_000_000L;
    static final long MILLI_NS = 1_000_000L;
    static final Set<CandleInterval> SECOND_AND_MINUTE = EnumSet.of(CandleInterval.ONE_SECOND, CandleInterval.ONE_MINUTE);

    private CandleFixtures() {
    }

    /** Nanoseconds since the epoch of an ISO-8601 instant such as {@code 2024-03-15T10:00:00.5Z}. */
    static long at(final String isoInstant) {
        final Instant instant = Instant.parse(isoInstant);
        return instant.getEpochSecond() * SECOND_NS + instant.getNano();
    }

    /** Trade time 10:hh:mm:ss.fff on 2024-03-15, written as {@code "00:00.5"} for 10:00:00.5. */
    static long tenAm(final String minutesSeconds) {
        return at("2024-03-15T10:" + minutesSeconds + "Z");
    }

    /** Aggregator over 1s and 1m candles with a 5 s late horizon and no bars. */
    static CandleAggregator timeAggregator(final RecordingListener listener) {
        return new CandleAggregator(4, SECOND_AND_MINUTE, 0, 0, 5 * SECOND_NS, listener);
    }

    /** One trade of instrument 0 in a test table. */
    record Trade(long timestampNs, long price, long size) {
    }

    /** Trade at 10:{@code minutesSeconds} on 2024-03-15. */
    static Trade trade(final String minutesSeconds, final long price, final long size) {
        return new Trade(tenAm(minutesSeconds), price, size);
    }

    /** Feeds trades of instrument 0 in order and returns the code of the last one. */
    static int feed(final CandleAggregator aggregator, final List<Trade> trades) {
        int code = CandleAggregator.OK;
        for (final Trade trade : trades) {
            code = aggregator.onTrade(0, trade.timestampNs(), trade.price(), trade.size());
        }
        return code;
    }

    /** Keeps a copy of every published candle. */
    static final class RecordingListener implements CandleListener {
        final List<Candle> candles = new ArrayList<>();

        @Override
        public void onCandle(final Candle candle) {
            candles.add(new Candle().copyFrom(candle));
        }

        List<Candle> of(final int barKind, final long barSpec) {
            final List<Candle> matching = new ArrayList<>();
            for (final Candle candle : candles) {
                if (candle.barKind() == barKind && candle.barSpec() == barSpec) {
                    matching.add(candle);
                }
            }
            return matching;
        }

        List<Candle> of(final CandleInterval interval) {
            return of(Candle.KIND_TIME, interval.intervalNs());
        }

        Candle last() {
            return candles.get(candles.size() - 1);
        }
    }
}
