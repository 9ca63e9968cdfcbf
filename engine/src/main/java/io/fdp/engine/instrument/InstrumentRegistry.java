package io.fdp.engine.instrument;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps symbols to dense {@code int} ids and holds each instrument's scales, tick size and lot size.
 *
 * <p>Registration happens at the edge (feed threads, importers) and is synchronised; it is idempotent for a symbol.
 * Reads by id are lock-free: the arrays are allocated once at full capacity, and an id reaches the engine threads
 * only inside a ring event published after its registration, which orders the writes before the reads.
 */
public final class InstrumentRegistry {
    /** Returned by {@link #id(String)} for an unknown symbol and by {@link #register} when the registry is full. */
    public static final int NOT_FOUND = -1;
    /** Default capacity, comfortably above a full US equities universe. */
    public static final int DEFAULT_CAPACITY = 16_384;

    private final ConcurrentHashMap<String, Integer> idsBySymbol;
    private final String[] symbols;
    private final int[] priceExponents;
    private final int[] sizeExponents;
    private final long[] tickSizes;
    private final long[] lotSizes;
    private volatile int count;
    private RegistrationListener registrationListener;

    /** Told of each new registration, inside {@link #register}, before the id is returned to anyone. */
    @FunctionalInterface
    public interface RegistrationListener {
        /**
         * An instrument was registered.
         *
         * @param id            its dense id.
         * @param symbol        its symbol.
         * @param priceExponent its price scale.
         * @param sizeExponent  its size scale.
         * @param tickSize      its tick size.
         * @param lotSize       its lot size.
         */
        void onRegistered(int id, String symbol, int priceExponent, int sizeExponent, long tickSize, long lotSize);
    }

    /** Creates a registry with {@link #DEFAULT_CAPACITY}. */
    public InstrumentRegistry() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Creates a registry.
     *
     * @param capacity the most instruments it can hold.
     */
    public InstrumentRegistry(final int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        idsBySymbol = new ConcurrentHashMap<>(capacity * 2);
        symbols = new String[capacity];
        priceExponents = new int[capacity];
        sizeExponents = new int[capacity];
        tickSizes = new long[capacity];
        lotSizes = new long[capacity];
    }

    /**
     * Registers an instrument, or returns the id it already has.
     *
     * @param symbol        the symbol as the feed names it, for example {@code AAPL} or {@code XBT/USD}.
     * @param priceExponent prices of this instrument are mantissas times 10^priceExponent.
     * @param sizeExponent  sizes of this instrument are mantissas times 10^sizeExponent.
     * @param tickSize      minimum price increment as a price mantissa (1 when not known).
     * @param lotSize       minimum size increment as a size mantissa (1 when not known).
     * @return the dense id, or {@link #NOT_FOUND} when the registry is full.
     */
    public synchronized int register(
        final String symbol, final int priceExponent, final int sizeExponent, final long tickSize, final long lotSize) {
        final Integer existing = idsBySymbol.get(symbol);
        if (existing != null) {
            return existing;
        }
        final int id = count;
        if (id == symbols.length) {
            return NOT_FOUND;
        }
        symbols[id] = symbol;
        priceExponents[id] = priceExponent;
        sizeExponents[id] = sizeExponent;
        tickSizes[id] = tickSize;
        lotSizes[id] = lotSize;
        count = id + 1;
        idsBySymbol.put(symbol, id);
        if (registrationListener != null) {
            registrationListener.onRegistered(id, symbol, priceExponent, sizeExponent, tickSize, lotSize);
        }
        return id;
    }

    /**
     * Sets the listener told of every later registration (for example to make registrations durable).
     *
     * @param listener the listener, or null for none.
     */
    public synchronized void registrationListener(final RegistrationListener listener) {
        registrationListener = listener;
    }

    /**
     * Looks up a symbol (edge use; not for the hot path).
     *
     * @param symbol the symbol.
     * @return its dense id, or {@link #NOT_FOUND}.
     */
    public int id(final String symbol) {
        final Integer id = idsBySymbol.get(symbol);
        return id == null ? NOT_FOUND : id;
    }

    /** @return how many instruments are registered; ids are {@code 0 .. count()-1}. */
    public int count() {
        return count;
    }

    /** @return the most instruments this registry can hold. */
    public int capacity() {
        return symbols.length;
    }

    /**
     * Tells whether an id is registered.
     *
     * @param id a dense id.
     * @return true when {@code 0 <= id < count()}.
     */
    public boolean isValid(final int id) {
        return id >= 0 && id < count;
    }

    /** @param id a registered id. @return the instrument's symbol. */
    public String symbol(final int id) {
        return symbols[id];
    }

    /** @param id a registered id. @return the power of ten of the instrument's price mantissas. */
    public int priceExponent(final int id) {
        return priceExponents[id];
    }

    /** @param id a registered id. @return the power of ten of the instrument's size mantissas. */
    public int sizeExponent(final int id) {
        return sizeExponents[id];
    }

    /** @param id a registered id. @return the tick size as a price mantissa. */
    public long tickSize(final int id) {
        return tickSizes[id];
    }

    /** @param id a registered id. @return the lot size as a size mantissa. */
    public long lotSize(final int id) {
        return lotSizes[id];
    }
}
