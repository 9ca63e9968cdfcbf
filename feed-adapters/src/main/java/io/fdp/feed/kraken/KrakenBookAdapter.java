package io.fdp.feed.kraken;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import io.fdp.feed.depth.BookSide;
import io.fdp.feed.depth.ChecksumBook;
import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.LevelBatch;
import io.fdp.feed.depth.DepthListener;
import io.fdp.engine.book.Side;
import io.fdp.feed.depth.SymbolTable;
import io.fdp.feed.json.DecimalParser;
import io.fdp.feed.json.JsonFieldIndex;
import io.fdp.feed.json.JsonTokenizer;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;

/**
 * Decodes Kraken websocket v1 {@code book} channel messages, one at a time, into {@link DepthListener} calls,
 * keeping a book per pair to verify the CRC32 checksum {@code c} that Kraken sends with updates.
 * <p>
 * Messages handled:
 * <ul>
 *   <li>{@code {"event":"subscriptionStatus","status":"subscribed","channelID":N,"pair":P,
 *       "subscription":{"name":"book","depth":D}}} maps channel N to pair P with depth D (default 10);</li>
 *   <li>{@code [N,{"as":[...],"bs":[...]},"book-D",P]}: a snapshot;</li>
 *   <li>{@code [N,{"a":[...]},{"b":[...],"c":"crc"},"book-D",P]}: an update with one or two objects, levels
 *       {@code [price, volume, timestamp]} or {@code [price, volume, timestamp, "r"]} (republish);</li>
 *   <li>{@code heartbeat}, {@code systemStatus}, {@code pong} events are {@link DecodeResult#IGNORED}.</li>
 * </ul>
 * Exponents: Kraken writes every price of a pair with the same number of decimals, and volumes with 8. The pair's
 * price and size exponents are therefore learnt from the first level of its first snapshot ({@code "0.000022900"}
 * gives -9), and {@link DepthListener#onSymbol(int, String, int, int)} is called then, before that snapshot is
 * delivered. A snapshot with no levels at all falls back to -8 for both.
 * <p>
 * After the levels of an update are applied the book is truncated to the subscribed depth, each level dropped
 * being delivered as a deletion, so a listener that applies every {@code onLevel} holds the same book as Kraken.
 * The checksum is then computed over the top 10 asks (low to high) and top 10 bids (high to low), price then volume
 * as sent with the {@code '.'} removed and leading zeros stripped, and compared unsigned with {@code c}.
 * <p>
 * Validation completes before anything is delivered; the first problem found, reading front to back, is reported
 * through {@link DepthListener#onRejected(int, int)} and returned. Single threaded; allocates only when a
 * pair is first subscribed or a book grows beyond its largest size so far.
 */
public final class KrakenBookAdapter {
    /** Depth Kraken uses when a subscription does not name one. */
    public static final int DEFAULT_DEPTH = 10;
    /** Levels per side that enter the checksum. */
    public static final int CHECKSUM_LEVELS = 10;

    private static final int FALLBACK_EXPONENT = -8;
    private static final int NANOS_EXPONENT = -9;
    private static final long MISSING = -1;
    private static final int UNKNOWN_EXPONENT = Integer.MIN_VALUE;

    private static final byte[] EVENT_HEARTBEAT = ascii("heartbeat");
    private static final byte[] EVENT_SYSTEM_STATUS = ascii("systemStatus");
    private static final byte[] EVENT_PONG = ascii("pong");
    private static final byte[] EVENT_SUBSCRIPTION_STATUS = ascii("subscriptionStatus");
    private static final byte[] EVENT_ERROR = ascii("error");
    private static final byte[] STATUS_SUBSCRIBED = ascii("subscribed");
    private static final byte[] STATUS_UNSUBSCRIBED = ascii("unsubscribed");
    private static final byte[] STATUS_ERROR = ascii("error");
    private static final byte[] NAME_BOOK = ascii("book");
    private static final byte[] KEY_ASKS_SNAPSHOT = ascii("as");
    private static final byte[] KEY_BIDS_SNAPSHOT = ascii("bs");
    private static final byte[] KEY_ASKS = ascii("a");
    private static final byte[] KEY_BIDS = ascii("b");
    private static final byte[] KEY_CHECKSUM = ascii("c");
    private static final byte[] REPUBLISH = ascii("r");

