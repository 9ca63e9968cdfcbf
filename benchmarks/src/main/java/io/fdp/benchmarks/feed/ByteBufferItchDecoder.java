package io.fdp.benchmarks.feed;

import java.nio.ByteBuffer;

/**
 * The baseline ITCH 5.0 decoder: absolute big-endian reads from a {@link ByteBuffer} (its default byte order), one
 * new {@link ItchMessage} record per message. Offsets are written out from the NASDAQ specification rather than taken
 * from {@link io.fdp.feed.itch.ItchDescriptor}, so the equivalence test also checks the engine's layout.
 * <p>
 * Stock symbols stay packed in a {@code long} as fdp delivers them: the baseline is not charged for building strings,
 * only for the record per message and the {@code ByteBuffer} reads. Stateless and thread-safe.
 */
final class ByteBufferItchDecoder {
    private ByteBufferItchDecoder() {
    }

    /**
     * Decodes the message whose type byte is at {@code offset}; the caller has checked its length.
     *
     * @param buffer holding the message.
     * @param offset of the type byte.
     * @return the message, or null for a byte that is no ITCH 5.0 type.
     */
    static ItchMessage decode(final ByteBuffer buffer, final int offset) {
        final byte type = buffer.get(offset);
        final int locate = buffer.getShort(offset + 1) & 0xFFFF;
        final int tracking = buffer.getShort(offset + 3) & 0xFFFF;
        final long ts = ((buffer.getShort(offset + 5) & 0xFFFFL) << 32) | uint32(buffer, offset + 7);
        return switch (type) {
            case 'A' -> new ItchMessage.AddOrder(locate, tracking, ts, buffer.getLong(offset + 11), buffer.get(offset + 19),
                uint32(buffer, offset + 20), buffer.getLong(offset + 24), uint32(buffer, offset + 32));
            case 'D' -> new ItchMessage.OrderDelete(locate, tracking, ts, buffer.getLong(offset + 11));
            case 'E' -> new ItchMessage.OrderExecuted(locate, tracking, ts, buffer.getLong(offset + 11),
                uint32(buffer, offset + 19), buffer.getLong(offset + 23));
            case 'X' -> new ItchMessage.OrderCancel(locate, tracking, ts, buffer.getLong(offset + 11),
                uint32(buffer, offset + 19));
            case 'U' -> new ItchMessage.OrderReplace(locate, tracking, ts, buffer.getLong(offset + 11),
                buffer.getLong(offset + 19), uint32(buffer, offset + 27), uint32(buffer, offset + 31));
            case 'P' -> new ItchMessage.Trade(locate, tracking, ts, buffer.getLong(offset + 11), buffer.get(offset + 19),
                uint32(buffer, offset + 20), buffer.getLong(offset + 24), uint32(buffer, offset + 32),
                buffer.getLong(offset + 36));
            case 'F' -> new ItchMessage.AddOrderWithMpid(locate, tracking, ts, buffer.getLong(offset + 11),
                buffer.get(offset + 19), uint32(buffer, offset + 20), buffer.getLong(offset + 24), uint32(buffer, offset + 32),
                uint32(buffer, offset + 36));
            case 'C' -> new ItchMessage.OrderExecutedWithPrice(locate, tracking, ts, buffer.getLong(offset + 11),
                uint32(buffer, offset + 19), buffer.getLong(offset + 23), buffer.get(offset + 31), uint32(buffer, offset + 32));
            case 'Q' -> new ItchMessage.CrossTrade(locate, tracking, ts, buffer.getLong(offset + 11),
                buffer.getLong(offset + 19), uint32(buffer, offset + 27), buffer.getLong(offset + 31), buffer.get(offset + 39));
            case 'B' -> new ItchMessage.BrokenTrade(locate, tracking, ts, buffer.getLong(offset + 11));
            case 'S' -> new ItchMessage.SystemEvent(locate, tracking, ts, buffer.get(offset + 11));
            case 'R' -> stockDirectory(buffer, offset, locate, tracking, ts);
            case 'H' -> new ItchMessage.StockTradingAction(locate, tracking, ts, buffer.getLong(offset + 11),
                buffer.get(offset + 19), uint32(buffer, offset + 21));
            case 'Y', 'L', 'V', 'W', 'K', 'J', 'h', 'I', 'N', 'O' -> new ItchMessage.Other(type, locate, tracking, ts);
            default -> null;
        };
    }

    private static ItchMessage stockDirectory(final ByteBuffer buffer, final int offset, final int locate,
        final int tracking, final long ts) {
        return new ItchMessage.StockDirectory(locate, tracking, ts, buffer.getLong(offset + 11), buffer.get(offset + 19),
            buffer.get(offset + 20), uint32(buffer, offset + 21), buffer.get(offset + 25), buffer.get(offset + 26),
            buffer.getShort(offset + 27) & 0xFFFFL, buffer.get(offset + 29), buffer.get(offset + 30), buffer.get(offset + 31),
            buffer.get(offset + 32), buffer.get(offset + 33), uint32(buffer, offset + 34), buffer.get(offset + 38));
    }

    private static long uint32(final ByteBuffer buffer, final int index) {
        return buffer.getInt(index) & 0xFFFF_FFFFL;
    }
}
