package io.fdp.engine.event;

/**
 * Trading status codes carried by {@link EventType#MARKET_STATUS} events.
 */
public final class MarketStatus {
    /** Status not known. */
    public static final int UNKNOWN = 0;
    /** Before the open: orders accepted, no matching. */
    public static final int PRE_OPEN = 1;
    /** Regular trading. */
    public static final int OPEN = 2;
    /** Trading halted by the venue or a regulator. */
    public static final int HALTED = 3;
    /** Trading paused (for example a volatility pause). */
    public static final int PAUSED = 4;
    /** Quotes accepted, no trading (for example before a halt resumes). */
    public static final int QUOTING_ONLY = 5;
    /** An auction is running. */
    public static final int AUCTION = 6;
    /** The market is closed. */
    public static final int CLOSED = 7;

    private MarketStatus() {
    }
}