    private static final int F_EVENT = 0;
    private static final int F_STATUS = 1;
    private static final int F_CHANNEL_ID = 2;
    private static final int F_PAIR = 3;
    private static final int F_SUBSCRIPTION = 4;
    private static final int F_NAME = 0;
    private static final int F_DEPTH = 1;

    private final DepthListener listener;
    private final JsonTokenizer tokenizer = new JsonTokenizer();
    private final JsonTokenizer nested = new JsonTokenizer();
    private final JsonFieldIndex eventFields = new JsonFieldIndex("event", "status", "channelID", "pair", "subscription");
    private final JsonFieldIndex subscriptionFields = new JsonFieldIndex("name", "depth");
    private final DecimalParser parser = new DecimalParser();
    private final SymbolTable symbols;
    private final Long2LongHashMap channelToSymbol = new Long2LongHashMap(MISSING);
    private final ChecksumBook[] books;
    private final int[] depths;
    private final int[] priceExponents;
    private final int[] sizeExponents;
    private final boolean[] hasSnapshot;
    private final LevelBatch batch = new LevelBatch(64);
    private final CRC32 crc = new CRC32();
    private final long[] checksums;
    private final ChecksumLevels[] askTexts;
    private final ChecksumLevels[] bidTexts;

    private int messageOffset;
    private long receiveTimeNs;
    private int symbolIndex;
    private boolean snapshot;
    private boolean update;
    private long expectedChecksum;
    private long eventTimeNs;
    private int priceExponent;
    private int sizeExponent;

    /**
     * Create an adapter.
     *
     * @param listener   to deliver decoded events to.
     * @param maxSymbols most pairs that may be subscribed.
     */
    public KrakenBookAdapter(final DepthListener listener, final int maxSymbols) {
        this.listener = listener;
        symbols = new SymbolTable(maxSymbols);
        books = new ChecksumBook[maxSymbols];
        checksums = new long[maxSymbols];
        askTexts = new ChecksumLevels[maxSymbols];
        bidTexts = new ChecksumLevels[maxSymbols];
        depths = new int[maxSymbols];
        priceExponents = new int[maxSymbols];
        sizeExponents = new int[maxSymbols];
        hasSnapshot = new boolean[maxSymbols];
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
        this.messageOffset = offset;
        this.receiveTimeNs = receiveTimeNs;
        tokenizer.wrap(buffer, offset, length);
        final int t = tokenizer.next();
        final int result;
        if (t == JsonTokenizer.BEGIN_OBJECT) {
            result = onEvent();
        } else if (t == JsonTokenizer.BEGIN_ARRAY) {
            result = onChannelMessage();
        } else {
            result = unexpected(t);
        }
        if (result < 0) {
            listener.onRejected(result, result == DecodeResult.INVALID_JSON ?
                tokenizer.errorOffset() : tokenizer.tokenStart() - messageOffset);
        }
        return result;
    }

