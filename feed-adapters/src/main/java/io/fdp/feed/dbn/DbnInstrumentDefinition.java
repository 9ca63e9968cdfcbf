package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

import static io.fdp.feed.dbn.DbnDescriptor.DEF_ACTIVATION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_APPL_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_ASSET_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_ASSET_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CFI_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CFI_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CHANNEL_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CONTRACT_MULTIPLIER_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CONTRACT_MULTIPLIER_UNIT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CURRENCY_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_CURRENCY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_DECAY_QUANTITY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_DECAY_START_DATE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_DISPLAY_FACTOR_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_EXCHANGE_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_EXCHANGE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_EXPIRATION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_FLOW_SCHEDULE_TYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_GROUP_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_GROUP_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_HIGH_LIMIT_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_INSTRUMENT_CLASS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_INST_ATTRIB_VALUE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_LOW_LIMIT_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MAIN_FRACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MARKET_DEPTH_IMPLIED_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MARKET_DEPTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MARKET_SEGMENT_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MATCH_ALGORITHM_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MATURITY_DAY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MATURITY_MONTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MATURITY_WEEK_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MATURITY_YEAR_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MAX_PRICE_VARIATION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MAX_TRADE_VOL_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MD_SECURITY_TRADING_STATUS_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_LOT_SIZE_BLOCK_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_LOT_SIZE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_LOT_SIZE_ROUND_LOT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_PRICE_INCREMENT_AMOUNT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_PRICE_INCREMENT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_MIN_TRADE_VOL_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_ORIGINAL_CONTRACT_SIZE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_PRICE_DISPLAY_FORMAT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_PRICE_RATIO_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_RAW_INSTRUMENT_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_RAW_SYMBOL_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SECSUBTYPE_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SECSUBTYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SECURITY_TYPE_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SECURITY_TYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SECURITY_UPDATE_ACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SETTL_CURRENCY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SETTL_PRICE_TYPE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_STRIKE_PRICE_CURRENCY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_STRIKE_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_SUB_FRACTION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_TICK_RULE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_TRADING_REFERENCE_DATE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_TRADING_REFERENCE_PRICE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_TS_RECV_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNDERLYING_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNDERLYING_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNDERLYING_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNDERLYING_PRODUCT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNIT_OF_MEASURE_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNIT_OF_MEASURE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_UNIT_OF_MEASURE_QTY_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.DEF_USER_DEFINED_INSTRUMENT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.INSTRUMENT_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.PUBLISHER_ID_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_CSTR_LEN_V2;
import static io.fdp.feed.dbn.DbnDescriptor.TS_EVENT_OFFSET;

/**
 * A version 2 instrument definition record viewed in place, one accessor per field (see
 * {@link DbnDescriptor#INSTRUMENT_DEF_LENGTH} for the layout).
 *
 * <p>The decoder reuses one view and re-points it at each definition, so a listener reads it during the callback and
 * copies what it keeps. Numeric accessors allocate nothing; the text accessors build a new string on each call, which
 * suits definitions (reference data, off the hot path). Prices are mantissas with exponent
 * {@link DbnDescriptor#PRICE_EXPONENT}; unsigned 32-bit fields arrive as non-negative longs, unsigned 8- and 16-bit
 * fields as non-negative ints; absent values keep Databento's sentinels ({@link DbnDescriptor#UNDEF_PRICE},
 * {@link DbnDescriptor#UNDEF_TIMESTAMP}, the type's maximum). Not thread-safe.
 */
public final class DbnInstrumentDefinition {
    private static final ByteOrder LITTLE = ByteOrder.LITTLE_ENDIAN;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points the view at a definition record.
     *
     * @param buffer holding the record.
     * @param offset of the record header.
     * @return this view.
     */
    public DbnInstrumentDefinition wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** @return the header's publisher id. */
    public int publisherId() {
        return u16(PUBLISHER_ID_OFFSET);
    }

