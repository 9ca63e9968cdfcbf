package io.fdp.journal.codec;

import net.openhft.chronicle.bytes.Bytes;

/**
 * A reusable, decoded output-journal record: {@link #kind()} tells which accessors are meaningful.
 *
 * <p>Candle fields: {@link #barKind()} ... {@link #lastTradeNs()}; quote fields: {@link #eventTimeNs()},
 * {@link #bidPrice()} ... {@link #lastTradeSize()}; data-quality fields: {@link #eventTimeNs()},
 * {@link #qualityKind()}, {@link #expected()}, {@link #received()}; book fields: {@link #eventTimeNs()},
 * {@link #bidLevels()}, {@link #askLevels()} and the level accessors.
 */
public final class OutputRecord {
    /** Decode result: the record's version is not {@link OutputDescriptor#VERSION}. */
    public static final int UNKNOWN_VERSION = -1;
    /** Decode result: the record is shorter than its kind needs, or of an unknown kind. */
    public static final int MALFORMED = -2;

    private final long[] values = new long[16];
    private byte kind;
    private int instrumentId;
    private int bidLevels;
    private int askLevels;
    private long[] levelPrices = new long[64];
    private long[] levelSizes = new long[64];
    private int[] levelOrders = new int[64];

    /**
     * Decodes a record from the buffer's read position.
     *
     * @param in the record.
     * @return the record kind (positive), {@link #UNKNOWN_VERSION} or {@link #MALFORMED}.
     */
    public int decode(final Bytes<?> in) {
        if (in.readRemaining() < OutputDescriptor.HEADER_LENGTH) {
            return MALFORMED;
        }
        if (in.readByte() != OutputDescriptor.VERSION) {
            return UNKNOWN_VERSION;
        }
        kind = in.readByte();
        instrumentId = in.readInt();
        final long body = in.readRemaining();
        switch (kind) {
            case OutputDescriptor.CANDLE -> {
                if (body < OutputDescriptor.CANDLE_LENGTH - OutputDescriptor.HEADER_LENGTH) {
                    return MALFORMED;
                }
                values[0] = in.readByte();
                values[1] = in.readByte();
                values[2] = in.readInt();
                readLongs(in, 3, 12);
            }
            case OutputDescriptor.QUOTE -> {
                if (body < OutputDescriptor.QUOTE_LENGTH - OutputDescriptor.HEADER_LENGTH) {
                    return MALFORMED;
                }
                readLongs(in, 0, 7);
            }
            case OutputDescriptor.DATA_QUALITY -> {
                if (body < OutputDescriptor.DATA_QUALITY_LENGTH - OutputDescriptor.HEADER_LENGTH) {
                    return MALFORMED;
                }
                values[0] = in.readLong();
                values[1] = in.readInt();
                readLongs(in, 2, 2);
            }
            case OutputDescriptor.BOOK -> {
                return decodeBook(in);
            }
            case OutputDescriptor.TRADE -> {
                if (body < OutputDescriptor.TRADE_LENGTH - OutputDescriptor.HEADER_LENGTH) {
                    return MALFORMED;
                }
                readLongs(in, 0, 4);
                values[4] = in.readByte();
                values[5] = in.readLong();
            }
            default -> {
                return MALFORMED;
            }
        }
        return kind;
    }

    private int decodeBook(final Bytes<?> in) {
        if (in.readRemaining() < OutputDescriptor.BOOK_HEADER_LENGTH - OutputDescriptor.HEADER_LENGTH) {
            return MALFORMED;
        }
        values[0] = in.readLong();
        bidLevels = in.readUnsignedShort();
        askLevels = in.readUnsignedShort();
        final int levels = bidLevels + askLevels;
        if (in.readRemaining() < (long) levels * OutputDescriptor.BOOK_LEVEL_LENGTH) {
            return MALFORMED;
        }
        if (levels > levelPrices.length) {
            levelPrices = new long[levels];
            levelSizes = new long[levels];
            levelOrders = new int[levels];
        }
        for (int i = 0; i < levels; i++) {
            levelPrices[i] = in.readLong();
            levelSizes[i] = in.readLong();
            levelOrders[i] = in.readInt();
        }
        return kind;
    }

