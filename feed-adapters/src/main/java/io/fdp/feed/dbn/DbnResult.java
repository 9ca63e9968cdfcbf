package io.fdp.feed.dbn;

/**
 * Negative codes returned instead of a consumed length when DBN bytes cannot be decoded.
 *
 * <p>{@link DbnDecoder#decode} and {@link DbnMetadataDecoder#decode} return either the positive number of bytes they
 * consumed or one of these codes; {@link DbnFileReader} passes the same codes to
 * {@link DbnListener#onRejected(long, int)} and returns {@link #OK} or the code that stopped it. A record of an
 * unknown rtype is not an error: the decoder skips it by its length and reports it to
 * {@link DbnListener#onSkipped(int, int)}.
 */
public final class DbnResult {
    /** The input ended cleanly on a record boundary. */
    public static final int OK = 0;

    /**
     * The range ends inside the 8-byte prefix, the metadata, a 16-byte record header or the length a record header
     * declares: the data is cut short (or, on a stream, more bytes are needed).
     */
    public static final int TRUNCATED = -1;

    /** A record header declares a length below the 16-byte header itself, so the next record cannot be found. */
    public static final int BAD_LENGTH = -2;

    /** A known rtype whose declared length is shorter than its layout; its length still locates the next record. */
    public static final int SHORT_RECORD = -3;

    /** The input does not start with the {@code DBN} magic bytes. */
    public static final int NOT_DBN = -4;

    /** The DBN version byte is not {@link DbnDescriptor#SUPPORTED_VERSION}: other versions lay records out differently. */
    public static final int UNSUPPORTED_VERSION = -5;

    /** The input starts with the Zstandard frame magic {@code 28 B5 2F FD}: decompress it before decoding. */
    public static final int UNSUPPORTED_COMPRESSION = -6;

    /** The metadata's lists or symbol width do not fit inside the metadata length. */
    public static final int BAD_METADATA = -7;

    /** Number of codes, {@link #OK} included; codes run from {@code 0} down to {@code 1 - CODE_COUNT}. */
    static final int CODE_COUNT = 8;

    private DbnResult() {
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
            case BAD_LENGTH -> "BAD_LENGTH";
            case SHORT_RECORD -> "SHORT_RECORD";
            case NOT_DBN -> "NOT_DBN";
            case UNSUPPORTED_VERSION -> "UNSUPPORTED_VERSION";
            case UNSUPPORTED_COMPRESSION -> "UNSUPPORTED_COMPRESSION";
            case BAD_METADATA -> "BAD_METADATA";
            default -> "UNKNOWN_CODE";
        };
    }
}
