package io.fdp.feed.itch;

/**
 * Negative codes returned instead of a consumed length when an ITCH message or frame cannot be decoded.
 *
 * <p>{@link ItchDecoder#decode} returns either the positive number of bytes it consumed or one of these codes;
 * {@link ItchFileReader} passes the same codes to {@link ItchListener#onRejected(long, int)} and returns
 * {@link #OK} or the code that stopped it.
 */
public final class ItchResult {
    /** The input ended cleanly on a frame boundary. */
    public static final int OK = 0;

    /** Fewer bytes were available than the message type (or the frame's length prefix) requires. */
    public static final int TRUNCATED = -1;

    /** The first byte of the message is not an ITCH 5.0 message type. */
    public static final int UNKNOWN_TYPE = -2;

    /** An unknown type behind a zero length prefix: the message length is unknowable, so reading stops there. */
    public static final int FRAMING_LOST = -3;

    private ItchResult() {
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
            case TRUNCATED -> "TRUNCATED";
            case UNKNOWN_TYPE -> "UNKNOWN_TYPE";
            case FRAMING_LOST -> "FRAMING_LOST";
            default -> "UNKNOWN_CODE";
        };
    }
}
