package io.fdp.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleAggregator;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.candle.CandleListener;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.state.EngineOutput;
import io.fdp.engine.state.StateReader;
import io.fdp.engine.state.StateWriter;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.engine.subscription.SubscriberHub;
import org.agrona.concurrent.EpochNanoClock;

import java.util.EnumSet;

/**
 * The candle stage: feeds the trades the book stage derived into the candle aggregator, closes candles on
 * heartbeats, and hands closed and revised candles to subscribers.
 *
 * <p>Runs on the engine thread right after the book stage; that thread owns the candles.
 */
public final class CandleHandler implements EventHandler<MarketEvent>, CandleListener {
    private final CandleAggregator candles;
    private final SubscriberHub hub;
    private final EngineCounters counters;
    private EpochNanoClock latencyClock;
    private EngineOutput output = EngineOutput.NONE;

    CandleHandler(final EngineConfig config, final SubscriberHub hub, final EngineCounters counters) {
        this.hub = hub;
        this.counters = counters;
        candles = new CandleAggregator(config.maxInstruments(), EnumSet.allOf(CandleInterval.class), config.tickBarTrades(),
            config.volumeBarSize(), config.candleLateHorizonNs(), this);
    }

    @Override
    public void onEvent(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        process(event);
        if (endOfBatch && latencyClock != null) {
            counters.candleLatency().record(latencyClock.nanoTime() - event.ingestionTimeNs());
        }
    }

    void latencyClock(final EpochNanoClock clock) {
        latencyClock = clock;
    }

    private void process(final MarketEvent event) {
        if (event.tradeSize() > 0) {
            final int result = candles.onTrade(event.instrumentId(), event.eventTimeNs(), event.tradePrice(), event.tradeSize());
            if (result < 0) {
                counters.increment(EngineCounters.Misc.CANDLE_REJECTS);
                if (result == CandleAggregator.TOO_LATE) {
                    hub.onDataQuality(event.instrumentId(), DataQuality.LATE_TRADE_DROPPED, event.eventTimeNs(), 0);
                    output.onDataQuality(event.instrumentId(), DataQuality.LATE_TRADE_DROPPED, event.eventTimeNs(),
                        event.eventTimeNs(), 0);
                }
            }
        } else if (event.type() == EventType.HEARTBEAT) {
            candles.onTime(event.eventTimeNs());
        }
    }

    @Override
    public void onCandle(final Candle candle) {
        counters.increment(candle.state() == Candle.STATE_REVISED
            ? EngineCounters.Misc.CANDLES_REVISED : EngineCounters.Misc.CANDLES_CLOSED);
        hub.onCandle(candle);
        output.onCandle(candle);
    }

    /** @return the aggregator (engine thread, or after the engine has stopped). */
    public CandleAggregator candles() {
        return candles;
    }

    /**
     * Hashes every candle (engine thread, or after the engine has stopped).
     *
     * @param seed the hash so far.
     * @return the new hash.
     */
    public long stateHash(final long seed) {
        return candles.stateHash(seed);
    }

    /** Installs the synchronous output hook (before the engine starts). */
    void output(final EngineOutput value) {
        output = value;
    }

    /**
     * Writes the candle stage's state (engine thread, or a drained or stopped engine).
     *
     * @param out where to write.
     */
    public void writeState(final StateWriter out) {
        candles.writeState(out);
    }

    /**
     * Replaces the candle stage's state with what {@link #writeState} wrote (before the engine starts).
     *
     * @param in where to read.
     */
    public void readState(final StateReader in) {
        candles.readState(in);
    }
}
