package io.fdp.feed.itch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes ITCH fields in the order and widths of the specification, independent of {@link ItchDescriptor}, so that
 * tests check the descriptor's offsets instead of reusing them.
 */
final class SpecWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static SpecWriter header(final char type, final int locate, final int tracking, final long timestampNs) {
        return new SpecWriter().ch(type).u16(locate).u16(tracking).u48(timestampNs);
    }

    SpecWriter ch(final char value) {
        out.write(value);
        return this;
    }

    SpecWriter u16(final long value) {
        return bigEndian(value, 2);
    }

    SpecWriter u32(final long value) {
        return bigEndian(value, 4);
    }

    SpecWriter u48(final long value) {
        return bigEndian(value, 6);
    }

    SpecWriter u64(final long value) {
        return bigEndian(value, 8);
    }

    SpecWriter alpha(final String text, final int width) {
        final byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < width; i++) {
            out.write(i < ascii.length ? ascii[i] : ' ');
        }
        return this;
    }

    SpecWriter stock(final String symbol) {
        return alpha(symbol, 8);
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    private SpecWriter bigEndian(final long value, final int width) {
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
        return this;
    }
}
