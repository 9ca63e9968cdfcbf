package io.fdp.feed.okx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import io.fdp.feed.depth.ChecksumBook;
import io.fdp.feed.depth.DecimalText;
import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.LevelBatch;
import io.fdp.feed.depth.DepthListener;
import io.fdp.engine.book.Side;
import io.fdp.feed.depth.SymbolDirectory;
import io.fdp.feed.depth.SymbolTable;
import io.fdp.feed.json.DecimalParser;
import io.fdp.feed.json.JsonFieldIndex;
import io.fdp.feed.json.JsonTokenizer;
import org.agrona.DirectBuffer;

/**
 * Decodes OKX v5 public websocket messages of the {@code books} and {@code trades} channels, one at a time, into
 * {@link DepthListener} calls, keeping a book per instrument to verify the checksum OKX sends with each
 * snapshot and update.
 * <p>
 * Messages handled:
 * <ul>
 *   <li>{@code {"arg":{"channel":"books","instId":I},"action":"snapshot"|"update","data":[{"asks":[...],
 *       "bids":[...],"ts":"ms","checksum":n}]}} with levels {@code [px, sz, liquidatedOrders, orders]};</li>
 *   <li>{@code {"arg":{"channel":"trades","instId":I},"data":[{"tradeId":"t","px":..,"sz":..,"side":"buy",
 *       "ts":"ms"},...]}}, where {@code side} is the taker's;</li>
 *   <li>{@code tickers} messages and {@code subscribe}/{@code unsubscribe} events are {@link DecodeResult#IGNORED};
 *       {@code error} events are {@link DecodeResult#VENUE_ERROR}.</li>
 * </ul>
 * Exponents: OKX strips trailing zeros, so decimals vary from level to level ({@code "30244"}, {@code "30243.5"}).
 * Each instrument therefore uses configured exponents: those given to {@link #registerSymbol}, else the adapter's
 * defaults, and is announced when first registered. The checksum is computed over the original strings, which the
 * book reproduces from mantissa and the number of decimals OKX wrote: the top 25 levels interleaved
 * {@code bidPx:bidSz:askPx:askSz:...} (only the present side where one side is shorter), CRC32 as a signed int.
 * <p>
 * Validation completes before anything is delivered; the first problem found is reported through
 * {@link DepthListener#onRejected(int, int)} and returned. Single threaded; allocates only when an
 * instrument is registered or a book grows beyond its largest size so far.
 */
public final class OkxBookAdapter {
    /** Price exponent of instruments not registered with their own. */
    public static final int DEFAULT_PRICE_EXPONENT = -8;
    /** Size exponent of instruments not registered with their own. */
    public static final int DEFAULT_SIZE_EXPONENT = -8;
    /** Levels per side that enter the checksum. */
    public static final int CHECKSUM_LEVELS = 25;

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private static final byte[] EVENT_SUBSCRIBE = ascii("subscribe");
    private static final byte[] EVENT_UNSUBSCRIBE = ascii("unsubscribe");
    private static final byte[] EVENT_ERROR = ascii("error");
    private static final byte[] CHANNEL_BOOKS = ascii("books");
    private static final byte[] CHANNEL_TRADES = ascii("trades");
    private static final byte[] CHANNEL_TICKERS = ascii("tickers");
    private static final byte[] ACTION_SNAPSHOT = ascii("snapshot");
    private static final byte[] ACTION_UPDATE = ascii("update");
    private static final byte[] SIDE_BUY = ascii("buy");
    private static final byte[] SIDE_SELL = ascii("sell");

    private static final int F_EVENT = 0;
    private static final int F_ARG = 1;
    private static final int F_ACTION = 2;
    private static final int F_DATA = 3;
    private static final int F_CHANNEL = 0;
    private static final int F_INST_ID = 1;
    private static final int F_ASKS = 0;
    private static final int F_BIDS = 1;
    private static final int F_TS = 2;
    private static final int F_CHECKSUM = 3;
    private static final int F_TRADE_ID = 0;
    private static final int F_PX = 1;
    private static final int F_SZ = 2;
    private static final int F_SIDE = 3;
    private static final int F_TRADE_TS = 4;

