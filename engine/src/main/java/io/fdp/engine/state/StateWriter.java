package io.fdp.engine.state;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Appends primitive values, little-endian, to a growing buffer: the writing half of engine state export.
 *
 * <p>Not thread-safe. Used when a snapshot is taken, off the hot path, so it may grow (allocate) as needed.
 */
public final class StateWriter {
    private final ExpandableArrayBuffer buffer;
    private int length;

    /** Creates a writer with a 64 KiB initial buffer. */
    public StateWriter() {
        this(64 * 1024);
    }

    /**
     * Creates a writer.
     *
     * @param initialCapacity initial buffer size in bytes.
     */
    public StateWriter(final int initialCapacity) {
        buffer = new ExpandableArrayBuffer(initialCapacity);
    }

    /** Forgets everything written, keeping the buffer. */
    public void reset() {
        length = 0;
    }

    /** @return how many bytes have been written. */
    public int length() {
        return length;
    }

    /** @return the buffer; bytes {@code 0 .. length()-1} are the state. */
    public DirectBuffer buffer() {
        return buffer;
    }

    /** @param value written as one byte. @return this writer. */
    public StateWriter putByte(final int value) {
        buffer.putByte(length, (byte) value);
        length += Byte.BYTES;
        return this;
    }

    /** @param value written as one byte, 1 or 0. @return this writer. */
    public StateWriter putBoolean(final boolean value) {
        return putByte(value ? 1 : 0);
    }

    /** @param value written as four bytes. @return this writer. */
    public StateWriter putInt(final int value) {
        buffer.putInt(length, value, ByteOrder.LITTLE_ENDIAN);
        length += Integer.BYTES;
        return this;
    }

    /** @param value written as eight bytes. @return this writer. */
    public StateWriter putLong(final long value) {
        buffer.putLong(length, value, ByteOrder.LITTLE_ENDIAN);
        length += Long.BYTES;
        return this;
    }

    /** @param value written as its UTF-8 length (four bytes) then its UTF-8 bytes. @return this writer. */
    public StateWriter putString(final String value) {
        final byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        buffer.putBytes(length, utf8);
        length += utf8.length;
        return this;
    }
}
