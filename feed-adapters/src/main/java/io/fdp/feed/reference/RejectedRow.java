package io.fdp.feed.reference;

/**
 * A source row an importer did not accept; the import carried on with the next row.
 *
 * @param lineNumber 1-based line of the file (the header is line 1).
 * @param reason why the row was rejected, such as {@code malformed number 'abc'}.
 */
public record RejectedRow(long lineNumber, String reason) {
    /** Formats the rejection as {@code line N: reason}. */
    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