    private final DepthListener listener;
    private final JsonTokenizer tokenizer = new JsonTokenizer();
    private final JsonTokenizer nested = new JsonTokenizer();
    private final JsonTokenizer levels = new JsonTokenizer();
    private final JsonFieldIndex topFields = new JsonFieldIndex("event", "arg", "action", "data");
    private final JsonFieldIndex argFields = new JsonFieldIndex("channel", "instId");
    private final JsonFieldIndex bookFields = new JsonFieldIndex("asks", "bids", "ts", "checksum");
    private final JsonFieldIndex tradeFields = new JsonFieldIndex("tradeId", "px", "sz", "side", "ts");
    private final DecimalParser parser = new DecimalParser();
    private final SymbolDirectory symbols;
    private final boolean[] hasSnapshot;
    private final LevelBatch batch = new LevelBatch(64);
    private final CRC32 crc = new CRC32();
    private final byte[] checksumText = new byte[4 * CHECKSUM_LEVELS * (DecimalText.MAX_LENGTH + 1)];

    private int messageOffset;
    private int errorPosition;
    private int symbolIndex;
    private long timestampNs;

    /**
     * Create an adapter whose instruments default to {@link #DEFAULT_PRICE_EXPONENT} and
     * {@link #DEFAULT_SIZE_EXPONENT}.
     *
     * @param listener   to deliver decoded events to.
     * @param maxSymbols most instruments.
     */
    public OkxBookAdapter(final DepthListener listener, final int maxSymbols) {
        this(listener, maxSymbols, DEFAULT_PRICE_EXPONENT, DEFAULT_SIZE_EXPONENT);
    }

    /**
     * Create an adapter.
     *
     * @param listener             to deliver decoded events to.
     * @param maxSymbols           most instruments.
     * @param defaultPriceExponent price exponent of instruments not registered with their own.
     * @param defaultSizeExponent  size exponent of instruments not registered with their own.
     */
    public OkxBookAdapter(
        final DepthListener listener, final int maxSymbols, final int defaultPriceExponent, final int defaultSizeExponent) {
        this.listener = listener;
        symbols = new SymbolDirectory(maxSymbols, defaultPriceExponent, defaultSizeExponent, 512);
        hasSnapshot = new boolean[maxSymbols];
    }

    /**
     * Register an instrument with its own exponents before its first message; announces it to the listener.
     *
     * @param instId        OKX instrument id, e.g. {@code BTC-USDT}.
     * @param priceExponent price exponent, from -18 to 0.
     * @param sizeExponent  size exponent, from -18 to 0.
     * @return its index, or a negative {@link DecodeResult} code.
     */
    public int registerSymbol(final String instId, final int priceExponent, final int sizeExponent) {
        return symbols.register(instId, priceExponent, sizeExponent, listener);
    }