    /** @return the header's instrument id. */
    public long instrumentId() {
        return u32(INSTRUMENT_ID_OFFSET);
    }

    /** @return the header's event time in ns since the epoch. */
    public long tsEventNs() {
        return i64(TS_EVENT_OFFSET);
    }

    /** @return the capture-server receive time in ns since the epoch. */
    public long tsRecvNs() {
        return i64(DEF_TS_RECV_OFFSET);
    }

    /** @return the minimum price increment (tick) mantissa. */
    public long minPriceIncrementMantissa() {
        return i64(DEF_MIN_PRICE_INCREMENT_OFFSET);
    }

    /** @return the multiplier that converts the venue's display price to the conventional price, 1e-9 fixed point. */
    public long displayFactor() {
        return i64(DEF_DISPLAY_FACTOR_OFFSET);
    }

    /** @return the last eligible trade time in ns since the epoch. */
    public long expirationNs() {
        return i64(DEF_EXPIRATION_OFFSET);
    }

    /** @return the time of instrument activation in ns since the epoch. */
    public long activationNs() {
        return i64(DEF_ACTIVATION_OFFSET);
    }

    /** @return the high limit price mantissa of the trading day. */
    public long highLimitPriceMantissa() {
        return i64(DEF_HIGH_LIMIT_PRICE_OFFSET);
    }

    /** @return the low limit price mantissa of the trading day. */
    public long lowLimitPriceMantissa() {
        return i64(DEF_LOW_LIMIT_PRICE_OFFSET);
    }

    /** @return the price banding differential mantissa. */
    public long maxPriceVariationMantissa() {
        return i64(DEF_MAX_PRICE_VARIATION_OFFSET);
    }

    /** @return the settlement price mantissa on the trading reference date. */
    public long tradingReferencePriceMantissa() {
        return i64(DEF_TRADING_REFERENCE_PRICE_OFFSET);
    }

    /** @return the contract size in the unit of measure, 1e-9 fixed point. */
    public long unitOfMeasureQty() {
        return i64(DEF_UNIT_OF_MEASURE_QTY_OFFSET);
    }

    /** @return the minimum price increment amount mantissa. */
    public long minPriceIncrementAmountMantissa() {
        return i64(DEF_MIN_PRICE_INCREMENT_AMOUNT_OFFSET);
    }

    /** @return the spread and leg price ratio, 1e-9 fixed point. */
    public long priceRatio() {
        return i64(DEF_PRICE_RATIO_OFFSET);
    }

    /** @return the option strike price mantissa. */
    public long strikePriceMantissa() {
        return i64(DEF_STRIKE_PRICE_OFFSET);
    }

    /** @return the instrument eligibility attribute bitmap. */
    public int instAttribValue() {
        return i32(DEF_INST_ATTRIB_VALUE_OFFSET);
    }

    /** @return the instrument id of the first underlying. */
    public long underlyingId() {
        return u32(DEF_UNDERLYING_ID_OFFSET);
    }

    /** @return the instrument id assigned by the publisher. */
    public long rawInstrumentId() {
        return u32(DEF_RAW_INSTRUMENT_ID_OFFSET);
    }

    /** @return the implied book depth on the price level feed. */
    public int marketDepthImplied() {
        return i32(DEF_MARKET_DEPTH_IMPLIED_OFFSET);
    }

    /** @return the outright book depth on the price level feed. */
    public int marketDepth() {
        return i32(DEF_MARKET_DEPTH_OFFSET);
    }

    /** @return the market segment id. */
    public long marketSegmentId() {
        return u32(DEF_MARKET_SEGMENT_ID_OFFSET);
    }

    /** @return the maximum trade volume. */
    public long maxTradeVol() {
        return u32(DEF_MAX_TRADE_VOL_OFFSET);
    }

