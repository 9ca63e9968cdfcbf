package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

import static io.fdp.feed.dbn.DbnDescriptor.ERROR_CODE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.ERROR_ERR_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.ERROR_ERR_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.ERROR_IS_LAST_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.HEADER_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_AUCTION_STATUS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_AUCTION_TIME_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_AUCTION_TYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_AUCT_INTEREST_CLR_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_CONT_BOOK_CLR_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_FREEZE_STATUS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_IND_MATCH_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_LOWER_COLLAR_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_MARKET_IMBALANCE_QTY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_NUM_EXTENSIONS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_PAIRED_QTY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_REF_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_SIDE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_SIGNIFICANT_IMBALANCE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_SSR_FILLING_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_TOTAL_IMBALANCE_QTY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_UNPAIRED_QTY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_UNPAIRED_SIDE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.IMBALANCE_UPPER_COLLAR_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.INSTRUMENT_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LENGTH_MULTIPLIER;
import static io.fdp.feed.dbn.DbnDescriptor.LENGTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_CT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_PX_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_SZ_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_CT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_PX_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_SZ_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_ACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_CHANNEL_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_FLAGS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_ORDER_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_SEQUENCE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_SIDE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_SIZE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_TS_IN_DELTA_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBO_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_10_LEVEL_COUNT;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_ACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_DEPTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_FLAGS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_LEVELS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_SEQUENCE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_SIDE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_SIZE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_TS_IN_DELTA_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MBP_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.OHLCV_CLOSE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.OHLCV_HIGH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.OHLCV_LOW_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.OHLCV_OPEN_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.OHLCV_VOLUME_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.PUBLISHER_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.RTYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_ACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_IS_QUOTING_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_IS_SHORT_SELL_RESTRICTED_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_IS_TRADING_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_REASON_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_TRADING_EVENT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STATUS_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_CHANNEL_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_QUANTITY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_SEQUENCE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_STAT_FLAGS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_STAT_TYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_TS_IN_DELTA_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_TS_REF_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STAT_UPDATE_ACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_CSTR_LEN_V2;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_END_TS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_START_TS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_STYPE_IN_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_STYPE_IN_SYMBOL_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_STYPE_OUT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_MAPPING_STYPE_OUT_SYMBOL_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYSTEM_CODE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYSTEM_MSG_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.SYSTEM_MSG_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.TS_EVENT_OFFSET;

/**
 * Decodes one DBN version 2 record at a time and calls the matching {@link DbnListener} method with its fields.
 *
 * <p>Not thread-safe: one decoder per feed thread. It allocates nothing and throws nothing for bad input: a record cut
 * short or with an impossible length yields a {@link DbnResult} code, and a well-framed record of a type it does not
 * know is stepped over by its length and reported to {@link DbnListener#onSkipped(int, int)}. A record may be longer
 * than its layout (live data with {@code ts_out} appends 8 bytes); the extra bytes are consumed and ignored. The caller
 * guarantees that {@code [offset, offset + length)} lies inside the buffer; the decoder never reads past
 * {@code offset + length}.
 *
 * <p>MBP-1 and TBBO records share rtype {@link DbnDescriptor#RTYPE_MBP_1}; only the stream's schema tells them apart,
 * so they go to {@link DbnListener#onMbp1} unless {@link #schema(int)} was told the stream is TBBO.
 */
public final class DbnDecoder {
    private static final ByteOrder LITTLE = ByteOrder.LITTLE_ENDIAN;

    private final DbnListener listener;
    private final DbnBookLevels levels = new DbnBookLevels();
    private final DbnInstrumentDefinition definition = new DbnInstrumentDefinition();
    private final DbnText firstText = new DbnText();
    private final DbnText secondText = new DbnText();
    private boolean tbbo;

    /**
     * Creates a decoder that delivers every record to one listener.
     *
     * @param listener receives the decoded records.
     */
    public DbnDecoder(final DbnListener listener) {
        this.listener = listener;
    }

    /**
     * Tells the decoder the schema of the stream, from its metadata, so that TBBO records reach
     * {@link DbnListener#onTbbo}.
     *
     * @param schema a {@code DbnDescriptor.SCHEMA_*} value (or {@link DbnDescriptor#SCHEMA_MIXED}).
     */
    public void schema(final int schema) {
        tbbo = schema == DbnDescriptor.SCHEMA_TBBO;
    }

