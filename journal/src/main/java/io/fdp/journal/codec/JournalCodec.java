package io.fdp.journal.codec;

import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Encodes a {@link MarketEvent}'s input fields as {@link JournalDescriptor} describes, and decodes them back.
 *
 * <p>Stateless and allocation-free: it writes at the buffer's write position and reads from its read position.
 * Failures are return codes, not exceptions.
 */
public final class JournalCodec {
    /** Decode result: the record's version byte is not {@link JournalDescriptor#VERSION}. */
    public static final int UNKNOWN_VERSION = -1;
    /** Decode result: the record is shorter than its type needs. */
    public static final int TRUNCATED = -2;

    private JournalCodec() {
    }

    /**
     * Writes an event's record at the buffer's write position.
     *
     * @param event the event; only its input fields are read.
     * @param out   where to write; it must have room for {@link JournalDescriptor#MAX_LENGTH} bytes (or be elastic).
     * @return the number of bytes written.
     */
    public static int encode(final MarketEvent event, final Bytes<?> out) {
        final long start = out.writePosition();
        final byte type = event.type();
        out.writeByte(JournalDescriptor.VERSION);
        out.writeByte(type);
        out.writeInt(event.instrumentId());
        out.writeInt(event.channel());
        out.writeLong(event.sequence());
        out.writeLong(event.eventTimeNs());
        out.writeLong(event.ingestionTimeNs());
        switch (type) {
            case EventType.ORDER_ADD -> {
                out.writeLong(event.orderId());
                out.writeByte(event.side());
                out.writeLong(event.price());
                out.writeLong(event.size());
                out.writeLong(event.participantId());
            }
            case EventType.ORDER_REPLACE -> {
                out.writeLong(event.orderId());
                out.writeLong(event.newOrderId());
                out.writeLong(event.price());
                out.writeLong(event.size());
            }
            case EventType.ORDER_MODIFY -> {
                out.writeLong(event.orderId());
                out.writeLong(event.price());
                out.writeLong(event.size());
            }
            case EventType.ORDER_CANCEL -> {
                out.writeLong(event.orderId());
                out.writeLong(event.size());
            }
            case EventType.ORDER_DELETE -> out.writeLong(event.orderId());
            case EventType.ORDER_EXECUTE -> {
                out.writeLong(event.orderId());
                out.writeLong(event.size());
                out.writeLong(event.price());
                out.writeLong(event.tradeId());
            }
            case EventType.ORDER_EXECUTE_HIDDEN, EventType.TRADE -> {
                out.writeByte(event.side());
                out.writeLong(event.price());
                out.writeLong(event.size());
                out.writeLong(event.tradeId());
            }
            case EventType.LEVEL_SET -> {
                out.writeByte(event.side());
                out.writeLong(event.price());
                out.writeLong(event.size());
            }
            case EventType.LEVEL_DELETE -> {
                out.writeByte(event.side());
                out.writeLong(event.price());
            }
            case EventType.QUOTE -> {
                out.writeLong(event.bidPrice());
                out.writeLong(event.bidSize());
                out.writeLong(event.askPrice());
                out.writeLong(event.askSize());
            }
            case EventType.MARKET_STATUS, EventType.FEED_STALE -> out.writeInt(event.status());
            default -> {
                // No body: control events and unknown type codes.
            }
        }
        return (int) (out.writePosition() - start);
    }

    /**
     * The length of the record of an event type.
     *
     * @param type an event type code.
     * @return the record length in bytes.
     */
    public static int length(final byte type) {
        return JournalDescriptor.HEADER_LENGTH + switch (type) {
            case EventType.ORDER_ADD -> 33;
            case EventType.ORDER_REPLACE, EventType.ORDER_EXECUTE, EventType.QUOTE -> 32;
            case EventType.ORDER_MODIFY -> 24;
            case EventType.ORDER_CANCEL -> 16;
            case EventType.ORDER_DELETE -> 8;
            case EventType.ORDER_EXECUTE_HIDDEN, EventType.TRADE -> 25;
            case EventType.LEVEL_SET -> 17;
            case EventType.LEVEL_DELETE -> 9;
            case EventType.MARKET_STATUS, EventType.FEED_STALE -> 4;
            default -> 0;
        };
    }

    /**
     * Reads a record from the buffer's read position into an event, which is cleared first.
     *
     * @param in   the record.
     * @param into the event to fill.
     * @return the number of bytes read (positive), {@link #UNKNOWN_VERSION} or {@link #TRUNCATED}.
     */
    public static int decode(final Bytes<?> in, final MarketEvent into) {
        final long available = in.readRemaining();
        if (available < JournalDescriptor.HEADER_LENGTH) {
            return available > 0 && in.readByte(in.readPosition()) != JournalDescriptor.VERSION ? UNKNOWN_VERSION : TRUNCATED;
        }
        if (in.readByte(in.readPosition()) != JournalDescriptor.VERSION) {
            return UNKNOWN_VERSION;
        }
        final byte type = in.readByte(in.readPosition() + JournalDescriptor.TYPE_OFFSET);
        final int length = length(type);
        if (available < length) {
            return TRUNCATED;
        }
        into.clear();
        in.readSkip(2);
        into.type(type).instrumentId(in.readInt()).channel(in.readInt()).sequence(in.readLong()).eventTimeNs(in.readLong())
            .ingestionTimeNs(in.readLong());
        switch (type) {
            case EventType.ORDER_ADD -> into.orderId(in.readLong()).side(in.readByte()).price(in.readLong())
                .size(in.readLong()).participantId(in.readLong());
            case EventType.ORDER_REPLACE -> into.orderId(in.readLong()).newOrderId(in.readLong()).price(in.readLong())
                .size(in.readLong());
            case EventType.ORDER_MODIFY -> into.orderId(in.readLong()).price(in.readLong()).size(in.readLong());
            case EventType.ORDER_CANCEL -> into.orderId(in.readLong()).size(in.readLong());
            case EventType.ORDER_DELETE -> into.orderId(in.readLong());
            case EventType.ORDER_EXECUTE -> into.orderId(in.readLong()).size(in.readLong()).price(in.readLong())
                .tradeId(in.readLong());
            case EventType.ORDER_EXECUTE_HIDDEN, EventType.TRADE -> into.side(in.readByte()).price(in.readLong())
                .size(in.readLong()).tradeId(in.readLong());
            case EventType.LEVEL_SET -> into.side(in.readByte()).price(in.readLong()).size(in.readLong());
            case EventType.LEVEL_DELETE -> into.side(in.readByte()).price(in.readLong());
            case EventType.QUOTE -> into.bidPrice(in.readLong()).bidSize(in.readLong()).askPrice(in.readLong())
                .askSize(in.readLong());
            case EventType.MARKET_STATUS, EventType.FEED_STALE -> into.status(in.readInt());
            default -> {
                // No body.
            }
        }
        return length;
    }
}
