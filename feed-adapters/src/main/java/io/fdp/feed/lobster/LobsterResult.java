package io.fdp.feed.lobster;

/**
 * Codes returned by the LOBSTER parsers and passed to the listeners' {@code onRejected} callbacks.
 */
public final class LobsterResult {
    /** The line was parsed and delivered. */
    public static final int OK = 0;

    /** The line does not have the number of comma-separated fields its file format requires. */
    public static final int WRONG_FIELD_COUNT = -1;

    /** A field is empty or is not a decimal number of the expected form (a sign where none is allowed included). */
    public static final int MALFORMED_NUMBER = -2;

    /** A number overflows a {@code long}, or a message type or direction lies outside its allowed values. */
    public static final int OUT_OF_RANGE = -3;

    /** The line is longer than a reader's line buffer; the reader skips to the next line. */
    public static final int LINE_TOO_LONG = -4;

    private LobsterResult() {
    }

    /**
     * Names a code for logs and error messages.
     *
     * @param code a code of this class.
     * @return the constant's name, or {@code "UNKNOWN_CODE"} for any other value.
     */
    public static String name(final int code) {
        return switch (code) {
            case OK -> "OK";
            case WRONG_FIELD_COUNT -> "WRONG_FIELD_COUNT";
            case MALFORMED_NUMBER -> "MALFORMED_NUMBER";
            case OUT_OF_RANGE -> "OUT_OF_RANGE";
            case LINE_TOO_LONG -> "LINE_TOO_LONG";
            default -> "UNKNOWN_CODE";
        };
    }
}
