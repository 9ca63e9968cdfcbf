package io.fdp.feed.lobster;

/**
 * Receives the rows of a LOBSTER orderbook file, one call per line, on the reading thread.
 */
public interface LobsterBookListener {
    /**
     * Receives one parsed row; the row object is reused for the next line, so copy out what must outlive the call.
     *
     * @param lineNumber 1-based line number, equal to the number of the message line this book follows.
     * @param row        the book after that message.
     */
    void onBookRow(long lineNumber, LobsterBookRow row);

    /**
     * Receives a line that could not be parsed; reading continues with the next line.
     *
     * @param lineNumber 1-based line number in the file.
     * @param reason     a {@link LobsterResult} code.
     */
    default void onRejected(long lineNumber, int reason) {
    }
}