    /** @return the minimum order entry quantity. */
    public int minLotSize() {
        return i32(DEF_MIN_LOT_SIZE_OFFSET);
    }

    /** @return the minimum block trade quantity. */
    public int minLotSizeBlock() {
        return i32(DEF_MIN_LOT_SIZE_BLOCK_OFFSET);
    }

    /** @return the round lot quantity. */
    public int minLotSizeRoundLot() {
        return i32(DEF_MIN_LOT_SIZE_ROUND_LOT_OFFSET);
    }

    /** @return the minimum trade volume. */
    public long minTradeVol() {
        return u32(DEF_MIN_TRADE_VOL_OFFSET);
    }

    /** @return the number of deliverables per instrument. */
    public int contractMultiplier() {
        return i32(DEF_CONTRACT_MULTIPLIER_OFFSET);
    }

    /** @return the daily decay quantity. */
    public int decayQuantity() {
        return i32(DEF_DECAY_QUANTITY_OFFSET);
    }

    /** @return the fixed contract value. */
    public int originalContractSize() {
        return i32(DEF_ORIGINAL_CONTRACT_SIZE_OFFSET);
    }

    /** @return the trading reference date in days since the epoch. */
    public int tradingReferenceDate() {
        return u16(DEF_TRADING_REFERENCE_DATE_OFFSET);
    }

    /** @return the venue's channel (application) id. */
    public int applId() {
        return buffer.getShort(offset + DEF_APPL_ID_OFFSET, LITTLE);
    }

    /** @return the maturity year. */
    public int maturityYear() {
        return u16(DEF_MATURITY_YEAR_OFFSET);
    }

    /** @return the decay start date. */
    public int decayStartDate() {
        return u16(DEF_DECAY_START_DATE_OFFSET);
    }

    /** @return Databento's channel id. */
    public int channelId() {
        return u16(DEF_CHANNEL_ID_OFFSET);
    }

    /** @return the price currency, e.g. {@code "USD"}. */
    public String currency() {
        return text(DEF_CURRENCY_OFFSET, DEF_CURRENCY_LENGTH);
    }

    /** @return the settlement currency, when it differs from {@link #currency()}. */
    public String settlCurrency() {
        return text(DEF_SETTL_CURRENCY_OFFSET, DEF_CURRENCY_LENGTH);
    }

    /** @return the security sub-type (the spread strategy, or an equity's issue sub-type). */
    public String secsubtype() {
        return text(DEF_SECSUBTYPE_OFFSET, DEF_SECSUBTYPE_LENGTH);
    }

    /** @return the publisher's raw symbol, e.g. {@code "ESM3"}. */
    public String rawSymbol() {
        return text(DEF_RAW_SYMBOL_OFFSET, SYMBOL_CSTR_LEN_V2);
    }

    /** @return the security group code. */
    public String group() {
        return text(DEF_GROUP_OFFSET, DEF_GROUP_LENGTH);
    }

    /** @return the exchange code. */
    public String exchange() {
        return text(DEF_EXCHANGE_OFFSET, DEF_EXCHANGE_LENGTH);
    }

    /** @return the underlying asset (product) code. */
    public String asset() {
        return text(DEF_ASSET_OFFSET, DEF_ASSET_LENGTH);
    }

    /** @return the ISO 10962 CFI code. */
    public String cfi() {
        return text(DEF_CFI_OFFSET, DEF_CFI_LENGTH);
    }

    /** @return the security type, e.g. {@code "FUT"}. */
    public String securityType() {
        return text(DEF_SECURITY_TYPE_OFFSET, DEF_SECURITY_TYPE_LENGTH);
    }

    /** @return the unit of measure of the contract size, e.g. {@code "IPNT"}. */
    public String unitOfMeasure() {
        return text(DEF_UNIT_OF_MEASURE_OFFSET, DEF_UNIT_OF_MEASURE_LENGTH);
    }

