package io.fdp.feed.coinbase;

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
 * Decodes Coinbase legacy websocket feed messages of the {@code level2} and {@code matches} channels, one at a
 * time, into {@link DepthListener} calls, keeping a book per product.
 * <p>
 * Messages handled:
 * <ul>
 *   <li>{@code {"type":"snapshot","product_id":P,"bids":[[px,size],...],"asks":[...]}}: the full book;</li>
 *   <li>{@code {"type":"l2update","product_id":P,"changes":[["buy"|"sell",px,size],...],"time":iso}}: new level
 *       sizes, 0 deleting;</li>
 *   <li>{@code {"type":"match"|"last_match","trade_id":n,"side":"buy"|"sell","size":..,"price":..,
 *       "product_id":P,"time":iso}}: a trade; {@code side} is the maker's, so the aggressor is the other side;</li>
 *   <li>{@code subscriptions}, {@code heartbeat} and {@code ticker} are {@link DecodeResult#IGNORED};
 *       {@code error} is {@link DecodeResult#VENUE_ERROR}.</li>
 * </ul>
 * The legacy {@code level2} channel carries neither checksum nor sequence numbers; the book kept here lets callers
 * check it stays uncrossed. Exponents: Coinbase strips trailing zeros inconsistently and quotes products with up
 * to 8 decimals, so products default to -8 for price and size; {@link #registerSymbol} sets others. A product is
 * registered when first decoded. Validation completes before anything is delivered. Single threaded; allocates only
 * at registration or when a book grows beyond its largest size so far.
 */
public final class CoinbaseL2Adapter {
    /** Price exponent of products not registered with their own. */
    public static final int DEFAULT_PRICE_EXPONENT = -8;
    /** Size exponent of products not registered with their own. */
    public static final int DEFAULT_SIZE_EXPONENT = -8;

    private static final byte[] TYPE_SNAPSHOT = ascii("snapshot");
    private static final byte[] TYPE_L2UPDATE = ascii("l2update");
    private static final byte[] TYPE_MATCH = ascii("match");
    private static final byte[] TYPE_LAST_MATCH = ascii("last_match");
    private static final byte[] TYPE_SUBSCRIPTIONS = ascii("subscriptions");
    private static final byte[] TYPE_HEARTBEAT = ascii("heartbeat");
    private static final byte[] TYPE_TICKER = ascii("ticker");
    private static final byte[] TYPE_ERROR = ascii("error");
    private static final byte[] SIDE_BUY = ascii("buy");
    private static final byte[] SIDE_SELL = ascii("sell");

    private static final int F_TYPE = 0;
    private static final int F_PRODUCT = 1;
    private static final int F_BIDS = 2;
    private static final int F_ASKS = 3;
    private static final int F_CHANGES = 4;
    private static final int F_TIME = 5;
    private static final int F_TRADE_ID = 6;
    private static final int F_SIDE = 7;
    private static final int F_SIZE = 8;
    private static final int F_PRICE = 9;

    private final DepthListener listener;
    private final JsonTokenizer tokenizer = new JsonTokenizer();
    private final JsonTokenizer levels = new JsonTokenizer();
    private final JsonFieldIndex fields = new JsonFieldIndex(
        "type", "product_id", "bids", "asks", "changes", "time", "trade_id", "side", "size", "price");
    private final DecimalParser parser = new DecimalParser();
    private final SymbolDirectory symbols;
    private final boolean[] hasSnapshot;
    private final LevelBatch batch = new LevelBatch(64);

    private int messageOffset;
    private int errorPosition;
    private int symbolIndex;
    private long timeNs;

    /**
     * Create an adapter whose products default to {@link #DEFAULT_PRICE_EXPONENT} and {@link #DEFAULT_SIZE_EXPONENT}.
     *
     * @param listener   to deliver decoded events to.
     * @param maxSymbols most products.
     */
    public CoinbaseL2Adapter(final DepthListener listener, final int maxSymbols) {
        this(listener, maxSymbols, DEFAULT_PRICE_EXPONENT, DEFAULT_SIZE_EXPONENT);
    }

    /**
     * Create an adapter.
     *
     * @param listener             to deliver decoded events to.
     * @param maxSymbols           most products.
     * @param defaultPriceExponent price exponent of products not registered with their own.
     * @param defaultSizeExponent  size exponent of products not registered with their own.
     */
    public CoinbaseL2Adapter(
        final DepthListener listener, final int maxSymbols, final int defaultPriceExponent, final int defaultSizeExponent) {
        this.listener = listener;
        symbols = new SymbolDirectory(maxSymbols, defaultPriceExponent, defaultSizeExponent, 1024);
        hasSnapshot = new boolean[maxSymbols];
    }

    /**
     * Register a product with its own exponents before its first message; announces it to the listener.
     *
     * @param productId     Coinbase product id, e.g. {@code BTC-USD}.
     * @param priceExponent price exponent, from -18 to 0.
     * @param sizeExponent  size exponent, from -18 to 0.
     * @return its index, or a negative {@link DecodeResult} code.
     */
    public int registerSymbol(final String productId, final int priceExponent, final int sizeExponent) {
        return symbols.register(productId, priceExponent, sizeExponent, listener);
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
            if (tokenizer.tokenType() == JsonTokenizer.ERROR) {
                errorPosition = tokenizer.errorPosition();
                return DecodeResult.INVALID_JSON;
            }
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!fields.scan(tokenizer) || tokenizer.next() != JsonTokenizer.END) {
            errorPosition = tokenizer.errorPosition();
            return DecodeResult.INVALID_JSON;
        }
        if (fields.stringEquals(F_TYPE, TYPE_SUBSCRIPTIONS) || fields.stringEquals(F_TYPE, TYPE_HEARTBEAT) ||
            fields.stringEquals(F_TYPE, TYPE_TICKER)) {
            return DecodeResult.IGNORED;
        }
        if (fields.stringEquals(F_TYPE, TYPE_ERROR)) {
            return DecodeResult.VENUE_ERROR;
        }
        final boolean snapshot = fields.stringEquals(F_TYPE, TYPE_SNAPSHOT);
        final boolean update = fields.stringEquals(F_TYPE, TYPE_L2UPDATE);
        final boolean match = fields.stringEquals(F_TYPE, TYPE_MATCH) || fields.stringEquals(F_TYPE, TYPE_LAST_MATCH);
        if ((!snapshot && !update && !match) || fields.type(F_PRODUCT) != JsonTokenizer.STRING) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        symbolIndex = symbols.lookup(fields.buffer(), fields.offset(F_PRODUCT), fields.length(F_PRODUCT));
        if (snapshot) {
            return snapshot(receiveTimeNs);
        }
        return update ? update(receiveTimeNs) : match(receiveTimeNs);
    }

    private int snapshot(final long receiveTimeNs) {
        batch.clear();
        int result = levels(F_BIDS, Side.BUY, false);
        if (result != DecodeResult.OK || (result = levels(F_ASKS, Side.SELL, false)) != DecodeResult.OK) {
            return result;
        }
        if (symbolIndex < 0 && (symbolIndex = register()) < 0) {
            return symbolIndex;
        }
        final ChecksumBook book = symbols.book(symbolIndex);
        hasSnapshot[symbolIndex] = true;
        book.clear();
        batch.applyTo(book);
        listener.onSnapshotBegin(symbolIndex, DepthListener.NULL_TIMESTAMP, receiveTimeNs);
        book.publishLevels(symbolIndex, listener);
        listener.onSnapshotEnd(symbolIndex);
        return DecodeResult.OK;
    }

    private int update(final long receiveTimeNs) {
        if (symbolIndex < 0 || !hasSnapshot[symbolIndex]) {
            return DecodeResult.NO_SNAPSHOT;
        }
        if (!time()) {
            return DecodeResult.INVALID_VALUE;
        }
        batch.clear();
        final int result = levels(F_CHANGES, Side.NULL_SIDE, true);
        if (result != DecodeResult.OK) {
            return result;
        }
        listener.onUpdateBegin(symbolIndex, timeNs, receiveTimeNs);
        batch.applyTo(symbols.book(symbolIndex), symbolIndex, listener);
        listener.onUpdateEnd(symbolIndex);
        return DecodeResult.OK;
    }

    private int match(final long receiveTimeNs) {
        final int makerSide = side(fields.stringEquals(F_SIDE, SIDE_BUY), fields.stringEquals(F_SIDE, SIDE_SELL));
        if (makerSide == Side.NULL_SIDE) {
            return fieldError(F_SIDE, DecodeResult.INVALID_VALUE);
        }
        if (fields.type(F_TRADE_ID) != JsonTokenizer.NUMBER || fields.parseDecimal(F_TRADE_ID, parser, 0) != DecimalParser.OK) {
            return fieldError(F_TRADE_ID, DecodeResult.INVALID_VALUE);
        }
        final long tradeId = parser.mantissa();
        if (!time()) {
            return DecodeResult.INVALID_VALUE;
        }
        int result = decimal(F_PRICE, symbols.priceExponent(symbolIndex));
        if (result != DecodeResult.OK) {
            return result;
        }
        final long price = parser.mantissa();
        if ((result = decimal(F_SIZE, symbols.sizeExponent(symbolIndex))) != DecodeResult.OK) {
            return result;
        }
        final long size = parser.mantissa();
        if (symbolIndex < 0 && (symbolIndex = register()) < 0) {
            return symbolIndex;
        }
        final int aggressor = makerSide == Side.BUY ? Side.SELL : Side.BUY;
        listener.onTrade(symbolIndex, tradeId, aggressor, price, size, timeNs, receiveTimeNs);
        return DecodeResult.OK;
    }

    private int levels(final int field, final int fixedSide, final boolean sideFirst) {
        if (fields.type(field) != JsonTokenizer.BEGIN_ARRAY) {
            return fieldError(field, DecodeResult.UNKNOWN_MESSAGE);
        }
        fields.wrap(field, levels);
        levels.next();
        final int priceExponent = symbols.priceExponent(symbolIndex);
        final int sizeExponent = symbols.sizeExponent(symbolIndex);
        int t;
        while ((t = levels.next()) == JsonTokenizer.BEGIN_ARRAY) {
            int side = fixedSide;
            if (sideFirst) {
                if (levels.next() != JsonTokenizer.STRING) {
                    return tokenError(DecodeResult.UNKNOWN_MESSAGE);
                }
                if ((side = side(levels.tokenEquals(SIDE_BUY), levels.tokenEquals(SIDE_SELL))) == Side.NULL_SIDE) {
                    return tokenError(DecodeResult.INVALID_VALUE);
                }
            }
            if (levels.next() != JsonTokenizer.STRING) {
                return tokenError(DecodeResult.UNKNOWN_MESSAGE);
            }
            int result = levelDecimal(priceExponent);
            if (result != DecodeResult.OK) {
                return result;
            }
            final long price = parser.mantissa();
            final int priceScale = parser.scale();
            if (levels.next() != JsonTokenizer.STRING) {
                return tokenError(DecodeResult.UNKNOWN_MESSAGE);
            }
            if ((result = levelDecimal(sizeExponent)) != DecodeResult.OK) {
                return result;
            }
            if (price <= 0 || parser.mantissa() < 0) {
                return tokenError(DecodeResult.INVALID_VALUE);
            }
            if (levels.next() != JsonTokenizer.END_ARRAY) {
                return tokenError(DecodeResult.UNKNOWN_MESSAGE);
            }
            batch.add(side, price, parser.mantissa(), priceScale, parser.scale());
        }
        return t == JsonTokenizer.END_ARRAY ? DecodeResult.OK : tokenError(DecodeResult.UNKNOWN_MESSAGE);
    }

    private static int side(final boolean buy, final boolean sell) {
        if (buy) {
            return Side.BUY;
        }
        return sell ? Side.SELL : Side.NULL_SIDE;
    }

    private boolean time() {
        if (!fields.has(F_TIME)) {
            timeNs = DepthListener.NULL_TIMESTAMP;
            return true;
        }
        timeNs = fields.type(F_TIME) == JsonTokenizer.STRING && !fields.escaped(F_TIME) ?
            IsoTimestamp.parse(fields.buffer(), fields.offset(F_TIME), fields.length(F_TIME)) : IsoTimestamp.INVALID;
        if (timeNs == IsoTimestamp.INVALID) {
            errorPosition = fields.offset(F_TIME);
            return false;
        }
        return true;
    }

    private int register() {
        return symbols.register(fields.buffer(), fields.offset(F_PRODUCT), fields.length(F_PRODUCT), listener);
    }

    private int decimal(final int field, final int exponent) {
        final int code = fields.type(field) == JsonTokenizer.STRING ? fields.parseDecimal(field, parser, exponent) : DecimalParser.INVALID;
        if (code == DecimalParser.OK && parser.mantissa() >= 0) {
            return DecodeResult.OK;
        }
        return fieldError(field, code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE);
    }

    private int levelDecimal(final int exponent) {
        final int code = parser.parse(levels.buffer(), levels.tokenOffset(), levels.tokenLength(), exponent);
        if (code == DecimalParser.OK) {
            return DecodeResult.OK;
        }
        return tokenError(code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE);
    }

    private int fieldError(final int field, final int code) {
        errorPosition = fields.has(field) ? fields.offset(field) : -1;
        return code;
    }

    private int tokenError(final int code) {
        errorPosition = levels.tokenStart();
        return code;
    }

    /**
     * The adapter's book of a product, for inspection between messages.
     *
     * @param symbolIndex a registered product.
     * @return its book.
     */
    public ChecksumBook book(final int symbolIndex) {
        return symbols.book(symbolIndex);
    }

    /**
     * Index of a product, without allocating.
     *
     * @param buffer holding the product id.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return the index, or {@link SymbolTable#NOT_FOUND}.
     */
    public int symbolIndex(final DirectBuffer buffer, final int offset, final int length) {
        return symbols.lookup(buffer, offset, length);
    }

    /**
     * Products registered so far.
     *
     * @return count of symbol indices in use.
     */
    public int symbolCount() {
        return symbols.count();
    }

    /**
     * Product id of an index.
     *
     * @param symbolIndex a registered product.
     * @return the product id.
     */
    public String symbol(final int symbolIndex) {
        return symbols.symbol(symbolIndex);
    }

    private static byte[] ascii(final String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
