package io.fdp.engine.state;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads back, in order, the values a {@link StateWriter} wrote: the reading half of engine state import.
 *
 * <p>Not thread-safe. Reading past the end throws {@link StateFormatException}.
 */
public final class StateReader {
    private final DirectBuffer buffer;
    private final int limit;
    private int position;

    /**
     * Creates a reader over a region of a buffer.
     *
     * @param buffer the bytes.
     * @param offset where the state starts.
     * @param length how many bytes it has.
     */
    public StateReader(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
    }

    /** @return how many bytes are left to read. */
    public int remaining() {
        return limit - position;
    }

    /** @return the next byte. */
    public byte getByte() {
        require(Byte.BYTES);
        final byte value = buffer.getByte(position);
        position += Byte.BYTES;
        return value;
    }

    /** @return the next byte as a boolean (non-zero is true). */
    public boolean getBoolean() {
        return getByte() != 0;
    }

    /** @return the next four bytes as an int. */
    public int getInt() {
        require(Integer.BYTES);
        final int value = buffer.getInt(position, ByteOrder.LITTLE_ENDIAN);
        position += Integer.BYTES;
        return value;
    }

    /** @return the next eight bytes as a long. */
    public long getLong() {
        require(Long.BYTES);
        final long value = buffer.getLong(position, ByteOrder.LITTLE_ENDIAN);
        position += Long.BYTES;
        return value;
    }

    /** @return the next string (UTF-8 length then bytes). */
    public String getString() {
        final int length = getInt();
        if (length < 0) {
            throw new StateFormatException("negative string length " + length + " at " + (position - Integer.BYTES));
        }
        require(length);
        final byte[] utf8 = new byte[length];
        buffer.getBytes(position, utf8);
        position += length;
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * Reads an int and checks it, for counts and configuration values that must match.
     *
     * @param expected the value the reader's side has.
     * @param what     names the value in the error.
     */
    public void expectInt(final int expected, final String what) {
        final int actual = getInt();
        if (actual != expected) {
            throw new StateFormatException(what + " is " + actual + " in the state but " + expected + " here");
        }
    }

    /**
     * Reads a long and checks it, for configuration values that must match.
     *
     * @param expected the value the reader's side has.
     * @param what     names the value in the error.
     */
    public void expectLong(final long expected, final String what) {
        final long actual = getLong();
        if (actual != expected) {
            throw new StateFormatException(what + " is " + actual + " in the state but " + expected + " here");
        }
    }

    /**
     * Reads a count and checks it is in range.
     *
     * @param max  the largest acceptable count.
     * @param what names the count in the error.
     * @return the count.
     */
    public int getCount(final int max, final String what) {
        final int count = getInt();
        if (count < 0 || count > max) {
            throw new StateFormatException(what + " " + count + " is outside [0, " + max + "]");
        }
        return count;
    }

    private void require(final int bytes) {
        if (bytes > limit - position) {
            throw new StateFormatException("state truncated: " + bytes + " bytes wanted at " + position + ", "
                + (limit - position) + " left");
        }
    }
}
