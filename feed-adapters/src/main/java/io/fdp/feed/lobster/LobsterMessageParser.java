package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;

/**
 * Parses one line of a LOBSTER message file ({@code time,type,orderId,size,price,direction}) and delivers it to a
 * {@link LobsterListener}.
 *
 * <p>Not thread-safe; allocates nothing per line. The time is parsed from its decimal digits straight into
 * nanoseconds, never through {@code double}. A line is delivered only when every field is valid: type 1 to 7,
 * direction 1 or -1, order id and size non-negative, price any integer (halt messages carry -1).
 */
public final class LobsterMessageParser {
    private static final int TIME = 0;
    private static final int TYPE = 1;
    private static final int ORDER_ID = 2;
    private static final int SIZE = 3;
    /** This field and the next may carry a minus sign: halts have price -1, sell orders direction -1. */
    private static final int PRICE = 4;
    private static final int DIRECTION = 5;

    private final LobsterListener listener;
    private final DecimalFieldParser decimals = new DecimalFieldParser();
    private final int[] fieldStart = new int[LobsterDescriptor.MESSAGE_FIELD_COUNT];
    private final int[] fieldEnd = new int[LobsterDescriptor.MESSAGE_FIELD_COUNT];
    private final long[] values = new long[LobsterDescriptor.MESSAGE_FIELD_COUNT];

    /**
     * Creates a parser that delivers every valid line to one listener.
     *
     * @param listener receives the parsed events.
     */
    public LobsterMessageParser(final LobsterListener listener) {
        this.listener = listener;
    }

    /**
     * Parses the line in {@code [offset, offset + length)}, without its line terminator, and delivers it when valid.
     *
     * @param buffer holding the line.
     * @param offset of the first character.
     * @param length of the line.
     * @return {@link LobsterResult#OK}, or the code of the first problem found (nothing is delivered then).
     */
    public int parse(final DirectBuffer buffer, final int offset, final int length) {
        if (!split(buffer, offset, offset + length)) {
            return LobsterResult.WRONG_FIELD_COUNT;
        }
        final int timeResult = decimals.parseSecondsAsNanos(buffer, fieldStart[TIME], fieldEnd[TIME]);
        if (timeResult != LobsterResult.OK) {
            return timeResult;
        }
        values[TIME] = decimals.value();
        for (int field = TYPE; field <= DIRECTION; field++) {
            final int result = decimals.parseLong(buffer, fieldStart[field], fieldEnd[field], field >= PRICE);
            if (result != LobsterResult.OK) {
                return result;
            }
            values[field] = decimals.value();
        }
        final long type = values[TYPE];
        final long direction = values[DIRECTION];
        if (type < LobsterDescriptor.TYPE_NEW_ORDER || type > LobsterDescriptor.TYPE_TRADING_HALT
            || (direction != LobsterDescriptor.DIRECTION_BUY && direction != LobsterDescriptor.DIRECTION_SELL)) {
            return LobsterResult.OUT_OF_RANGE;
        }
        listener.onMessage(values[TIME], (int) type, values[ORDER_ID], values[SIZE], values[PRICE], (int) direction);
        return LobsterResult.OK;
    }

    private boolean split(final DirectBuffer buffer, final int start, final int end) {
        int field = 0;
        fieldStart[0] = start;
        for (int index = start; index < end; index++) {
            if (buffer.getByte(index) == ',') {
                if (field == LobsterDescriptor.MESSAGE_FIELD_COUNT - 1) {
                    return false;
                }
                fieldEnd[field] = index;
                fieldStart[++field] = index + 1;
            }
        }
        fieldEnd[field] = end;
        return field == LobsterDescriptor.MESSAGE_FIELD_COUNT - 1;
    }
}
