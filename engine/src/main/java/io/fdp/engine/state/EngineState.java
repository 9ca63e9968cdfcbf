package io.fdp.engine.state;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;

/**
 * Exports and imports the whole state of an engine: its instruments, the book stage and the candle stage.
 *
 * <p>Export reads state owned by the engine threads, so call it when nothing is published and the engine is drained
 * (or stopped); import writes that state, so call it before the engine starts. An engine restored from an export has
 * exactly the {@link Engine#stateHash()} of the engine that was exported. Counters, subscriptions and pending resync
 * requests are not state: they start afresh (stale books raise a new resync request).
 *
 * <pre>
 *   int     VERSION
 *   int     instrument count, then per instrument: string symbol, int priceExponent, int sizeExponent,
 *           long tickSize, long lotSize
 *   ...     BookHandler.writeState (books, L1, last trades, flags, sequence positions)
 *   ...     CandleHandler.writeState (open and retained candles, bars, timers)
 * </pre>
 */
public final class EngineState {
    /** Version of the layout written by {@link #write}. */
    public static final int VERSION = 1;

    private EngineState() {
    }

    /**
     * Writes an engine's state.
     *
     * @param engine a drained engine with nothing being published, or one not started.
     * @param out    where to write.
     */
    public static void write(final Engine engine, final StateWriter out) {
        out.putInt(VERSION);
        final InstrumentRegistry registry = engine.registry();
        final int count = registry.count();
        out.putInt(count);
        for (int id = 0; id < count; id++) {
            out.putString(registry.symbol(id)).putInt(registry.priceExponent(id)).putInt(registry.sizeExponent(id))
                .putLong(registry.tickSize(id)).putLong(registry.lotSize(id));
        }
        engine.books().writeState(out);
        engine.candles().writeState(out);
    }

    /**
     * Replaces an engine's state with what {@link #write} wrote; instruments missing from its registry are registered
     * with the ids they had, and an instrument registered under another id is an error.
     *
     * @param engine an engine built with the same configuration, not started.
     * @param in     where to read.
     */
    public static void read(final Engine engine, final StateReader in) {
        final int version = in.getInt();
        if (version != VERSION) {
            throw new StateFormatException("engine state version " + version + " is not supported (this build reads "
                + VERSION + ")");
        }
        final InstrumentRegistry registry = engine.registry();
        final int count = in.getCount(registry.capacity(), "instrument count");
        for (int id = 0; id < count; id++) {
            final String symbol = in.getString();
            final int priceExponent = in.getInt();
            final int sizeExponent = in.getInt();
            final long tickSize = in.getLong();
            final long lotSize = in.getLong();
            final int registered = registry.register(symbol, priceExponent, sizeExponent, tickSize, lotSize);
            if (registered != id) {
                throw new StateFormatException("instrument " + symbol + " has id " + id + " in the state but " + registered
                    + " in the registry");
            }
        }
        engine.books().readState(in);
        engine.candles().readState(in);
    }
}
