package io.fdp.feed.itch;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_ATTRIBUTION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_SIDE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_MPID_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_SIDE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ADD_ORDER_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.BROKEN_TRADE_MATCH_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.CROSS_TRADE_CROSS_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.CROSS_TRADE_CROSS_TYPE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.CROSS_TRADE_MATCH_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.CROSS_TRADE_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.CROSS_TRADE_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_LOWER_PRICE_RANGE_COLLAR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_MAXIMUM_ALLOWABLE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_MINIMUM_ALLOWABLE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_NEAR_EXECUTION_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_NEAR_EXECUTION_TIME_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_OPEN_ELIGIBILITY_STATUS_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.DLCR_UPPER_PRICE_RANGE_COLLAR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_IPO_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_RELEASE_QUALIFIER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_RELEASE_TIME_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.LULD_AUCTION_COLLAR_EXTENSION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.LULD_AUCTION_COLLAR_LOWER_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.LULD_AUCTION_COLLAR_REFERENCE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.LULD_AUCTION_COLLAR_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.LULD_AUCTION_COLLAR_UPPER_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MARKET_PARTICIPANT_POSITION_MARKET_MAKER_MODE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MARKET_PARTICIPANT_POSITION_MPID_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MARKET_PARTICIPANT_POSITION_PRIMARY_MARKET_MAKER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MARKET_PARTICIPANT_POSITION_STATE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MARKET_PARTICIPANT_POSITION_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MWCB_DECLINE_LEVEL_LEVEL_1_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MWCB_DECLINE_LEVEL_LEVEL_2_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MWCB_DECLINE_LEVEL_LEVEL_3_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.MWCB_STATUS_BREACHED_LEVEL_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_CROSS_TYPE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_CURRENT_REFERENCE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_FAR_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_IMBALANCE_DIRECTION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_IMBALANCE_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_NEAR_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_PAIRED_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_PRICE_VARIATION_INDICATOR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.NOII_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.OPERATIONAL_HALT_ACTION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.OPERATIONAL_HALT_MARKET_CODE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.OPERATIONAL_HALT_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_CANCEL_CANCELLED_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_CANCEL_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_DELETE_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_EXECUTED_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_MATCH_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_EXECUTED_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_EXECUTION_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_MATCH_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_PRINTABLE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_REPLACE_NEW_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_REPLACE_ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_REPLACE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.ORDER_REPLACE_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.REG_SHO_RESTRICTION_ACTION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.REG_SHO_RESTRICTION_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.RPII_INTEREST_FLAG_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.RPII_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_AUTHENTICITY_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ETP_FLAG_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ETP_LEVERAGE_FACTOR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_FINANCIAL_STATUS_INDICATOR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_INVERSE_INDICATOR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_IPO_FLAG_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ISSUE_CLASSIFICATION_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ISSUE_SUB_TYPE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_LULD_REFERENCE_PRICE_TIER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_MARKET_CATEGORY_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ROUND_LOTS_ONLY_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_ROUND_LOT_SIZE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_SHORT_SALE_THRESHOLD_INDICATOR_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_DIRECTORY_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_LOCATE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_TRADING_ACTION_REASON_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_TRADING_ACTION_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.STOCK_TRADING_ACTION_TRADING_STATE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.SYSTEM_EVENT_EVENT_CODE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TIMESTAMP_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRACKING_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_MATCH_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_ORDER_REFERENCE_NUMBER_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_PRICE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_SHARES_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_SIDE_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TRADE_STOCK_OFFSET;
import static io.fdp.feed.itch.ItchDescriptor.TYPE_OFFSET;

/**
 * Decodes one ITCH 5.0 message at a time and calls the matching {@link ItchListener} method with its fields.
 *
 * <p>Not thread-safe: one decoder per feed thread. It holds no per-message state, allocates nothing and throws
 * nothing for bad input: a short or unknown message yields an {@link ItchResult} code. The caller guarantees that
 * {@code [offset, offset + length)} lies inside the buffer; the decoder never reads past {@code offset + length}.
 */
public final class ItchDecoder {
    private static final ByteOrder BIG = ByteOrder.BIG_ENDIAN;

    private final ItchListener listener;

    /**
     * Creates a decoder that delivers every message to one listener.
     *
     * @param listener receives the decoded messages.
     */
    public ItchDecoder(final ItchListener listener) {
        this.listener = listener;
    }