    /** @return the symbol of the first underlying. */
    public String underlying() {
        return text(DEF_UNDERLYING_OFFSET, DEF_UNDERLYING_LENGTH);
    }

    /** @return the currency of the strike price. */
    public String strikePriceCurrency() {
        return text(DEF_STRIKE_PRICE_CURRENCY_OFFSET, DEF_CURRENCY_LENGTH);
    }

    /** @return the instrument class character, e.g. {@code 'F'} future, {@code 'K'} stock. */
    public byte instrumentClass() {
        return buffer.getByte(offset + DEF_INSTRUMENT_CLASS_OFFSET);
    }

    /** @return the match algorithm character, e.g. {@code 'F'} FIFO. */
    public byte matchAlgorithm() {
        return buffer.getByte(offset + DEF_MATCH_ALGORITHM_OFFSET);
    }

    /** @return the market data security trading status. */
    public int mdSecurityTradingStatus() {
        return u8(DEF_MD_SECURITY_TRADING_STATUS_OFFSET);
    }

    /** @return the price denominator of the main fraction. */
    public int mainFraction() {
        return u8(DEF_MAIN_FRACTION_OFFSET);
    }

    /** @return the number of digits right of the tick mark for fractional display. */
    public int priceDisplayFormat() {
        return u8(DEF_PRICE_DISPLAY_FORMAT_OFFSET);
    }

    /** @return the settlement price type bitmap. */
    public int settlPriceType() {
        return u8(DEF_SETTL_PRICE_TYPE_OFFSET);
    }

    /** @return the price denominator of the sub fraction. */
    public int subFraction() {
        return u8(DEF_SUB_FRACTION_OFFSET);
    }

    /** @return the product complex. */
    public int underlyingProduct() {
        return u8(DEF_UNDERLYING_PRODUCT_OFFSET);
    }

    /** @return the security update action character: {@code 'A'} add, {@code 'M'} modify, {@code 'D'} delete. */
    public byte securityUpdateAction() {
        return buffer.getByte(offset + DEF_SECURITY_UPDATE_ACTION_OFFSET);
    }

    /** @return the maturity month. */
    public int maturityMonth() {
        return u8(DEF_MATURITY_MONTH_OFFSET);
    }

    /** @return the maturity day. */
    public int maturityDay() {
        return u8(DEF_MATURITY_DAY_OFFSET);
    }

    /** @return the maturity week. */
    public int maturityWeek() {
        return u8(DEF_MATURITY_WEEK_OFFSET);
    }

    /** @return {@code 'Y'} for a user-defined instrument, {@code 'N'} otherwise. */
    public byte userDefinedInstrument() {
        return buffer.getByte(offset + DEF_USER_DEFINED_INSTRUMENT_OFFSET);
    }

    /** @return the unit of the contract multiplier: 1 hours, 2 days. */
    public int contractMultiplierUnit() {
        return buffer.getByte(offset + DEF_CONTRACT_MULTIPLIER_UNIT_OFFSET);
    }

    /** @return the electricity delivery schedule type. */
    public int flowScheduleType() {
        return buffer.getByte(offset + DEF_FLOW_SCHEDULE_TYPE_OFFSET);
    }

    /** @return the spread tick rule. */
    public int tickRule() {
        return u8(DEF_TICK_RULE_OFFSET);
    }

    private long i64(final int field) {
        return buffer.getLong(offset + field, LITTLE);
    }

    private int i32(final int field) {
        return buffer.getInt(offset + field, LITTLE);
    }

    private long u32(final int field) {
        return buffer.getInt(offset + field, LITTLE) & 0xFFFF_FFFFL;
    }

    private int u16(final int field) {
        return buffer.getShort(offset + field, LITTLE) & 0xFFFF;
    }

    private int u8(final int field) {
        return buffer.getByte(offset + field) & 0xFF;
    }

    private String text(final int field, final int width) {
        return DbnText.read(buffer, offset + field, width);
    }
}
