package io.fdp.feed.lobster;

/**
 * Receives the events of a LOBSTER message file as primitives, one call per line, on the parsing thread.
 */
public interface LobsterListener {
    /**
     * Receives one event line.
     *
     * @param timeNs    nanoseconds after midnight.
     * @param type      a {@code LobsterDescriptor.TYPE_*} code, 1 to 7.
     * @param orderId   the order reference number.
     * @param size      number of shares.
     * @param price     dollars times 10000 (exponent {@link LobsterDescriptor#PRICE_EXPONENT}).
     * @param direction {@link LobsterDescriptor#DIRECTION_BUY} or {@link LobsterDescriptor#DIRECTION_SELL}.
     */
    void onMessage(long timeNs, int type, long orderId, long size, long price, int direction);

    /**
     * Receives a line that a reader could not parse; reading continues with the next line.
     *
     * @param lineNumber 1-based line number in the file.
     * @param reason     a {@link LobsterResult} code.
     */
    default void onRejected(long lineNumber, int reason) {
    }
}