    /**
     * Decodes the record whose header starts at {@code offset} and delivers it to the listener.
     *
     * @param buffer holding the record.
     * @param offset of the record header.
     * @param length bytes available from {@code offset}; bytes past the record's own length are left alone.
     * @return the record length consumed (a skipped unknown record included), or {@link DbnResult#TRUNCATED},
     *     {@link DbnResult#BAD_LENGTH} or {@link DbnResult#SHORT_RECORD}.
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length) {
        if (length < HEADER_LENGTH) {
            return DbnResult.TRUNCATED;
        }
        final int recordLength = (buffer.getByte(offset + LENGTH_OFFSET) & 0xFF) * LENGTH_MULTIPLIER;
        if (recordLength < HEADER_LENGTH) {
            return DbnResult.BAD_LENGTH;
        }
        if (recordLength > length) {
            return DbnResult.TRUNCATED;
        }
        final int rtype = buffer.getByte(offset + RTYPE_OFFSET) & 0xFF;
        final int layoutLength = DbnDescriptor.recordLength(rtype);
        if (layoutLength < 0) {
            listener.onSkipped(rtype, recordLength);
            return recordLength;
        }
        if (recordLength < layoutLength) {
            return DbnResult.SHORT_RECORD;
        }
        final int publisherId = buffer.getShort(offset + PUBLISHER_ID_OFFSET, LITTLE) & 0xFFFF;
        final long instrumentId = uint32(buffer, offset + INSTRUMENT_ID_OFFSET);
        final long tsEventNs = buffer.getLong(offset + TS_EVENT_OFFSET, LITTLE);
        switch (rtype) {
            case DbnDescriptor.RTYPE_MBO -> mbo(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_MBP_0 -> trade(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_MBP_1 -> mbp1(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_MBP_10 -> mbp10(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_STATUS -> status(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_INSTRUMENT_DEF ->
                listener.onInstrumentDefinition(publisherId, instrumentId, tsEventNs, definition.wrap(buffer, offset));
            case DbnDescriptor.RTYPE_IMBALANCE -> imbalance(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_STATISTICS -> statistics(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_ERROR -> listener.onError(
                publisherId,
                instrumentId,
                tsEventNs,
                firstText.wrap(buffer, offset + ERROR_ERR_OFFSET, ERROR_ERR_LENGTH),
                buffer.getByte(offset + ERROR_CODE_OFFSET) & 0xFF,
                buffer.getByte(offset + ERROR_IS_LAST_OFFSET) & 0xFF);
            case DbnDescriptor.RTYPE_SYSTEM -> listener.onSystem(
                publisherId,
                instrumentId,
                tsEventNs,
                firstText.wrap(buffer, offset + SYSTEM_MSG_OFFSET, SYSTEM_MSG_LENGTH),
                buffer.getByte(offset + SYSTEM_CODE_OFFSET) & 0xFF);
            case DbnDescriptor.RTYPE_SYMBOL_MAPPING -> symbolMapping(buffer, offset, publisherId, instrumentId, tsEventNs);
            case DbnDescriptor.RTYPE_OHLCV_1S, DbnDescriptor.RTYPE_OHLCV_1M, DbnDescriptor.RTYPE_OHLCV_1H,
                DbnDescriptor.RTYPE_OHLCV_1D, DbnDescriptor.RTYPE_OHLCV_EOD ->
                ohlcv(buffer, offset, rtype, publisherId, instrumentId, tsEventNs);
            default -> listener.onSkipped(rtype, recordLength);
        }
        return recordLength;
    }

    private void mbo(final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onMbo(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + MBO_ORDER_ID_OFFSET, LITTLE),
            buffer.getLong(offset + MBO_PRICE_OFFSET, LITTLE),
            uint32(buffer, offset + MBO_SIZE_OFFSET),
            buffer.getByte(offset + MBO_FLAGS_OFFSET) & 0xFF,
            buffer.getByte(offset + MBO_CHANNEL_ID_OFFSET) & 0xFF,
            buffer.getByte(offset + MBO_ACTION_OFFSET),
            buffer.getByte(offset + MBO_SIDE_OFFSET),
            buffer.getLong(offset + MBO_TS_RECV_OFFSET, LITTLE),
            buffer.getInt(offset + MBO_TS_IN_DELTA_OFFSET, LITTLE),
            uint32(buffer, offset + MBO_SEQUENCE_OFFSET));
    }

    private void trade(final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onTrade(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + MBP_PRICE_OFFSET, LITTLE),
            uint32(buffer, offset + MBP_SIZE_OFFSET),
            buffer.getByte(offset + MBP_ACTION_OFFSET),
            buffer.getByte(offset + MBP_SIDE_OFFSET),
            buffer.getByte(offset + MBP_FLAGS_OFFSET) & 0xFF,
            buffer.getByte(offset + MBP_DEPTH_OFFSET) & 0xFF,
            buffer.getLong(offset + MBP_TS_RECV_OFFSET, LITTLE),
            buffer.getInt(offset + MBP_TS_IN_DELTA_OFFSET, LITTLE),
            uint32(buffer, offset + MBP_SEQUENCE_OFFSET));
    }

    private void mbp1(final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        final long price = buffer.getLong(offset + MBP_PRICE_OFFSET, LITTLE);
        final long size = uint32(buffer, offset + MBP_SIZE_OFFSET);
        final byte action = buffer.getByte(offset + MBP_ACTION_OFFSET);
        final byte side = buffer.getByte(offset + MBP_SIDE_OFFSET);
        final int flags = buffer.getByte(offset + MBP_FLAGS_OFFSET) & 0xFF;
        final int depth = buffer.getByte(offset + MBP_DEPTH_OFFSET) & 0xFF;
        final long tsRecv = buffer.getLong(offset + MBP_TS_RECV_OFFSET, LITTLE);
        final int tsInDelta = buffer.getInt(offset + MBP_TS_IN_DELTA_OFFSET, LITTLE);
        final long sequence = uint32(buffer, offset + MBP_SEQUENCE_OFFSET);
        final int level = offset + MBP_LEVELS_OFFSET;
        final long bidPx = buffer.getLong(level + LEVEL_BID_PX_OFFSET, LITTLE);
        final long askPx = buffer.getLong(level + LEVEL_ASK_PX_OFFSET, LITTLE);
        final long bidSz = uint32(buffer, level + LEVEL_BID_SZ_OFFSET);
        final long askSz = uint32(buffer, level + LEVEL_ASK_SZ_OFFSET);
        final long bidCt = uint32(buffer, level + LEVEL_BID_CT_OFFSET);
        final long askCt = uint32(buffer, level + LEVEL_ASK_CT_OFFSET);
        if (tbbo) {
            listener.onTbbo(publisherId, instrumentId, ts, price, size, action, side, flags, depth, tsRecv, tsInDelta, sequence,
                bidPx, askPx, bidSz, askSz, bidCt, askCt);
        } else {
            listener.onMbp1(publisherId, instrumentId, ts, price, size, action, side, flags, depth, tsRecv, tsInDelta, sequence,
                bidPx, askPx, bidSz, askSz, bidCt, askCt);
        }
    }

    private void mbp10(final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onMbp10(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + MBP_PRICE_OFFSET, LITTLE),
            uint32(buffer, offset + MBP_SIZE_OFFSET),
            buffer.getByte(offset + MBP_ACTION_OFFSET),
            buffer.getByte(offset + MBP_SIDE_OFFSET),
            buffer.getByte(offset + MBP_FLAGS_OFFSET) & 0xFF,
            buffer.getByte(offset + MBP_DEPTH_OFFSET) & 0xFF,
            buffer.getLong(offset + MBP_TS_RECV_OFFSET, LITTLE),
            buffer.getInt(offset + MBP_TS_IN_DELTA_OFFSET, LITTLE),
            uint32(buffer, offset + MBP_SEQUENCE_OFFSET),
            levels.wrap(buffer, offset + MBP_LEVELS_OFFSET, MBP_10_LEVEL_COUNT));
    }

    private void ohlcv(
        final DirectBuffer buffer, final int offset, final int rtype, final int publisherId, final long instrumentId,
        final long ts) {
        listener.onOhlcv(
            rtype,
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + OHLCV_OPEN_OFFSET, LITTLE),
            buffer.getLong(offset + OHLCV_HIGH_OFFSET, LITTLE),
            buffer.getLong(offset + OHLCV_LOW_OFFSET, LITTLE),
            buffer.getLong(offset + OHLCV_CLOSE_OFFSET, LITTLE),
            buffer.getLong(offset + OHLCV_VOLUME_OFFSET, LITTLE));
    }

    private void status(final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onStatus(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + STATUS_TS_RECV_OFFSET, LITTLE),
            buffer.getShort(offset + STATUS_ACTION_OFFSET, LITTLE) & 0xFFFF,
            buffer.getShort(offset + STATUS_REASON_OFFSET, LITTLE) & 0xFFFF,
            buffer.getShort(offset + STATUS_TRADING_EVENT_OFFSET, LITTLE) & 0xFFFF,
            buffer.getByte(offset + STATUS_IS_TRADING_OFFSET),
            buffer.getByte(offset + STATUS_IS_QUOTING_OFFSET),
            buffer.getByte(offset + STATUS_IS_SHORT_SELL_RESTRICTED_OFFSET));
    }

    private void imbalance(
        final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onImbalance(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + IMBALANCE_TS_RECV_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_REF_PRICE_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_AUCTION_TIME_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_CONT_BOOK_CLR_PRICE_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_AUCT_INTEREST_CLR_PRICE_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_SSR_FILLING_PRICE_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_IND_MATCH_PRICE_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_UPPER_COLLAR_OFFSET, LITTLE),
            buffer.getLong(offset + IMBALANCE_LOWER_COLLAR_OFFSET, LITTLE),
            uint32(buffer, offset + IMBALANCE_PAIRED_QTY_OFFSET),
            uint32(buffer, offset + IMBALANCE_TOTAL_IMBALANCE_QTY_OFFSET),
            uint32(buffer, offset + IMBALANCE_MARKET_IMBALANCE_QTY_OFFSET),
            uint32(buffer, offset + IMBALANCE_UNPAIRED_QTY_OFFSET),
            buffer.getByte(offset + IMBALANCE_AUCTION_TYPE_OFFSET),
            buffer.getByte(offset + IMBALANCE_SIDE_OFFSET),
            buffer.getByte(offset + IMBALANCE_AUCTION_STATUS_OFFSET) & 0xFF,
            buffer.getByte(offset + IMBALANCE_FREEZE_STATUS_OFFSET) & 0xFF,
            buffer.getByte(offset + IMBALANCE_NUM_EXTENSIONS_OFFSET) & 0xFF,
            buffer.getByte(offset + IMBALANCE_UNPAIRED_SIDE_OFFSET),
            buffer.getByte(offset + IMBALANCE_SIGNIFICANT_IMBALANCE_OFFSET));
    }

    private void statistics(
        final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onStatistics(
            publisherId,
            instrumentId,
            ts,
            buffer.getLong(offset + STAT_TS_RECV_OFFSET, LITTLE),
            buffer.getLong(offset + STAT_TS_REF_OFFSET, LITTLE),
            buffer.getLong(offset + STAT_PRICE_OFFSET, LITTLE),
            buffer.getInt(offset + STAT_QUANTITY_OFFSET, LITTLE),
            uint32(buffer, offset + STAT_SEQUENCE_OFFSET),
            buffer.getInt(offset + STAT_TS_IN_DELTA_OFFSET, LITTLE),
            buffer.getShort(offset + STAT_STAT_TYPE_OFFSET, LITTLE) & 0xFFFF,
            buffer.getShort(offset + STAT_CHANNEL_ID_OFFSET, LITTLE) & 0xFFFF,
            buffer.getByte(offset + STAT_UPDATE_ACTION_OFFSET) & 0xFF,
            buffer.getByte(offset + STAT_STAT_FLAGS_OFFSET) & 0xFF);
    }

    private void symbolMapping(
        final DirectBuffer buffer, final int offset, final int publisherId, final long instrumentId, final long ts) {
        listener.onSymbolMapping(
            publisherId,
            instrumentId,
            ts,
            buffer.getByte(offset + SYMBOL_MAPPING_STYPE_IN_OFFSET) & 0xFF,
            firstText.wrap(buffer, offset + SYMBOL_MAPPING_STYPE_IN_SYMBOL_OFFSET, SYMBOL_CSTR_LEN_V2),
            buffer.getByte(offset + SYMBOL_MAPPING_STYPE_OUT_OFFSET) & 0xFF,
            secondText.wrap(buffer, offset + SYMBOL_MAPPING_STYPE_OUT_SYMBOL_OFFSET, SYMBOL_CSTR_LEN_V2),
            buffer.getLong(offset + SYMBOL_MAPPING_START_TS_OFFSET, LITTLE),
            buffer.getLong(offset + SYMBOL_MAPPING_END_TS_OFFSET, LITTLE));
    }

    private static long uint32(final DirectBuffer buffer, final int index) {
        return buffer.getInt(index, LITTLE) & 0xFFFF_FFFFL;
    }
}
