package io.fdp.feed.dbn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes DBN fields little-endian in the order and widths of Databento's v2 structs, independent of
 * {@link DbnDescriptor}, so that tests check the descriptor's offsets instead of reusing them.
 */
final class RecordWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a record whose length byte is filled in by {@link #toRecord()}. */
    static RecordWriter header(final int rtype, final int publisherId, final long instrumentId, final long tsEventNs) {
        return new RecordWriter().u8(0).u8(rtype).u16(publisherId).u32(instrumentId).u64(tsEventNs);
    }

    RecordWriter u8(final long value) {
        out.write((int) value & 0xFF);
        return this;
    }

    RecordWriter ch(final char value) {
        return u8(value);
    }

    RecordWriter u16(final long value) {
        return littleEndian(value, 2);
    }

    RecordWriter u32(final long value) {
        return littleEndian(value, 4);
    }

    RecordWriter u64(final long value) {
        return littleEndian(value, 8);
    }

    /** Writes text NUL-padded to a fixed width. */
    RecordWriter text(final String text, final int width) {
        final byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < width; i++) {
            out.write(i < ascii.length ? ascii[i] : 0);
        }
        return this;
    }

    RecordWriter zeros(final int count) {
        for (int i = 0; i < count; i++) {
            out.write(0);
        }
        return this;
    }

    RecordWriter bytes(final byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    /** The bytes with the header's length byte set to the size in 4-byte words. */
    byte[] toRecord() {
        final byte[] record = out.toByteArray();
        record[0] = (byte) (record.length / 4);
        return record;
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    private RecordWriter littleEndian(final long value, final int width) {
        for (int i = 0; i < width; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
        return this;
    }
}
