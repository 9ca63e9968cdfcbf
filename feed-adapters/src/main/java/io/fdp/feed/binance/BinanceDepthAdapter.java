package io.fdp.feed.binance;

import java.nio.charset.StandardCharsets;

import io.fdp.feed.depth.ChecksumBook;
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
 * Builds Binance spot books from REST depth snapshots and {@code <symbol>@depth} diff streams, enforcing Binance's
 * sequencing rules, and decodes the {@code aggTrade}, {@code trade} and {@code kline} streams, one message at a time.
 * <p>
 * Sequencing per symbol, with {@code lastUpdateId} from the snapshot and {@code U}/{@code u} the first and final
 * update ids of a diff:
 * <ol>
 *   <li>until a snapshot arrives (and again after a gap) diffs are {@link DecodeResult#DROPPED};</li>
 *   <li>diffs with {@code u <= lastUpdateId} are {@link DecodeResult#DROPPED};</li>
 *   <li>the first diff applied must have {@code U <= lastUpdateId + 1 <= u};</li>
 *   <li>afterwards each diff must have {@code U == previous u + 1} (diffs with {@code u <= previous u} are dropped
 *       as duplicates);</li>
 *   <li>otherwise {@link DepthListener#onGap(int, long, long)} reports the expected and received first ids, the
 *       result is {@link DecodeResult#GAP}, and the symbol waits for a new snapshot, which the caller must fetch.</li>
 * </ol>
 * Diffs are not buffered while a snapshot is awaited: a snapshot older than the first diff that follows it is
 * reported as a gap instead.
 * <p>
 * Messages may be combined-stream envelopes ({@code {"stream":..,"data":{..}}}) or raw events. {@code bookTicker}
 * messages and subscription acknowledgements are {@link DecodeResult#IGNORED}; error objects
 * ({@code {"code":..,"msg":..}}) are {@link DecodeResult#VENUE_ERROR}.
 * <p>
 * Exponents: Binance spot writes prices and quantities with 8 decimals, so every symbol defaults to -8 for both;
 * {@link #registerSymbol} sets others. A symbol is registered when first decoded. Validation completes before
 * anything is delivered. Single threaded; allocates only at registration or when a book grows beyond its largest
 * size so far.
 */
public final class BinanceDepthAdapter {
    /** Price exponent of symbols not registered with their own. */
    public static final int DEFAULT_PRICE_EXPONENT = -8;
    /** Size exponent of symbols not registered with their own. */
    public static final int DEFAULT_SIZE_EXPONENT = -8;

    private static final int NEEDS_SNAPSHOT = 0;
    private static final int SYNCING = 1;
    private static final int LIVE = 2;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private static final byte[] EVENT_DEPTH_UPDATE = ascii("depthUpdate");
    private static final byte[] EVENT_AGG_TRADE = ascii("aggTrade");
    private static final byte[] EVENT_TRADE = ascii("trade");
    private static final byte[] EVENT_KLINE = ascii("kline");
    private static final byte[] DEPTH_PATH = ascii("/depth?");
    private static final byte[] SYMBOL_PARAMETER = ascii("symbol=");

    private static final int F_STREAM = 0;
    private static final int F_DATA = 1;
    private static final int F_RESULT = 2;
    private static final int F_ID = 3;
    private static final int F_CODE = 4;
    private static final int F_E = 0;
    private static final int F_EVENT_TIME = 1;
    private static final int F_SYMBOL = 2;
    private static final int F_FIRST_ID = 3;
    private static final int F_FINAL_ID = 4;
    private static final int F_BIDS = 5;
    private static final int F_ASKS = 6;
    private static final int F_AGG_TRADE_ID = 6;
    private static final int F_KLINE = 7;
    private static final int F_PRICE = 8;
    private static final int F_QUANTITY = 9;
    private static final int F_TRADE_TIME = 10;
    private static final int F_BUYER_MAKER = 11;
    private static final int F_TRADE_ID = 12;
    private static final int F_LAST_UPDATE_ID = 0;
    private static final int F_SNAPSHOT_BIDS = 1;
    private static final int F_SNAPSHOT_ASKS = 2;
    private static final int F_SNAPSHOT_CODE = 3;
    private static final int K_OPEN_TIME = 0;
    private static final int K_CLOSE_TIME = 1;
    private static final int K_OPEN = 2;
    private static final int K_HIGH = 3;
    private static final int K_LOW = 4;
    private static final int K_CLOSE = 5;
    private static final int K_VOLUME = 6;
    private static final int K_TRADES = 7;
    private static final int K_CLOSED = 8;

    private final BinanceListener listener;
    private final JsonTokenizer tokenizer = new JsonTokenizer();
    private final JsonTokenizer nested = new JsonTokenizer();
    private final JsonTokenizer levels = new JsonTokenizer();
    private final JsonFieldIndex envelopeFields = new JsonFieldIndex("stream", "data", "result", "id", "code");
    private final JsonFieldIndex eventFields =
        new JsonFieldIndex("e", "E", "s", "U", "u", "b", "a", "k", "p", "q", "T", "m", "t");
    private final JsonFieldIndex snapshotFields = new JsonFieldIndex("lastUpdateId", "bids", "asks", "code");
    private final JsonFieldIndex klineFields = new JsonFieldIndex("t", "T", "o", "h", "l", "c", "v", "n", "x");
    private final DecimalParser parser = new DecimalParser();
    private final SymbolDirectory symbols;
    private final int[] states;
    private final long[] lastUpdateIds;
    private final long[] previousFinalIds;
    private final LevelBatch batch = new LevelBatch(64);

    private int messageOffset;
    private int errorPosition;
    private int symbolIndex;
    private DirectBuffer symbolBuffer;
    private int symbolOffset;
    private int symbolLength;
    private long value;

    /**
     * Create an adapter whose symbols default to {@link #DEFAULT_PRICE_EXPONENT} and {@link #DEFAULT_SIZE_EXPONENT}.
     *
     * @param listener   to deliver decoded events to.
     * @param maxSymbols most symbols.
     */
    public BinanceDepthAdapter(final BinanceListener listener, final int maxSymbols) {
        this(listener, maxSymbols, DEFAULT_PRICE_EXPONENT, DEFAULT_SIZE_EXPONENT);
    }

    /**
     * Create an adapter.
     *
     * @param listener             to deliver decoded events to.
     * @param maxSymbols           most symbols.
     * @param defaultPriceExponent price exponent of symbols not registered with their own.
     * @param defaultSizeExponent  size exponent of symbols not registered with their own.
     */
    public BinanceDepthAdapter(
        final BinanceListener listener, final int maxSymbols, final int defaultPriceExponent, final int defaultSizeExponent) {
        this.listener = listener;
        symbols = new SymbolDirectory(maxSymbols, defaultPriceExponent, defaultSizeExponent, 1024);
        states = new int[maxSymbols];
        lastUpdateIds = new long[maxSymbols];
        previousFinalIds = new long[maxSymbols];
    }

    /**
     * Register a symbol with its own exponents before its first message; announces it to the listener.
     *
     * @param symbol        Binance symbol in upper case, e.g. {@code BTCUSDT}.
     * @param priceExponent price exponent, from -18 to 0.
     * @param sizeExponent  size exponent, from -18 to 0.
     * @return its index, or a negative {@link DecodeResult} code.
     */
    public int registerSymbol(final String symbol, final int priceExponent, final int sizeExponent) {
        return symbols.register(symbol, priceExponent, sizeExponent, listener);
    }

    /**
     * Decode a REST response, taking the symbol from the {@code symbol} parameter of a {@code /depth} request URL.
     *
     * @param buffer        holding URL and body.
     * @param urlOffset     of the URL's first byte.
     * @param urlLength     of the URL in bytes.
     * @param offset        of the body's first byte.
     * @param length        of the body in bytes.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     * @return a {@link DecodeResult} code; negative codes were also reported to the listener.
     */
    public int onRestResponse(
        final DirectBuffer buffer,
        final int urlOffset,
        final int urlLength,
        final int offset,
        final int length,
        final long receiveTimeNs) {
        final int end = urlOffset + urlLength;
        final int path = indexOf(buffer, urlOffset, end, DEPTH_PATH);
        final int parameter = path < 0 ? -1 : indexOf(buffer, path, end, SYMBOL_PARAMETER);
        if (parameter < 0 || (buffer.getByte(parameter - 1) != '?' && buffer.getByte(parameter - 1) != '&')) {
            listener.onRejected(DecodeResult.UNKNOWN_MESSAGE, -1);
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        final int symbolStart = parameter + SYMBOL_PARAMETER.length;
        int symbolEnd = symbolStart;
        while (symbolEnd < end && buffer.getByte(symbolEnd) != '&') {
            symbolEnd++;
        }
        return onDepthSnapshot(buffer, symbolStart, symbolEnd - symbolStart, buffer, offset, length, receiveTimeNs);
    }

    /**
     * Decode a REST depth snapshot ({@code GET /api/v3/depth}) of a symbol, replacing its book.
     *
     * @param symbolBuffer  holding the symbol.
     * @param symbolOffset  of the symbol's first byte.
     * @param symbolLength  of the symbol in bytes.
     * @param buffer        holding the response body.
     * @param offset        of the body's first byte.
     * @param length        of the body in bytes.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     * @return a {@link DecodeResult} code; negative codes were also reported to the listener.
     */
    public int onDepthSnapshot(
        final DirectBuffer symbolBuffer,
        final int symbolOffset,
        final int symbolLength,
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final long receiveTimeNs) {
        begin(offset);
        this.symbolBuffer = symbolBuffer;
        this.symbolOffset = symbolOffset;
        this.symbolLength = symbolLength;
        symbolIndex = symbols.lookup(symbolBuffer, symbolOffset, symbolLength);
        tokenizer.wrap(buffer, offset, length);
        return finish(snapshot(receiveTimeNs));
    }

    private int snapshot(final long receiveTimeNs) {
        if (tokenizer.next() != JsonTokenizer.BEGIN_OBJECT) {
            return invalidOrUnknown(tokenizer);
        }
        if (!snapshotFields.scan(tokenizer) || tokenizer.next() != JsonTokenizer.END) {
            return invalidJson(tokenizer);
        }
        if (snapshotFields.has(F_SNAPSHOT_CODE)) {
            return DecodeResult.VENUE_ERROR;
        }
        if (!integer(snapshotFields, F_LAST_UPDATE_ID)) {
            return fieldError(snapshotFields, F_LAST_UPDATE_ID);
        }
        final long lastUpdateId = value;
        batch.clear();
        int result = levels(snapshotFields, F_SNAPSHOT_BIDS, Side.BUY);
        if (result != DecodeResult.OK || (result = levels(snapshotFields, F_SNAPSHOT_ASKS, Side.SELL)) != DecodeResult.OK) {
            return result;
        }
        if (symbolIndex < 0 && (symbolIndex = symbols.register(symbolBuffer, symbolOffset, symbolLength, listener)) < 0) {
            return symbolIndex;
        }
        final ChecksumBook book = symbols.book(symbolIndex);
        book.clear();
        batch.applyTo(book);
        states[symbolIndex] = SYNCING;
        lastUpdateIds[symbolIndex] = lastUpdateId;
        listener.onSnapshotBegin(symbolIndex, DepthListener.NULL_TIMESTAMP, receiveTimeNs);
        book.publishLevels(symbolIndex, listener);
        listener.onSnapshotEnd(symbolIndex);
        return DecodeResult.OK;
    }

    /**
     * Decode one websocket message: a diff, trade or kline event, raw or in a combined-stream envelope.
     *
     * @param buffer        holding the message.
     * @param offset        of its first byte.
     * @param length        of the message in bytes.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     * @return a {@link DecodeResult} code; negative codes were also reported to the listener.
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs) {
        begin(offset);
        tokenizer.wrap(buffer, offset, length);
        return finish(message(buffer, offset, length, receiveTimeNs));
    }

    private int message(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs) {
        if (tokenizer.next() != JsonTokenizer.BEGIN_OBJECT) {
            return invalidOrUnknown(tokenizer);
        }
        if (!envelopeFields.scan(tokenizer) || tokenizer.next() != JsonTokenizer.END) {
            return invalidJson(tokenizer);
        }
        if (envelopeFields.has(F_CODE)) {
            return DecodeResult.VENUE_ERROR;
        }
        if (envelopeFields.has(F_RESULT) && envelopeFields.has(F_ID)) {
            return DecodeResult.IGNORED;
        }
        if (envelopeFields.has(F_DATA)) {
            if (envelopeFields.type(F_DATA) != JsonTokenizer.BEGIN_OBJECT) {
                return DecodeResult.UNKNOWN_MESSAGE;
            }
            envelopeFields.wrap(F_DATA, nested);
        } else {
            nested.wrap(buffer, offset, length);
        }
        nested.next();
        eventFields.scan(nested);
        if (eventFields.type(F_SYMBOL) != JsonTokenizer.STRING) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        symbolBuffer = eventFields.buffer();
        symbolOffset = eventFields.offset(F_SYMBOL);
        symbolLength = eventFields.length(F_SYMBOL);
        symbolIndex = symbols.lookup(symbolBuffer, symbolOffset, symbolLength);
        if (eventFields.stringEquals(F_E, EVENT_DEPTH_UPDATE)) {
            return depthUpdate(receiveTimeNs);
        }
        if (eventFields.stringEquals(F_E, EVENT_AGG_TRADE) || eventFields.stringEquals(F_E, EVENT_TRADE)) {
            return trade(receiveTimeNs);
        }
        if (eventFields.stringEquals(F_E, EVENT_KLINE)) {
            return kline(receiveTimeNs);
        }
        final boolean bookTicker = !eventFields.has(F_E) && eventFields.has(F_FINAL_ID) &&
            eventFields.type(F_BIDS) == JsonTokenizer.STRING && eventFields.type(F_ASKS) == JsonTokenizer.STRING;
        return bookTicker ? DecodeResult.IGNORED : DecodeResult.UNKNOWN_MESSAGE;
    }

    private int depthUpdate(final long receiveTimeNs) {
        if (!integer(eventFields, F_FIRST_ID)) {
            return fieldError(eventFields, F_FIRST_ID);
        }
        final long firstId = value;
        if (!integer(eventFields, F_FINAL_ID) || value < firstId) {
            return fieldError(eventFields, F_FINAL_ID);
        }
        final long finalId = value;
        if (!integer(eventFields, F_EVENT_TIME) || value > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return fieldError(eventFields, F_EVENT_TIME);
        }
        final long eventTimeNs = value * NANOS_PER_MILLI;
        batch.clear();
        int result = levels(eventFields, F_BIDS, Side.BUY);
        if (result != DecodeResult.OK || (result = levels(eventFields, F_ASKS, Side.SELL)) != DecodeResult.OK) {
            return result;
        }
        if (symbolIndex < 0 || states[symbolIndex] == NEEDS_SNAPSHOT) {
            return DecodeResult.DROPPED;
        }
        final int index = symbolIndex;
        if (states[index] == SYNCING) {
            final long lastUpdateId = lastUpdateIds[index];
            if (finalId <= lastUpdateId) {
                return DecodeResult.DROPPED;
            }
            if (firstId > lastUpdateId + 1) {
                return gap(index, lastUpdateId + 1, firstId);
            }
        } else {
            final long previousFinalId = previousFinalIds[index];
            if (finalId <= previousFinalId) {
                return DecodeResult.DROPPED;
            }
            if (firstId != previousFinalId + 1) {
                return gap(index, previousFinalId + 1, firstId);
            }
        }
        states[index] = LIVE;
        previousFinalIds[index] = finalId;
        listener.onUpdateBegin(index, eventTimeNs, receiveTimeNs);
        batch.applyTo(symbols.book(index), index, listener);
        listener.onUpdateEnd(index);
        return DecodeResult.OK;
    }

    private int gap(final int index, final long expected, final long received) {
        states[index] = NEEDS_SNAPSHOT;
        listener.onGap(index, expected, received);
        return DecodeResult.GAP;
    }

    private int trade(final long receiveTimeNs) {
        final int idField = eventFields.stringEquals(F_E, EVENT_TRADE) ? F_TRADE_ID : F_AGG_TRADE_ID;
        if (!integer(eventFields, idField)) {
            return fieldError(eventFields, idField);
        }
        final long tradeId = value;
        if (!integer(eventFields, F_TRADE_TIME) || value > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return fieldError(eventFields, F_TRADE_TIME);
        }
        final long tradeTimeNs = value * NANOS_PER_MILLI;
        final int makerType = eventFields.type(F_BUYER_MAKER);
        if (makerType != JsonTokenizer.TRUE && makerType != JsonTokenizer.FALSE) {
            return fieldError(eventFields, F_BUYER_MAKER);
        }
        int result = decimal(eventFields, F_PRICE, symbols.priceExponent(symbolIndex));
        if (result != DecodeResult.OK) {
            return result;
        }
        final long price = parser.mantissa();
        if ((result = decimal(eventFields, F_QUANTITY, symbols.sizeExponent(symbolIndex))) != DecodeResult.OK) {
            return result;
        }
        final long quantity = parser.mantissa();
        if (symbolIndex < 0 && (symbolIndex = symbols.register(symbolBuffer, symbolOffset, symbolLength, listener)) < 0) {
            return symbolIndex;
        }
        final int aggressor = makerType == JsonTokenizer.TRUE ? Side.SELL : Side.BUY;
        listener.onTrade(symbolIndex, tradeId, aggressor, price, quantity, tradeTimeNs, receiveTimeNs);
        return DecodeResult.OK;
    }

    private int kline(final long receiveTimeNs) {
        if (eventFields.type(F_KLINE) != JsonTokenizer.BEGIN_OBJECT) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!integer(eventFields, F_EVENT_TIME) || value > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return fieldError(eventFields, F_EVENT_TIME);
        }
        final long eventTimeNs = value * NANOS_PER_MILLI;
        eventFields.wrap(F_KLINE, levels);
        levels.next();
        klineFields.scan(levels);
        if (!integer(klineFields, K_OPEN_TIME) || value > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return fieldError(klineFields, K_OPEN_TIME);
        }
        final long openTimeNs = value * NANOS_PER_MILLI;
        if (!integer(klineFields, K_CLOSE_TIME) || value > Long.MAX_VALUE / NANOS_PER_MILLI) {
            return fieldError(klineFields, K_CLOSE_TIME);
        }
        final long closeTimeNs = value * NANOS_PER_MILLI;
        if (!integer(klineFields, K_TRADES)) {
            return fieldError(klineFields, K_TRADES);
        }
        final long tradeCount = value;
        final int closedType = klineFields.type(K_CLOSED);
        if (closedType != JsonTokenizer.TRUE && closedType != JsonTokenizer.FALSE) {
            return fieldError(klineFields, K_CLOSED);
        }
        final int priceExponent = symbols.priceExponent(symbolIndex);
        int result;
        if ((result = decimal(klineFields, K_OPEN, priceExponent)) != DecodeResult.OK) {
            return result;
        }
        final long open = parser.mantissa();
        if ((result = decimal(klineFields, K_HIGH, priceExponent)) != DecodeResult.OK) {
            return result;
        }
        final long high = parser.mantissa();
        if ((result = decimal(klineFields, K_LOW, priceExponent)) != DecodeResult.OK) {
            return result;
        }
        final long low = parser.mantissa();
        if ((result = decimal(klineFields, K_CLOSE, priceExponent)) != DecodeResult.OK) {
            return result;
        }
        final long close = parser.mantissa();
        if ((result = decimal(klineFields, K_VOLUME, symbols.sizeExponent(symbolIndex))) != DecodeResult.OK) {
            return result;
        }
        final long volume = parser.mantissa();
        if (symbolIndex < 0 && (symbolIndex = symbols.register(symbolBuffer, symbolOffset, symbolLength, listener)) < 0) {
            return symbolIndex;
        }
        listener.onKline(
            symbolIndex, openTimeNs, closeTimeNs, open, high, low, close, volume, tradeCount,
            closedType == JsonTokenizer.TRUE, eventTimeNs, receiveTimeNs);
        return DecodeResult.OK;
    }

    private int levels(final JsonFieldIndex fields, final int field, final int side) {
        if (fields.type(field) != JsonTokenizer.BEGIN_ARRAY) {
            errorPosition = fields.has(field) ? fields.offset(field) : -1;
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        fields.wrap(field, levels);
        levels.next();
        final int priceExponent = symbols.priceExponent(symbolIndex);
        final int sizeExponent = symbols.sizeExponent(symbolIndex);
        int t;
        while ((t = levels.next()) == JsonTokenizer.BEGIN_ARRAY) {
            if (levels.next() != JsonTokenizer.STRING) {
                return tokenError(levels, DecodeResult.UNKNOWN_MESSAGE);
            }
            int result = decimal(levels, priceExponent);
            if (result != DecodeResult.OK) {
                return result;
            }
            final long price = parser.mantissa();
            final int priceScale = parser.scale();
            if (levels.next() != JsonTokenizer.STRING) {
                return tokenError(levels, DecodeResult.UNKNOWN_MESSAGE);
            }
            if ((result = decimal(levels, sizeExponent)) != DecodeResult.OK) {
                return result;
            }
            if (price <= 0 || parser.mantissa() < 0) {
                return tokenError(levels, DecodeResult.INVALID_VALUE);
            }
            if (levels.next() != JsonTokenizer.END_ARRAY) {
                return tokenError(levels, DecodeResult.UNKNOWN_MESSAGE);
            }
            batch.add(side, price, parser.mantissa(), priceScale, parser.scale());
        }
        return t == JsonTokenizer.END_ARRAY ? DecodeResult.OK : tokenError(levels, DecodeResult.UNKNOWN_MESSAGE);
    }

    private boolean integer(final JsonFieldIndex fields, final int field) {
        if (fields.type(field) != JsonTokenizer.NUMBER || fields.parseDecimal(field, parser, 0) != DecimalParser.OK ||
            parser.mantissa() < 0) {
            return false;
        }
        value = parser.mantissa();
        return true;
    }

    private int decimal(final JsonFieldIndex fields, final int field, final int exponent) {
        final int code = fields.type(field) == JsonTokenizer.STRING ? fields.parseDecimal(field, parser, exponent) : DecimalParser.INVALID;
        if (code == DecimalParser.OK && parser.mantissa() >= 0) {
            return DecodeResult.OK;
        }
        errorPosition = fields.has(field) ? fields.offset(field) : -1;
        return code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE;
    }

    private int decimal(final JsonTokenizer source, final int exponent) {
        final int code = parser.parse(source.buffer(), source.tokenOffset(), source.tokenLength(), exponent);
        if (code == DecimalParser.OK) {
            return DecodeResult.OK;
        }
        return tokenError(source, code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE);
    }

    private int fieldError(final JsonFieldIndex fields, final int field) {
        errorPosition = fields.has(field) ? fields.offset(field) : -1;
        return fields.has(field) ? DecodeResult.INVALID_VALUE : DecodeResult.UNKNOWN_MESSAGE;
    }

    private int tokenError(final JsonTokenizer source, final int code) {
        errorPosition = source.tokenStart();
        return code;
    }

    private int invalidJson(final JsonTokenizer source) {
        errorPosition = source.errorPosition();
        return DecodeResult.INVALID_JSON;
    }

    private int invalidOrUnknown(final JsonTokenizer source) {
        return source.tokenType() == JsonTokenizer.ERROR ? invalidJson(source) : tokenError(source, DecodeResult.UNKNOWN_MESSAGE);
    }

    private void begin(final int offset) {
        messageOffset = offset;
        errorPosition = -1;
    }

    private int finish(final int result) {
        if (result < 0) {
            listener.onRejected(result, errorPosition < 0 ? -1 : errorPosition - messageOffset);
        }
        return result;
    }

    private static int indexOf(final DirectBuffer buffer, final int from, final int end, final byte[] pattern) {
        for (int i = from; i <= end - pattern.length; i++) {
            int j = 0;
            while (j < pattern.length && buffer.getByte(i + j) == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The adapter's book of a symbol, for inspection between messages.
     *
     * @param symbolIndex a registered symbol.
     * @return its book.
     */
    public ChecksumBook book(final int symbolIndex) {
        return symbols.book(symbolIndex);
    }

    /**
     * Whether a symbol's book is being maintained: it has had a snapshot and no gap since.
     *
     * @param symbolIndex a registered symbol.
     * @return false if the symbol needs a new snapshot.
     */
    public boolean isSynchronised(final int symbolIndex) {
        return states[symbolIndex] != NEEDS_SNAPSHOT;
    }

    /**
     * Index of a symbol, without allocating.
     *
     * @param buffer holding the symbol.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return the index, or {@link SymbolTable#NOT_FOUND}.
     */
    public int symbolIndex(final DirectBuffer buffer, final int offset, final int length) {
        return symbols.lookup(buffer, offset, length);
    }

    /**
     * Symbols registered so far.
     *
     * @return count of symbol indices in use.
     */
    public int symbolCount() {
        return symbols.count();
    }

    /**
     * Name of a registered symbol.
     *
     * @param symbolIndex a registered symbol.
     * @return its name as the venue writes it.
     */
    public String symbol(final int symbolIndex) {
        return symbols.symbol(symbolIndex);
    }

    private static byte[] ascii(final String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
