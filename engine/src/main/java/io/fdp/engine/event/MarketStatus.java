package io.fdp.engine.event;

/**
 * Trading status codes carried by {@link EventType#MARKET_STATUS} events; the numbers are those of
 * {@code fdp.market.v1.MarketStatus}.
 */
public final class MarketStatus {
    /** Status not known. */
    public static final int UNKNOWN = 0;
    /** Before the open: orders accepted, no matching. */
    public static final int PRE_OPEN = 1;
    /** An auction (opening, closing or reopening) is running. */
    public static final int AUCTION = 2;
    /** Regular continuous trading. */
    public static final int OPEN = 3;
    /** Trading halted by the venue or a regulator. */
    public static final int HALTED = 4;
    /** Trading paused (for example a volatility pause). */
    public static final int PAUSED = 5;
    /** Quotes accepted, no trading (for example before a halt resumes). */
    public static final int QUOTING_ONLY = 6;
    /** After the close: late trade reports only. */
    public static final int POST_CLOSE = 7;
    /** The market is closed. */
    public static final int CLOSED = 8;

    private MarketStatus() {
    }
}