    private void readLongs(final Bytes<?> in, final int from, final int count) {
        for (int i = 0; i < count; i++) {
            values[from + i] = in.readLong();
        }
    }

    /** @return the {@link OutputDescriptor} record kind. */
    public byte kind() {
        return kind;
    }

    /** @return the instrument, or -1. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return candle: the bar kind (Candle.KIND_*). */
    public int barKind() {
        return (int) values[0];
    }

    /** @return candle: the state (Candle.STATE_FINAL or STATE_REVISED). */
    public int state() {
        return (int) values[1];
    }

    /** @return candle: the revision. */
    public int revision() {
        return (int) values[2];
    }

    /** @return candle: the interval in ns, or N trades, or V volume. */
    public long barSpec() {
        return values[3];
    }

    /** @return candle: the bucket start. */
    public long bucketStartNs() {
        return values[4];
    }

    /** @return candle: the bucket end. */
    public long bucketEndNs() {
        return values[5];
    }

    /** @return candle: the open price. */
    public long open() {
        return values[6];
    }

    /** @return candle: the high price. */
    public long high() {
        return values[7];
    }

    /** @return candle: the low price. */
    public long low() {
        return values[8];
    }

    /** @return candle: the close price. */
    public long close() {
        return values[9];
    }

    /** @return candle: the volume. */
    public long volume() {
        return values[10];
    }

    /** @return candle: the number of trades. */
    public long tradeCount() {
        return values[11];
    }

    /** @return candle: the VWAP. */
    public long vwap() {
        return values[12];
    }

    /** @return candle: the first trade time. */
    public long firstTradeNs() {
        return values[13];
    }

    /** @return candle: the last trade time. */
    public long lastTradeNs() {
        return values[14];
    }

    /** @return quote, data quality and book: the event time. */
    public long eventTimeNs() {
        return values[0];
    }

    /** @return trade: when fdp received the event that printed it. */
    public long ingestionTimeNs() {
        return values[1];
    }

    /** @return trade: price mantissa. */
    public long tradePrice() {
        return values[2];
    }

    /** @return trade: size mantissa. */
    public long tradeSize() {
        return values[3];
    }

    /** @return trade: the aggressor's side code. */
    public byte tradeSide() {
        return (byte) values[4];
    }

    /** @return trade: the venue's trade id, or 0. */
    public long tradeId() {
        return values[5];
    }

    /** @return quote: best bid price. */
    public long bidPrice() {
        return values[1];
    }

    /** @return quote: best bid size. */
    public long bidSize() {
        return values[2];
    }

    /** @return quote: best ask price. */
    public long askPrice() {
        return values[3];
    }

    /** @return quote: best ask size. */
    public long askSize() {
        return values[4];
    }

    /** @return quote: last trade price. */
    public long lastTradePrice() {
        return values[5];
    }

    /** @return quote: last trade size. */
    public long lastTradeSize() {
        return values[6];
    }

    /** @return data quality: the DataQuality code. */
    public int qualityKind() {
        return (int) values[1];
    }

    /** @return data quality: the expected value. */
    public long expected() {
        return values[2];
    }

    /** @return data quality: the received value. */
    public long received() {
        return values[3];
    }

    /** @return book: the number of bid levels. */
    public int bidLevels() {
        return bidLevels;
    }

    /** @return book: the number of ask levels. */
    public int askLevels() {
        return askLevels;
    }

    /** @param index 0 for the best bid. @return book: that bid level's price. */
    public long bidPrice(final int index) {
        return levelPrices[index];
    }

    /** @param index 0 for the best bid. @return book: that bid level's size. */
    public long bidSize(final int index) {
        return levelSizes[index];
    }

    /** @param index 0 for the best ask. @return book: that ask level's price. */
    public long askPrice(final int index) {
        return levelPrices[bidLevels + index];
    }

    /** @param index 0 for the best ask. @return book: that ask level's size. */
    public long askSize(final int index) {
        return levelSizes[bidLevels + index];
    }

    /** @param index 0 for the best ask. @return book: that ask level's order count. */
    public int askOrders(final int index) {
        return levelOrders[bidLevels + index];
    }

    /** @param index 0 for the best bid. @return book: that bid level's order count. */
    public int bidOrders(final int index) {
        return levelOrders[index];
    }
}