    /**
     * Decodes the message whose type byte is at {@code offset} and delivers it to the listener.
     *
     * @param buffer holding the message.
     * @param offset of the message type byte.
     * @param length bytes available from {@code offset}; bytes past the message's own length are left alone.
     * @return the message length consumed, or {@link ItchResult#TRUNCATED} or {@link ItchResult#UNKNOWN_TYPE}.
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length) {
        if (length < 1) {
            return ItchResult.TRUNCATED;
        }
        final byte type = buffer.getByte(offset + TYPE_OFFSET);
        final int messageLength = ItchDescriptor.messageLength(type);
        if (messageLength < 0) {
            return ItchResult.UNKNOWN_TYPE;
        }
        if (length < messageLength) {
            return ItchResult.TRUNCATED;
        }
        final int locate = buffer.getShort(offset + STOCK_LOCATE_OFFSET, BIG) & 0xFFFF;
        final int tracking = buffer.getShort(offset + TRACKING_NUMBER_OFFSET, BIG) & 0xFFFF;
        final long timestampNs = uint48(buffer, offset + TIMESTAMP_OFFSET);
        switch (type) {
            case ItchDescriptor.ADD_ORDER_TYPE -> addOrder(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.ORDER_DELETE_TYPE -> listener.onOrderDelete(
                locate, tracking, timestampNs, buffer.getLong(offset + ORDER_DELETE_ORDER_REFERENCE_NUMBER_OFFSET, BIG));
            case ItchDescriptor.ORDER_EXECUTED_TYPE -> orderExecuted(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.ORDER_CANCEL_TYPE -> listener.onOrderCancel(
                locate,
                tracking,
                timestampNs,
                buffer.getLong(offset + ORDER_CANCEL_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
                uint32(buffer, offset + ORDER_CANCEL_CANCELLED_SHARES_OFFSET));
            case ItchDescriptor.ORDER_REPLACE_TYPE -> orderReplace(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.TRADE_TYPE -> trade(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.ADD_ORDER_MPID_TYPE -> addOrderWithMpid(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_TYPE ->
                orderExecutedWithPrice(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.CROSS_TRADE_TYPE -> crossTrade(buffer, offset, locate, tracking, timestampNs);
            case ItchDescriptor.BROKEN_TRADE_TYPE -> listener.onBrokenTrade(
                locate, tracking, timestampNs, buffer.getLong(offset + BROKEN_TRADE_MATCH_NUMBER_OFFSET, BIG));
            case ItchDescriptor.NOII_TYPE -> noii(buffer, offset, locate, tracking, timestampNs);
            default -> decodeSystemOrStockMessage(type, buffer, offset, locate, tracking, timestampNs);
        }
        return messageLength;
    }

    private void decodeSystemOrStockMessage(
        final byte type, final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        switch (type) {
            case ItchDescriptor.SYSTEM_EVENT_TYPE -> listener.onSystemEvent(
                locate, tracking, ts, buffer.getByte(offset + SYSTEM_EVENT_EVENT_CODE_OFFSET));
            case ItchDescriptor.STOCK_DIRECTORY_TYPE -> stockDirectory(buffer, offset, locate, tracking, ts);
            case ItchDescriptor.STOCK_TRADING_ACTION_TYPE -> listener.onStockTradingAction(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + STOCK_TRADING_ACTION_STOCK_OFFSET, BIG),
                buffer.getByte(offset + STOCK_TRADING_ACTION_TRADING_STATE_OFFSET),
                uint32(buffer, offset + STOCK_TRADING_ACTION_REASON_OFFSET));
            case ItchDescriptor.REG_SHO_RESTRICTION_TYPE -> listener.onRegShoRestriction(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + REG_SHO_RESTRICTION_STOCK_OFFSET, BIG),
                buffer.getByte(offset + REG_SHO_RESTRICTION_ACTION_OFFSET));
            case ItchDescriptor.MARKET_PARTICIPANT_POSITION_TYPE -> listener.onMarketParticipantPosition(
                locate,
                tracking,
                ts,
                uint32(buffer, offset + MARKET_PARTICIPANT_POSITION_MPID_OFFSET),
                buffer.getLong(offset + MARKET_PARTICIPANT_POSITION_STOCK_OFFSET, BIG),
                buffer.getByte(offset + MARKET_PARTICIPANT_POSITION_PRIMARY_MARKET_MAKER_OFFSET),
                buffer.getByte(offset + MARKET_PARTICIPANT_POSITION_MARKET_MAKER_MODE_OFFSET),
                buffer.getByte(offset + MARKET_PARTICIPANT_POSITION_STATE_OFFSET));
            case ItchDescriptor.MWCB_DECLINE_LEVEL_TYPE -> listener.onMwcbDeclineLevel(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + MWCB_DECLINE_LEVEL_LEVEL_1_OFFSET, BIG),
                buffer.getLong(offset + MWCB_DECLINE_LEVEL_LEVEL_2_OFFSET, BIG),
                buffer.getLong(offset + MWCB_DECLINE_LEVEL_LEVEL_3_OFFSET, BIG));
            case ItchDescriptor.MWCB_STATUS_TYPE -> listener.onMwcbStatus(
                locate, tracking, ts, buffer.getByte(offset + MWCB_STATUS_BREACHED_LEVEL_OFFSET));
            case ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_TYPE -> listener.onIpoQuotingPeriodUpdate(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + IPO_QUOTING_PERIOD_UPDATE_STOCK_OFFSET, BIG),
                uint32(buffer, offset + IPO_QUOTING_PERIOD_UPDATE_RELEASE_TIME_OFFSET),
                buffer.getByte(offset + IPO_QUOTING_PERIOD_UPDATE_RELEASE_QUALIFIER_OFFSET),
                uint32(buffer, offset + IPO_QUOTING_PERIOD_UPDATE_IPO_PRICE_OFFSET));
            case ItchDescriptor.LULD_AUCTION_COLLAR_TYPE -> listener.onLuldAuctionCollar(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + LULD_AUCTION_COLLAR_STOCK_OFFSET, BIG),
                uint32(buffer, offset + LULD_AUCTION_COLLAR_REFERENCE_PRICE_OFFSET),
                uint32(buffer, offset + LULD_AUCTION_COLLAR_UPPER_PRICE_OFFSET),
                uint32(buffer, offset + LULD_AUCTION_COLLAR_LOWER_PRICE_OFFSET),
                uint32(buffer, offset + LULD_AUCTION_COLLAR_EXTENSION_OFFSET));
            case ItchDescriptor.OPERATIONAL_HALT_TYPE -> listener.onOperationalHalt(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + OPERATIONAL_HALT_STOCK_OFFSET, BIG),
                buffer.getByte(offset + OPERATIONAL_HALT_MARKET_CODE_OFFSET),
                buffer.getByte(offset + OPERATIONAL_HALT_ACTION_OFFSET));
            case ItchDescriptor.RPII_TYPE -> listener.onRetailPriceImprovementIndicator(
                locate,
                tracking,
                ts,
                buffer.getLong(offset + RPII_STOCK_OFFSET, BIG),
                buffer.getByte(offset + RPII_INTEREST_FLAG_OFFSET));
            case ItchDescriptor.DLCR_TYPE -> directListing(buffer, offset, locate, tracking, ts);
            default -> throw new IllegalStateException("type with a length but no decoder: " + (char) type);
        }
    }

    private void addOrder(final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onAddOrder(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + ADD_ORDER_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            buffer.getByte(offset + ADD_ORDER_SIDE_OFFSET),
            uint32(buffer, offset + ADD_ORDER_SHARES_OFFSET),
            buffer.getLong(offset + ADD_ORDER_STOCK_OFFSET, BIG),
            uint32(buffer, offset + ADD_ORDER_PRICE_OFFSET));
    }

    private void addOrderWithMpid(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onAddOrderWithMpid(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + ADD_ORDER_MPID_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            buffer.getByte(offset + ADD_ORDER_MPID_SIDE_OFFSET),
            uint32(buffer, offset + ADD_ORDER_MPID_SHARES_OFFSET),
            buffer.getLong(offset + ADD_ORDER_MPID_STOCK_OFFSET, BIG),
            uint32(buffer, offset + ADD_ORDER_MPID_PRICE_OFFSET),
            uint32(buffer, offset + ADD_ORDER_MPID_ATTRIBUTION_OFFSET));
    }

    private void orderExecuted(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onOrderExecuted(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + ORDER_EXECUTED_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            uint32(buffer, offset + ORDER_EXECUTED_EXECUTED_SHARES_OFFSET),
            buffer.getLong(offset + ORDER_EXECUTED_MATCH_NUMBER_OFFSET, BIG));
    }

    private void orderExecutedWithPrice(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onOrderExecutedWithPrice(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + ORDER_EXECUTED_WITH_PRICE_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            uint32(buffer, offset + ORDER_EXECUTED_WITH_PRICE_EXECUTED_SHARES_OFFSET),
            buffer.getLong(offset + ORDER_EXECUTED_WITH_PRICE_MATCH_NUMBER_OFFSET, BIG),
            buffer.getByte(offset + ORDER_EXECUTED_WITH_PRICE_PRINTABLE_OFFSET),
            uint32(buffer, offset + ORDER_EXECUTED_WITH_PRICE_EXECUTION_PRICE_OFFSET));
    }

    private void orderReplace(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onOrderReplace(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + ORDER_REPLACE_ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            buffer.getLong(offset + ORDER_REPLACE_NEW_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            uint32(buffer, offset + ORDER_REPLACE_SHARES_OFFSET),
            uint32(buffer, offset + ORDER_REPLACE_PRICE_OFFSET));
    }

    private void trade(final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onTrade(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + TRADE_ORDER_REFERENCE_NUMBER_OFFSET, BIG),
            buffer.getByte(offset + TRADE_SIDE_OFFSET),
            uint32(buffer, offset + TRADE_SHARES_OFFSET),
            buffer.getLong(offset + TRADE_STOCK_OFFSET, BIG),
            uint32(buffer, offset + TRADE_PRICE_OFFSET),
            buffer.getLong(offset + TRADE_MATCH_NUMBER_OFFSET, BIG));
    }

    private void crossTrade(final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onCrossTrade(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + CROSS_TRADE_SHARES_OFFSET, BIG),
            buffer.getLong(offset + CROSS_TRADE_STOCK_OFFSET, BIG),
            uint32(buffer, offset + CROSS_TRADE_CROSS_PRICE_OFFSET),
            buffer.getLong(offset + CROSS_TRADE_MATCH_NUMBER_OFFSET, BIG),
            buffer.getByte(offset + CROSS_TRADE_CROSS_TYPE_OFFSET));
    }

    private void noii(final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onNoii(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + NOII_PAIRED_SHARES_OFFSET, BIG),
            buffer.getLong(offset + NOII_IMBALANCE_SHARES_OFFSET, BIG),
            buffer.getByte(offset + NOII_IMBALANCE_DIRECTION_OFFSET),
            buffer.getLong(offset + NOII_STOCK_OFFSET, BIG),
            uint32(buffer, offset + NOII_FAR_PRICE_OFFSET),
            uint32(buffer, offset + NOII_NEAR_PRICE_OFFSET),
            uint32(buffer, offset + NOII_CURRENT_REFERENCE_PRICE_OFFSET),
            buffer.getByte(offset + NOII_CROSS_TYPE_OFFSET),
            buffer.getByte(offset + NOII_PRICE_VARIATION_INDICATOR_OFFSET));
    }

    private void stockDirectory(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onStockDirectory(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + STOCK_DIRECTORY_STOCK_OFFSET, BIG),
            buffer.getByte(offset + STOCK_DIRECTORY_MARKET_CATEGORY_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_FINANCIAL_STATUS_INDICATOR_OFFSET),
            uint32(buffer, offset + STOCK_DIRECTORY_ROUND_LOT_SIZE_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_ROUND_LOTS_ONLY_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_ISSUE_CLASSIFICATION_OFFSET),
            buffer.getShort(offset + STOCK_DIRECTORY_ISSUE_SUB_TYPE_OFFSET, BIG) & 0xFFFFL,
            buffer.getByte(offset + STOCK_DIRECTORY_AUTHENTICITY_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_SHORT_SALE_THRESHOLD_INDICATOR_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_IPO_FLAG_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_LULD_REFERENCE_PRICE_TIER_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_ETP_FLAG_OFFSET),
            uint32(buffer, offset + STOCK_DIRECTORY_ETP_LEVERAGE_FACTOR_OFFSET),
            buffer.getByte(offset + STOCK_DIRECTORY_INVERSE_INDICATOR_OFFSET));
    }

    private void directListing(
        final DirectBuffer buffer, final int offset, final int locate, final int tracking, final long ts) {
        listener.onDirectListingPriceDiscovery(
            locate,
            tracking,
            ts,
            buffer.getLong(offset + DLCR_STOCK_OFFSET, BIG),
            buffer.getByte(offset + DLCR_OPEN_ELIGIBILITY_STATUS_OFFSET),
            uint32(buffer, offset + DLCR_MINIMUM_ALLOWABLE_PRICE_OFFSET),
            uint32(buffer, offset + DLCR_MAXIMUM_ALLOWABLE_PRICE_OFFSET),
            uint32(buffer, offset + DLCR_NEAR_EXECUTION_PRICE_OFFSET),
            buffer.getLong(offset + DLCR_NEAR_EXECUTION_TIME_OFFSET, BIG),
            uint32(buffer, offset + DLCR_LOWER_PRICE_RANGE_COLLAR_OFFSET),
            uint32(buffer, offset + DLCR_UPPER_PRICE_RANGE_COLLAR_OFFSET));
    }

    private static long uint32(final DirectBuffer buffer, final int index) {
        return buffer.getInt(index, BIG) & 0xFFFF_FFFFL;
    }

    private static long uint48(final DirectBuffer buffer, final int index) {
        return ((buffer.getShort(index, BIG) & 0xFFFFL) << 32) | uint32(buffer, index + 2);
    }
}