    private int onEvent() {
        if (!eventFields.scan(tokenizer) || tokenizer.next() != JsonTokenizer.END) {
            return DecodeResult.INVALID_JSON;
        }
        if (eventFields.stringEquals(F_EVENT, EVENT_HEARTBEAT) || eventFields.stringEquals(F_EVENT, EVENT_SYSTEM_STATUS) ||
            eventFields.stringEquals(F_EVENT, EVENT_PONG)) {
            return DecodeResult.IGNORED;
        }
        if (eventFields.stringEquals(F_EVENT, EVENT_ERROR)) {
            return DecodeResult.VENUE_ERROR;
        }
        if (!eventFields.stringEquals(F_EVENT, EVENT_SUBSCRIPTION_STATUS)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (eventFields.stringEquals(F_STATUS, STATUS_ERROR)) {
            return DecodeResult.VENUE_ERROR;
        }
        if (eventFields.type(F_SUBSCRIPTION) != JsonTokenizer.BEGIN_OBJECT) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        eventFields.wrap(F_SUBSCRIPTION, nested);
        nested.next();
        if (!subscriptionFields.scan(nested)) {
            return DecodeResult.INVALID_JSON;
        }
        if (!subscriptionFields.stringEquals(F_NAME, NAME_BOOK)) {
            return DecodeResult.IGNORED;
        }
        if (eventFields.type(F_CHANNEL_ID) != JsonTokenizer.NUMBER ||
            eventFields.parseDecimal(F_CHANNEL_ID, parser, 0) != DecimalParser.OK) {
            return DecodeResult.INVALID_VALUE;
        }
        final long channelId = parser.mantissa();
        if (eventFields.stringEquals(F_STATUS, STATUS_UNSUBSCRIBED)) {
            channelToSymbol.remove(channelId);
            return DecodeResult.IGNORED;
        }
        if (!eventFields.stringEquals(F_STATUS, STATUS_SUBSCRIBED)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        return subscribe(channelId);
    }

    private int subscribe(final long channelId) {
        int depth = DEFAULT_DEPTH;
        if (subscriptionFields.has(F_DEPTH)) {
            if (subscriptionFields.parseDecimal(F_DEPTH, parser, 0) != DecimalParser.OK || parser.mantissa() < 1 ||
                parser.mantissa() > 1_000_000) {
                return DecodeResult.INVALID_VALUE;
            }
            depth = (int)parser.mantissa();
        }
        if (eventFields.type(F_PAIR) != JsonTokenizer.STRING || eventFields.escaped(F_PAIR)) {
            return DecodeResult.INVALID_VALUE;
        }
        final int index = symbols.register(eventFields.buffer(), eventFields.offset(F_PAIR), eventFields.length(F_PAIR));
        if (index == SymbolTable.INVALID_SYMBOL) {
            return DecodeResult.INVALID_VALUE;
        }
        if (index == SymbolTable.NOT_FOUND) {
            return DecodeResult.SYMBOL_LIMIT;
        }
        if (books[index] == null) {
            books[index] = new ChecksumBook(depth + 1);
            askTexts[index] = new ChecksumLevels(Side.SELL, CHECKSUM_LEVELS);
            bidTexts[index] = new ChecksumLevels(Side.BUY, CHECKSUM_LEVELS);
        }
        depths[index] = depth;
        channelToSymbol.put(channelId, index);
        return DecodeResult.IGNORED;
    }

    private int onChannelMessage() {
        int t = tokenizer.next();
        if (t != JsonTokenizer.NUMBER) {
            return unexpected(t);
        }
        if (parser.parse(tokenizer.buffer(), tokenizer.tokenOffset(), tokenizer.tokenLength(), 0) != DecimalParser.OK) {
            return DecodeResult.INVALID_VALUE;
        }
        final long symbol = channelToSymbol.get(parser.mantissa());
        if (symbol == MISSING) {
            return DecodeResult.UNKNOWN_SYMBOL;
        }
        symbolIndex = (int)symbol;
        priceExponent = hasSnapshot[symbolIndex] ? priceExponents[symbolIndex] : UNKNOWN_EXPONENT;
        sizeExponent = hasSnapshot[symbolIndex] ? sizeExponents[symbolIndex] : UNKNOWN_EXPONENT;
        snapshot = false;
        update = false;
        expectedChecksum = MISSING;
        eventTimeNs = DepthListener.NULL_TIMESTAMP;
        batch.clear();
        int objects = 0;
        while ((t = tokenizer.next()) == JsonTokenizer.BEGIN_OBJECT) {
            final int result = bookObject();
            if (result != DecodeResult.OK) {
                return result;
            }
            objects++;
        }
        if (t != JsonTokenizer.STRING || objects == 0 || (snapshot == update)) {
            return unexpected(t);
        }
        t = tokenizer.next();
        if (t != JsonTokenizer.STRING) {
            return unexpected(t);
        }
        if (!symbols.matches(symbolIndex, tokenizer.buffer(), tokenizer.tokenOffset(), tokenizer.tokenLength())) {
            return DecodeResult.UNKNOWN_SYMBOL;
        }
        t = tokenizer.next();
        if (t != JsonTokenizer.END_ARRAY || tokenizer.next() != JsonTokenizer.END) {
            return unexpected(tokenizer.tokenType());
        }
        return apply();
    }

    private int bookObject() {
        int t;
        while ((t = tokenizer.next()) == JsonTokenizer.FIELD_NAME) {
            final int result;
            if (tokenizer.tokenEquals(KEY_ASKS_SNAPSHOT) || tokenizer.tokenEquals(KEY_BIDS_SNAPSHOT)) {
                snapshot = true;
                result = levels(tokenizer.tokenEquals(KEY_BIDS_SNAPSHOT) ? Side.BUY : Side.SELL);
            } else if (tokenizer.tokenEquals(KEY_ASKS) || tokenizer.tokenEquals(KEY_BIDS)) {
                update = true;
                result = hasSnapshot[symbolIndex] ? levels(tokenizer.tokenEquals(KEY_BIDS) ? Side.BUY : Side.SELL) :
                    DecodeResult.NO_SNAPSHOT;
            } else if (tokenizer.tokenEquals(KEY_CHECKSUM)) {
                result = checksumField();
            } else {
                result = tokenizer.skipValue() == JsonTokenizer.ERROR ? DecodeResult.INVALID_JSON : DecodeResult.OK;
            }
            if (result != DecodeResult.OK) {
                return result;
            }
        }
        return t == JsonTokenizer.END_OBJECT ? DecodeResult.OK : unexpected(t);
    }

    private int checksumField() {
        final int t = tokenizer.next();
        if (t != JsonTokenizer.STRING) {
            return unexpected(t);
        }
        if (parser.parse(tokenizer.buffer(), tokenizer.tokenOffset(), tokenizer.tokenLength(), 0) != DecimalParser.OK ||
            parser.mantissa() < 0 || parser.mantissa() > 0xFFFF_FFFFL) {
            return DecodeResult.INVALID_VALUE;
        }
        expectedChecksum = parser.mantissa();
        return DecodeResult.OK;
    }

    private int levels(final int side) {
        int t = tokenizer.next();
        if (t != JsonTokenizer.BEGIN_ARRAY) {
            return unexpected(t);
        }
        while ((t = tokenizer.next()) == JsonTokenizer.BEGIN_ARRAY) {
            final int result = level(side);
            if (result != DecodeResult.OK) {
                return result;
            }
        }
        return t == JsonTokenizer.END_ARRAY ? DecodeResult.OK : unexpected(t);
    }

    private int level(final int side) {
        int t = tokenizer.next();
        if (t != JsonTokenizer.STRING) {
            return unexpected(t);
        }
        if (priceExponent == UNKNOWN_EXPONENT) {
            priceExponent = learnExponent();
        }
        int result = decimal(priceExponent);
        if (result != DecodeResult.OK) {
            return result;
        }
        final long price = parser.mantissa();
        final int priceScale = parser.scale();
        if ((t = tokenizer.next()) != JsonTokenizer.STRING) {
            return unexpected(t);
        }
        if (sizeExponent == UNKNOWN_EXPONENT) {
            sizeExponent = learnExponent();
        }
        if ((result = decimal(sizeExponent)) != DecodeResult.OK) {
            return result;
        }
        final long size = parser.mantissa();
        final int sizeScale = parser.scale();
        if ((t = tokenizer.next()) != JsonTokenizer.STRING) {
            return unexpected(t);
        }
        if ((result = decimal(NANOS_EXPONENT)) != DecodeResult.OK) {
            return result == DecodeResult.OUT_OF_RANGE ? DecodeResult.INVALID_VALUE : result;
        }
        eventTimeNs = Math.max(eventTimeNs, parser.mantissa());
        t = tokenizer.next();
        if (t == JsonTokenizer.STRING) {
            if (!tokenizer.tokenEquals(REPUBLISH)) {
                return DecodeResult.INVALID_VALUE;
            }
            t = tokenizer.next();
        }
        if (t != JsonTokenizer.END_ARRAY) {
            return unexpected(t);
        }
        if (price <= 0 || size < 0) {
            return DecodeResult.INVALID_VALUE;
        }
        batch.add(side, price, size, priceScale, sizeScale);
        return DecodeResult.OK;
    }

    private int learnExponent() {
        parser.parse(tokenizer.buffer(), tokenizer.tokenOffset(), tokenizer.tokenLength(), 0);
        return -Math.min(parser.scale(), -DecimalParser.MIN_EXPONENT);
    }

    private int decimal(final int exponent) {
        final int code = parser.parse(tokenizer.buffer(), tokenizer.tokenOffset(), tokenizer.tokenLength(), exponent);
        if (code == DecimalParser.OK) {
            return DecodeResult.OK;
        }
        return code == DecimalParser.OUT_OF_RANGE ? DecodeResult.OUT_OF_RANGE : DecodeResult.INVALID_VALUE;
    }

    private int apply() {
        final int index = symbolIndex;
        final ChecksumBook book = books[index];
        if (snapshot) {
            if (!hasSnapshot[index]) {
                priceExponents[index] = priceExponent == UNKNOWN_EXPONENT ? FALLBACK_EXPONENT : priceExponent;
                sizeExponents[index] = sizeExponent == UNKNOWN_EXPONENT ? FALLBACK_EXPONENT : sizeExponent;
                listener.onSymbol(index, symbols.symbol(index), priceExponents[index], sizeExponents[index]);
            }
            hasSnapshot[index] = true;
            book.clear();
            batch.applyTo(book);
            book.truncate(depths[index], index, null);
            listener.onSnapshotBegin(index, eventTimeNs, receiveTimeNs);
            book.publishLevels(index, listener);
            listener.onSnapshotEnd(index);
        } else {
            listener.onUpdateBegin(index, eventTimeNs, receiveTimeNs);
            batch.applyTo(book, index, listener);
            book.truncate(depths[index], index, listener);
            listener.onUpdateEnd(index);
        }
        if (expectedChecksum != MISSING) {
            listener.onChecksum(index, checksum(index, book) == expectedChecksum);
        }
        return DecodeResult.OK;
    }

    /**
     * Kraken's checksum of a book, as an unsigned 32-bit value.
     *
     * @param symbolIndex the pair.
     * @return the CRC32 of the top levels' text, or -1 if the pair has had no snapshot.
     */
    public long checksum(final int symbolIndex) {
        final boolean known = symbolIndex >= 0 && symbolIndex < books.length && hasSnapshot[symbolIndex];
        return known ? checksum(symbolIndex, books[symbolIndex]) : -1;
    }

    /**
     * The checksum of a book: recomputed only when a level among the top levels of either side changed, and then
     * over text rewritten only for the levels that changed.
     */
    private long checksum(final int index, final ChecksumBook book) {
        final BookSide asks = book.asks();
        final BookSide bids = book.bids();
        if (asks.firstChanged() < CHECKSUM_LEVELS || bids.firstChanged() < CHECKSUM_LEVELS) {
            final ChecksumLevels askText = askTexts[index];
            final ChecksumLevels bidText = bidTexts[index];
            askText.rebuild(asks, priceExponents[index], sizeExponents[index]);
            bidText.rebuild(bids, priceExponents[index], sizeExponents[index]);
            crc.reset();
            crc.update(askText.bytes(), 0, askText.length());
            crc.update(bidText.bytes(), 0, bidText.length());
            checksums[index] = crc.getValue();
        }
        asks.forgetChanges();
        bids.forgetChanges();
        return checksums[index];
    }

    private int unexpected(final int tokenType) {
        return tokenType == JsonTokenizer.ERROR ? DecodeResult.INVALID_JSON : DecodeResult.UNKNOWN_MESSAGE;
    }

    /**
     * The adapter's book of a pair, for inspection between messages.
     *
     * @param symbolIndex the pair.
     * @return its book, or null if the index was never subscribed.
     */
    public ChecksumBook book(final int symbolIndex) {
        return symbolIndex >= 0 && symbolIndex < books.length ? books[symbolIndex] : null;
    }

    /**
     * Index of a pair, without allocating.
     *
     * @param buffer holding the pair name.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return the index, or {@link SymbolTable#NOT_FOUND}.
     */
    public int symbolIndex(final DirectBuffer buffer, final int offset, final int length) {
        return symbols.lookup(buffer, offset, length);
    }

    /**
     * Pairs subscribed so far.
     *
     * @return count of symbol indices in use.
     */
    public int symbolCount() {
        return symbols.count();
    }

    /**
     * Name of a pair.
     *
     * @param symbolIndex the pair.
     * @return its name as Kraken writes it.
     */
    public String symbol(final int symbolIndex) {
        return symbols.symbol(symbolIndex);
    }

    private static byte[] ascii(final String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
