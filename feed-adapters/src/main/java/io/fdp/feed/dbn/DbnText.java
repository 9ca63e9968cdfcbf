package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * A fixed-width, NUL-padded DBN text field viewed in place: one {@code char} per byte, up to the first NUL.
 *
 * <p>The decoder reuses one view per field and re-points it at each record, so a listener reads it during the callback
 * and copies what it keeps ({@link #toString()} allocates; {@link #length()}, {@link #charAt(int)} and
 * {@link #contentEquals(CharSequence)} do not). Not thread-safe.
 */
public final class DbnText implements CharSequence {
    private DirectBuffer buffer;
    private int offset;
    private int length;

    /**
     * Points the view at a field and measures its text.
     *
     * @param buffer holding the field.
     * @param offset of the field's first byte.
     * @param width  of the field in bytes; the text ends at the first NUL or at the width.
     * @return this view.
     */
    public DbnText wrap(final DirectBuffer buffer, final int offset, final int width) {
        this.buffer = buffer;
        this.offset = offset;
        int textLength = 0;
        while (textLength < width && buffer.getByte(offset + textLength) != 0) {
            textLength++;
        }
        this.length = textLength;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(final int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " outside text of length " + length);
        }
        return (char) (buffer.getByte(offset + index) & 0xFF);
    }

    @Override
    public CharSequence subSequence(final int start, final int end) {
        return toString().substring(start, end);
    }

    /**
     * Compares the text with another character sequence without allocating.
     *
     * @param other the text to compare with.
     * @return {@code true} when both hold the same characters.
     */
    public boolean contentEquals(final CharSequence other) {
        if (other.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (other.charAt(i) != (char) (buffer.getByte(offset + i) & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return length == 0 ? "" : read(buffer, offset, length);
    }

    /**
     * Reads a fixed-width text field into a new string, one character per byte, up to the first NUL.
     *
     * @param buffer holding the field.
     * @param offset of the field's first byte.
     * @param width  of the field in bytes.
     * @return the text without its NUL padding.
     */
    static String read(final DirectBuffer buffer, final int offset, final int width) {
        int textLength = 0;
        while (textLength < width && buffer.getByte(offset + textLength) != 0) {
            textLength++;
        }
        final byte[] bytes = new byte[textLength];
        buffer.getBytes(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
