package io.fdp.feed.itch;

/**
 * Packs ITCH alpha fields (left-justified, space-padded ASCII) into a {@code long} and back.
 *
 * <p>The decoder reads an alpha field of up to 8 bytes as one big-endian integer, so the first character is the most
 * significant byte and a 4-byte MPID occupies the low 32 bits: packed symbols compare and hash as plain longs on the
 * hot path. Turning them into strings allocates and belongs at the edge (symbol lookup, logs, tests).
 */
public final class ItchAlpha {
    private static final int MAX_WIDTH = 8;

    private ItchAlpha() {
    }

    /**
     * Packs text into a space-padded alpha field of the given width, as the decoder would read it.
     *
     * @param text  ASCII text no longer than {@code width}.
     * @param width field width in bytes, 1 to 8 (8 for a stock symbol, 4 for an MPID).
     * @return the packed field.
     * @throws IllegalArgumentException if the width is out of range or the text is too long or not printable ASCII.
     */
    public static long pack(final CharSequence text, final int width) {
        checkWidth(width);
        if (text.length() > width) {
            throw new IllegalArgumentException("'" + text + "' is longer than " + width + " characters");
        }
        long packed = 0;
        for (int i = 0; i < width; i++) {
            final char c = i < text.length() ? text.charAt(i) : ' ';
            if (c < ' ' || c > '~') {
                throw new IllegalArgumentException("'" + text + "' is not printable ASCII");
            }
            packed = (packed << 8) | c;
        }
        return packed;
    }

    /**
     * Packs a stock symbol into the 8-byte form the decoder passes as {@code stock}.
     *
     * @param symbol a symbol of at most 8 ASCII characters.
     * @return the packed symbol.
     */
    public static long packStock(final CharSequence symbol) {
        return pack(symbol, ItchDescriptor.STOCK_LENGTH);
    }

    /**
     * Unpacks an alpha field of the given width into a string without its trailing padding spaces.
     *
     * @param packed the packed field as the decoder passed it.
     * @param width  field width in bytes, 1 to 8.
     * @return the text with trailing spaces removed.
     */
    public static String toTrimmedString(final long packed, final int width) {
        checkWidth(width);
        final char[] chars = new char[width];
        int length = 0;
        for (int i = 0; i < width; i++) {
            chars[i] = (char) ((packed >>> (8 * (width - 1 - i))) & 0xFF);
            if (chars[i] != ' ') {
                length = i + 1;
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * Unpacks a stock symbol into a string without its trailing padding spaces.
     *
     * @param stock the packed 8-byte symbol.
     * @return the symbol, e.g. {@code "AAPL"}.
     */
    public static String stockToString(final long stock) {
        return toTrimmedString(stock, ItchDescriptor.STOCK_LENGTH);
    }

    private static void checkWidth(final int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("alpha width must be 1 to 8: " + width);
        }
    }
}