    /**
     * Decode one websocket message.
     *
     * @param buffer        holding the message.
     * @param offset        of its first byte.
     * @param length        of the message in bytes.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     * @return a {@link DecodeResult} code; negative codes were also reported to the listener.
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs) {
        messageOffset = offset;
        errorPosition = -1;
        tokenizer.wrap(buffer, offset, length);
        final int result = decode(receiveTimeNs);
        if (result < 0) {
            listener.onRejected(result, errorPosition < 0 ? -1 : errorPosition - messageOffset);
        }
        return result;
    }

    private int decode(final long receiveTimeNs) {
        if (tokenizer.next() != JsonTokenizer.BEGIN_OBJECT) {
            return invalidOrUnknown(tokenizer);
        }
        if (!topFields.scan(tokenizer) || tokenizer.next() != JsonTokenizer.END) {
            errorPosition = tokenizer.errorPosition();
            return DecodeResult.INVALID_JSON;
        }
        if (topFields.has(F_EVENT)) {
            if (topFields.stringEquals(F_EVENT, EVENT_SUBSCRIBE) || topFields.stringEquals(F_EVENT, EVENT_UNSUBSCRIBE)) {
                return DecodeResult.IGNORED;
            }
            return topFields.stringEquals(F_EVENT, EVENT_ERROR) ? DecodeResult.VENUE_ERROR : DecodeResult.UNKNOWN_MESSAGE;
        }
        if (topFields.type(F_ARG) != JsonTokenizer.BEGIN_OBJECT || topFields.type(F_DATA) != JsonTokenizer.BEGIN_ARRAY) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        topFields.wrap(F_ARG, nested);
        nested.next();
        argFields.scan(nested);
        if (argFields.stringEquals(F_CHANNEL, CHANNEL_TICKERS)) {
            return DecodeResult.IGNORED;
        }
        final boolean isBooks = argFields.stringEquals(F_CHANNEL, CHANNEL_BOOKS);
        if (!isBooks && !argFields.stringEquals(F_CHANNEL, CHANNEL_TRADES)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (argFields.type(F_INST_ID) != JsonTokenizer.STRING) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        symbolIndex = symbols.lookup(argFields.buffer(), argFields.offset(F_INST_ID), argFields.length(F_INST_ID));
        return isBooks ? books(receiveTimeNs) : trades(receiveTimeNs, false);
    }

    private int books(final long receiveTimeNs) {
        final boolean snapshot = topFields.stringEquals(F_ACTION, ACTION_SNAPSHOT);
        if (!snapshot && !topFields.stringEquals(F_ACTION, ACTION_UPDATE)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!snapshot && (symbolIndex < 0 || !hasSnapshot[symbolIndex])) {
            return DecodeResult.NO_SNAPSHOT;
        }
        topFields.wrap(F_DATA, nested);
        nested.next();
        if (nested.next() != JsonTokenizer.BEGIN_OBJECT || !bookFields.scan(nested) || nested.next() != JsonTokenizer.END_ARRAY) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (bookFields.type(F_ASKS) != JsonTokenizer.BEGIN_ARRAY || bookFields.type(F_BIDS) != JsonTokenizer.BEGIN_ARRAY) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!parseMillis(bookFields, F_TS)) {
            return DecodeResult.INVALID_VALUE;
        }
        final long eventTimeNs = timestampNs;
        boolean hasChecksum = false;
        int expectedChecksum = 0;
        if (bookFields.has(F_CHECKSUM)) {
            if (bookFields.type(F_CHECKSUM) != JsonTokenizer.NUMBER ||
                bookFields.parseDecimal(F_CHECKSUM, parser, 0) != DecimalParser.OK ||
                parser.mantissa() < Integer.MIN_VALUE || parser.mantissa() > Integer.MAX_VALUE) {
                return fieldError(bookFields, F_CHECKSUM, DecodeResult.INVALID_VALUE);
            }
            hasChecksum = true;
            expectedChecksum = (int)parser.mantissa();
        }
        batch.clear();
        int result = levels(F_BIDS, Side.BUY);
        if (result != DecodeResult.OK || (result = levels(F_ASKS, Side.SELL)) != DecodeResult.OK) {
            return result;
        }
        if (symbolIndex < 0 && (symbolIndex = register()) < 0) {
            return symbolIndex;
        }
        apply(snapshot, eventTimeNs, receiveTimeNs);
        if (hasChecksum) {
            listener.onChecksum(symbolIndex, checksum(symbolIndex) == expectedChecksum);
        }
        return DecodeResult.OK;
    }

    private int levels(final int field, final int side) {
        bookFields.wrap(field, levels);
        levels.next();
        final int priceExponent = symbols.priceExponent(symbolIndex);
        final int sizeExponent = symbols.sizeExponent(symbolIndex);
        int t;
        while ((t = levels.next()) == JsonTokenizer.BEGIN_ARRAY) {
            if (levels.next() != JsonTokenizer.STRING) {
                return unexpectedLevel();
            }
            int result = decimal(levels, priceExponent);
            if (result != DecodeResult.OK) {
                return result;
            }
            final long price = parser.mantissa();
            final int priceScale = parser.scale();
            if (levels.next() != JsonTokenizer.STRING) {
                return unexpectedLevel();
            }
            if ((result = decimal(levels, sizeExponent)) != DecodeResult.OK) {
                return result;
            }
            if (price <= 0 || parser.mantissa() < 0) {
                return tokenError(levels, DecodeResult.INVALID_VALUE);
            }
            do {
                t = levels.next();
            }
            while (t == JsonTokenizer.STRING || t == JsonTokenizer.NUMBER);
            if (t != JsonTokenizer.END_ARRAY) {
                return unexpectedLevel();
            }
            batch.add(side, price, parser.mantissa(), priceScale, parser.scale());
        }
        return t == JsonTokenizer.END_ARRAY ? DecodeResult.OK : unexpectedLevel();
    }

    private void apply(final boolean snapshot, final long eventTimeNs, final long receiveTimeNs) {
        final ChecksumBook book = symbols.book(symbolIndex);
        if (snapshot) {
            hasSnapshot[symbolIndex] = true;
            book.clear();
            batch.applyTo(book);
            listener.onSnapshotBegin(symbolIndex, eventTimeNs, receiveTimeNs);
            book.publishLevels(symbolIndex, listener);
            listener.onSnapshotEnd(symbolIndex);
        } else {
            listener.onUpdateBegin(symbolIndex, eventTimeNs, receiveTimeNs);
            batch.applyTo(book, symbolIndex, listener);
            listener.onUpdateEnd(symbolIndex);
        }
    }

    private int trades(final long receiveTimeNs, final boolean deliver) {
        topFields.wrap(F_DATA, nested);
        nested.next();
        int trades = 0;
        int t;
        while ((t = nested.next()) == JsonTokenizer.BEGIN_OBJECT) {
            tradeFields.scan(nested);
            final int result = trade(receiveTimeNs, deliver);
            if (result != DecodeResult.OK) {
                return result;
            }
            trades++;
        }
        if (t != JsonTokenizer.END_ARRAY || trades == 0) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!deliver) {
            if (symbolIndex < 0 && (symbolIndex = register()) < 0) {
                return symbolIndex;
            }
            return trades(receiveTimeNs, true);
        }
        return DecodeResult.OK;
    }

    private int trade(final long receiveTimeNs, final boolean deliver) {
        final int side = tradeFields.stringEquals(F_SIDE, SIDE_BUY) ? Side.BUY :
            tradeFields.stringEquals(F_SIDE, SIDE_SELL) ? Side.SELL : Side.NULL_SIDE;
        if (side == Side.NULL_SIDE) {
            return fieldError(tradeFields, F_SIDE, tradeFields.has(F_SIDE) ? DecodeResult.INVALID_VALUE : DecodeResult.UNKNOWN_MESSAGE);
        }
        if (tradeFields.type(F_TRADE_ID) != JsonTokenizer.STRING || tradeFields.parseDecimal(F_TRADE_ID, parser, 0) != DecimalParser.OK) {
            return fieldError(tradeFields, F_TRADE_ID, DecodeResult.INVALID_VALUE);
        }
        final long tradeId = parser.mantissa();
        if (!parseMillis(tradeFields, F_TRADE_TS)) {
            return DecodeResult.INVALID_VALUE;
        }
        final long eventTimeNs = timestampNs;
        int result = fieldDecimal(tradeFields, F_PX, symbols.priceExponent(symbolIndex));
        if (result != DecodeResult.OK) {
            return result;
        }
        final long price = parser.mantissa();
        if ((result = fieldDecimal(tradeFields, F_SZ, symbols.sizeExponent(symbolIndex))) != DecodeResult.OK) {
            return result;
        }
        if (deliver) {
            listener.onTrade(symbolIndex, tradeId, side, price, parser.mantissa(), eventTimeNs, receiveTimeNs);
        }
        return DecodeResult.OK;
    }

    private int register() {
        return symbols.register(argFields.buffer(), argFields.offset(F_INST_ID), argFields.length(F_INST_ID), listener);
    }

    private boolean parseMillis(final JsonFieldIndex fields, final int field) {
        timestampNs = DepthListener.NULL_TIMESTAMP;
        if (!fields.has(field)) {
            return true;
        }
        if (fields.parseDecimal(field, parser, 0) != DecimalParser.OK || parser.mantissa() < 0 ||
            parser.mantissa() > Long.MAX_VALUE / NANOS_PER_MILLI) {
            errorPosition = fields.offset(field);
            return false;
        }
        timestampNs = parser.mantissa() * NANOS_PER_MILLI;
        return true;
    }

    private int fieldDecimal(final JsonFieldIndex fields, final int field, final int exponent) {
        final int code = fields.type(field) == JsonTokenizer.STRING ? fields.parseDecimal(field, parser, exponent) : DecimalParser.INVALID;
        if (code == DecimalParser.OK) {
            return DecodeResult.OK;
        }
        return fieldError(fields, field, code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE);
    }

    private int decimal(final JsonTokenizer source, final int exponent) {
        final int code = parser.parse(source.buffer(), source.tokenOffset(), source.tokenLength(), exponent);
        if (code == DecimalParser.OK) {
            return DecodeResult.OK;
        }
        return tokenError(source, code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE);
    }

    private int fieldError(final JsonFieldIndex fields, final int field, final int code) {
        errorPosition = fields.has(field) ? fields.offset(field) : -1;
        return code;
    }

    private int tokenError(final JsonTokenizer source, final int code) {
        errorPosition = source.tokenStart();
        return code;
    }

    private int unexpectedLevel() {
        return tokenError(levels, DecodeResult.UNKNOWN_MESSAGE);
    }

    private int invalidOrUnknown(final JsonTokenizer source) {
        if (source.tokenType() == JsonTokenizer.ERROR) {
            errorPosition = source.errorPosition();
            return DecodeResult.INVALID_JSON;
        }
        return tokenError(source, DecodeResult.UNKNOWN_MESSAGE);
    }

    /**
     * OKX's checksum of an instrument's book, as a signed 32-bit value.
     *
     * @param symbolIndex the instrument.
     * @return the CRC32 of the top levels' text.
     */
    public int checksum(final int symbolIndex) {
        final ChecksumBook book = symbols.book(symbolIndex);
        final int priceExponent = symbols.priceExponent(symbolIndex);
        final int sizeExponent = symbols.sizeExponent(symbolIndex);
        final int levelCount = Math.max(book.bids().count(), book.asks().count());
        int pos = 0;
        for (int i = 0; i < Math.min(CHECKSUM_LEVELS, levelCount); i++) {
            if (i < book.bids().count()) {
                pos = DecimalText.write(book.bids().price(i), priceExponent, book.bids().priceScale(i), true, checksumText, pos);
                checksumText[pos++] = ':';
                pos = DecimalText.write(book.bids().size(i), sizeExponent, book.bids().sizeScale(i), true, checksumText, pos);
                checksumText[pos++] = ':';
            }
            if (i < book.asks().count()) {
                pos = DecimalText.write(book.asks().price(i), priceExponent, book.asks().priceScale(i), true, checksumText, pos);
                checksumText[pos++] = ':';
                pos = DecimalText.write(book.asks().size(i), sizeExponent, book.asks().sizeScale(i), true, checksumText, pos);
                checksumText[pos++] = ':';
            }
        }
        crc.reset();
        crc.update(checksumText, 0, Math.max(0, pos - 1));
        return (int)crc.getValue();
    }

    /**
     * The adapter's book of an instrument, for inspection between messages.
     *
     * @param symbolIndex a registered instrument.
     * @return its book.
     */
    public ChecksumBook book(final int symbolIndex) {
        return symbols.book(symbolIndex);
    }

    /**
     * Index of an instrument, without allocating.
     *
     * @param buffer holding the instrument id.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return the index, or {@link SymbolTable#NOT_FOUND}.
     */
    public int symbolIndex(final DirectBuffer buffer, final int offset, final int length) {
        return symbols.lookup(buffer, offset, length);
    }

    /**
     * Instruments registered so far.
     *
     * @return count of symbol indices in use.
     */
    public int symbolCount() {
        return symbols.count();
    }

    /**
     * Name of a registered instrument.
     *
     * @param symbolIndex a registered instrument.
     * @return its name as the venue writes it.
     */
    public String symbol(final int symbolIndex) {
        return symbols.symbol(symbolIndex);
    }

    private static byte[] ascii(final String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
