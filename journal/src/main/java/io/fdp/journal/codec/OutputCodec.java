package io.fdp.journal.codec;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Encodes derived records as {@link OutputDescriptor} describes; {@link OutputRecord#decode} reads them back.
 *
 * <p>Stateless and allocation-free; writes at the buffer's write position.
 */
public final class OutputCodec {
    private OutputCodec() {
    }

    /**
     * Writes a candle record.
     *
     * @param candle the candle.
     * @param out    where to write.
     */
    public static void encodeCandle(final Candle candle, final Bytes<?> out) {
        header(out, OutputDescriptor.CANDLE, candle.instrumentId());
        out.writeByte((byte) candle.barKind());
        out.writeByte((byte) candle.state());
        out.writeInt(candle.revision());
        out.writeLong(candle.barSpec());
        out.writeLong(candle.bucketStartNs());
        out.writeLong(candle.bucketEndNs());
        out.writeLong(candle.open());
        out.writeLong(candle.high());
        out.writeLong(candle.low());
        out.writeLong(candle.close());
        out.writeLong(candle.volume());
        out.writeLong(candle.tradeCount());
        out.writeLong(candle.vwap());
        out.writeLong(candle.firstTradeNs());
        out.writeLong(candle.lastTradeNs());
    }

    /**
     * Writes a quote (L1) record.
     *
     * @param instrumentId   the instrument.
     * @param eventTimeNs    event time.
     * @param bidPrice       best bid price.
     * @param bidSize        best bid size.
     * @param askPrice       best ask price.
     * @param askSize        best ask size.
     * @param lastTradePrice last trade price.
     * @param lastTradeSize  last trade size.
     * @param out            where to write.
     */
    public static void encodeQuote(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
        final long askPrice, final long askSize, final long lastTradePrice, final long lastTradeSize, final Bytes<?> out) {
        header(out, OutputDescriptor.QUOTE, instrumentId);
        out.writeLong(eventTimeNs);
        out.writeLong(bidPrice);
        out.writeLong(bidSize);
        out.writeLong(askPrice);
        out.writeLong(askSize);
        out.writeLong(lastTradePrice);
        out.writeLong(lastTradeSize);
    }

    /**
     * Writes a trade record.
     *
     * @param instrumentId    the instrument.
     * @param eventTimeNs     trade time.
     * @param ingestionTimeNs when fdp received the event that printed it.
     * @param price           price mantissa.
     * @param size            size mantissa.
     * @param aggressorSide   aggressor side code.
     * @param tradeId         venue trade id, or 0.
     * @param out             where to write.
     */
    public static void encodeTrade(final int instrumentId, final long eventTimeNs, final long ingestionTimeNs,
        final long price, final long size, final byte aggressorSide, final long tradeId, final Bytes<?> out) {
        header(out, OutputDescriptor.TRADE, instrumentId);
        out.writeLong(eventTimeNs);
        out.writeLong(ingestionTimeNs);
        out.writeLong(price);
        out.writeLong(size);
        out.writeByte(aggressorSide);
        out.writeLong(tradeId);
    }

    /**
     * Writes a data-quality record.
     *
     * @param instrumentId the instrument, or -1.
     * @param kind         a DataQuality code.
     * @param eventTimeNs  event time.
     * @param expected     expected value or 0.
     * @param received     received value or 0.
     * @param out          where to write.
     */
    public static void encodeDataQuality(final int instrumentId, final int kind, final long eventTimeNs, final long expected,
        final long received, final Bytes<?> out) {
        header(out, OutputDescriptor.DATA_QUALITY, instrumentId);
        out.writeLong(eventTimeNs);
        out.writeInt(kind);
        out.writeLong(expected);
        out.writeLong(received);
    }

    /**
     * Writes a book record with up to {@code depth} levels per side.
     *
     * @param instrumentId the instrument.
     * @param eventTimeNs  event time.
     * @param book         the book, read during the call.
     * @param depth        most levels per side.
     * @param out          where to write.
     */
    public static void encodeBook(final int instrumentId, final long eventTimeNs, final BookView book, final int depth,
        final Bytes<?> out) {
        final int limit = Math.min(depth, OutputDescriptor.MAX_BOOK_LEVELS);
        final int bids = Math.min(limit, book.levelCount(Side.BUY));
        final int asks = Math.min(limit, book.levelCount(Side.SELL));
        header(out, OutputDescriptor.BOOK, instrumentId);
        out.writeLong(eventTimeNs);
        out.writeUnsignedShort(bids);
        out.writeUnsignedShort(asks);
        for (int i = 0; i < bids; i++) {
            out.writeLong(book.levelPrice(Side.BUY, i));
            out.writeLong(book.levelSize(Side.BUY, i));
            out.writeInt(book.levelOrderCount(Side.BUY, i));
        }
        for (int i = 0; i < asks; i++) {
            out.writeLong(book.levelPrice(Side.SELL, i));
            out.writeLong(book.levelSize(Side.SELL, i));
            out.writeInt(book.levelOrderCount(Side.SELL, i));
        }
    }

    private static void header(final Bytes<?> out, final byte kind, final int instrumentId) {
        out.writeByte(OutputDescriptor.VERSION);
        out.writeByte(kind);
        out.writeInt(instrumentId);
    }
}
