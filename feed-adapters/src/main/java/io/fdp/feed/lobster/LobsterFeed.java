package io.fdp.feed.lobster;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.feed.FeedSummary;
import io.fdp.feed.RecordedFeed;
import io.fdp.feed.SessionClock;
import org.agrona.collections.Long2LongHashMap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a LOBSTER message file into engine events for one instrument, optionally seeded from the matching
 * orderbook file.
 *
 * <p>The book that rested before the file starts is not in the messages. With an orderbook file, the feed rebuilds
 * the book as it was just before the first message (the first row, minus the first message's own effect) as a
 * snapshot of one synthetic order per level. Later cancels and executions of order ids the file never added (orders
 * of that resting book) are applied to the synthetic order of their price level, so the levels stay right. Without
 * an orderbook file those events reach the book as they are and are rejected as unknown orders.
 *
 * <p>Mapping: type 1 add, 2 partial cancel, 3 delete, 4 execution, 5 hidden execution (a trade only), 6 cross trade,
 * 7 halt (price -1 halted, 0 quoting only, 1 trading). One instance per input; not thread-safe.
 */
public final class LobsterFeed implements LobsterListener, RecordedFeed {
    /** LOBSTER prices are dollars times 10,000. */
    public static final int PRICE_EXPONENT = LobsterDescriptor.PRICE_EXPONENT;
    /** One cent as a price mantissa. */
    public static final long TICK = 100;

    private static final String ADD = "ADD";
    private static final String CANCEL = "CANCEL";
    private static final String DELETE = "DELETE";
    private static final String EXECUTE = "EXECUTE";
    private static final String HIDDEN_EXECUTE = "HIDDEN_EXECUTE";
    private static final String CROSS_TRADE = "CROSS_TRADE";
    private static final String HALT = "HALT";

    private final Path messages;
    private final Path orderbook;
    private final int instrumentId;
    private final SessionClock clock;
    private final FeedSummary summary = new FeedSummary();
    private final Long2LongHashMap remaining = new Long2LongHashMap(0);
    private final Long2LongHashMap seedRemaining = new Long2LongHashMap(0);
    private LobsterBookRow seedRow;
    private MarketEventPublisher publisher;

    /**
     * Creates the feed of one LOBSTER message file.
     *
     * @param messages  the message file.
     * @param orderbook the matching orderbook file to seed from, or null.
     * @param registry  where the instrument is registered.
     * @param symbol    the instrument's symbol (LOBSTER file names start with it).
     * @param clock     the session's clock.
     */
    public LobsterFeed(final Path messages, final Path orderbook, final InstrumentRegistry registry, final String symbol,
        final SessionClock clock) {
        this.messages = messages;
        this.orderbook = orderbook;
        this.clock = clock;
        this.instrumentId = registry.register(symbol, PRICE_EXPONENT, 0, TICK, 1);
        if (instrumentId == InstrumentRegistry.NOT_FOUND) {
            throw new IllegalStateException("the instrument registry is full; cannot register " + symbol);
        }
    }

    /**
     * The symbol a LOBSTER file name starts with, for example {@code AAPL} of {@code AAPL_2012-06-21_..._message_10.csv}.
     *
     * @param fileName the file name.
     * @return the symbol.
     */
    public static String symbolOf(final String fileName) {
        final int end = fileName.indexOf('_');
        return end > 0 ? fileName.substring(0, end) : fileName;
    }

    @Override
    public String format() {
        return "lobster";
    }

    /** @return the dense id of the file's instrument. */
    public int instrumentId() {
        return instrumentId;
    }

    @Override
    public void replay(final MarketEventPublisher target) throws IOException {
        this.publisher = target;
        if (orderbook != null) {
            final LobsterOrderbookReader reader = new LobsterOrderbookReader(levelsOf(orderbook), new LobsterBookListener() {
                @Override
                public void onBookRow(final long lineNumber, final LobsterBookRow row) {
                    if (seedRow == null) {
                        seedRow = copy(row);
                    }
                }

                @Override
                public void onRejected(final long lineNumber, final int reason) {
                    summary.rejected("ORDERBOOK_" + LobsterResult.name(reason), "orderbook line " + lineNumber);
                }
            });
            reader.read(orderbook);
        }
        new LobsterMessageReader(this).read(messages);
    }

    @Override
    public FeedSummary summary() {
        return summary;
    }

    @Override
    public void onRejected(final long lineNumber, final int reason) {
        summary.rejected(LobsterResult.name(reason), "line " + lineNumber);
    }

    @Override
    public void onMessage(final long timeNs, final int type, final long orderId, final long size, final long price,
        final int direction) {
        final long eventTimeNs = clock.epochNs(timeNs);
        final byte side = direction == LobsterDescriptor.DIRECTION_BUY ? Side.BUY : Side.SELL;
        if (seedRow != null) {
            seed(eventTimeNs, type, size, price, side);
            seedRow = null;
        }
        switch (type) {
            case LobsterDescriptor.TYPE_NEW_ORDER -> {
                summary.message(ADD);
                remaining.put(orderId, size);
                publisher.orderAdd(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, orderId, side, price, size, 0);
            }
            case LobsterDescriptor.TYPE_PARTIAL_CANCEL -> reduce(CANCEL, eventTimeNs, orderId, size, price, side, false);
            case LobsterDescriptor.TYPE_DELETE -> reduce(DELETE, eventTimeNs, orderId, size, price, side, false);
            case LobsterDescriptor.TYPE_EXECUTE_VISIBLE -> reduce(EXECUTE, eventTimeNs, orderId, size, price, side, true);
            case LobsterDescriptor.TYPE_EXECUTE_HIDDEN -> {
                summary.message(HIDDEN_EXECUTE);
                publisher.hiddenExecute(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, side, price, size, 0);
            }
            case LobsterDescriptor.TYPE_CROSS_TRADE -> {
                summary.message(CROSS_TRADE);
                publisher.trade(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, price, size, Side.NULL_SIDE, 0);
            }
            default -> {
                summary.message(HALT);
                final int status = price == LobsterDescriptor.HALT_PRICE ? MarketStatus.HALTED
                    : price == LobsterDescriptor.QUOTING_RESUMES_PRICE ? MarketStatus.QUOTING_ONLY : MarketStatus.OPEN;
                publisher.status(EventType.MARKET_STATUS, instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, status);
            }
        }
    }

    private void reduce(final String kind, final long eventTimeNs, final long orderId, final long size, final long price,
        final byte side, final boolean execute) {
        summary.message(kind);
        final long left = remaining.get(orderId);
        if (left != remaining.missingValue()) {
            final long after = DELETE.equals(kind) ? 0 : left - size;
            if (after <= 0) {
                remaining.remove(orderId);
            } else {
                remaining.put(orderId, after);
            }
            publish(eventTimeNs, orderId, DELETE.equals(kind) ? 0 : size, execute);
            return;
        }
        final long seedId = seedId(side, price);
        final long seedLeft = seedRemaining.get(seedId);
        if (seedLeft == seedRemaining.missingValue()) {
            publish(eventTimeNs, orderId, DELETE.equals(kind) ? 0 : size, execute);
            return;
        }
        final long taken = Math.min(size, seedLeft);
        if (taken < size) {
            summary.rejected("SEED_LEVEL_TOO_SMALL", "order " + orderId);
        }
        if (seedLeft - taken == 0) {
            seedRemaining.remove(seedId);
        } else {
            seedRemaining.put(seedId, seedLeft - taken);
        }
        publish(eventTimeNs, seedId, taken, execute);
    }

    private void publish(final long eventTimeNs, final long orderId, final long size, final boolean execute) {
        if (execute) {
            publisher.orderExecute(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, orderId, size,
                MarketEvent.NULL_PRICE, 0);
        } else if (size == 0) {
            publisher.orderDelete(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, orderId);
        } else {
            publisher.orderCancel(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, orderId, size);
        }
    }

    /** The book before the first message: the first row with the first message's own effect undone. */
    private void seed(final long eventTimeNs, final int type, final long size, final long price, final byte side) {
        final long undo = switch (type) {
            case LobsterDescriptor.TYPE_NEW_ORDER -> -size;
            case LobsterDescriptor.TYPE_PARTIAL_CANCEL, LobsterDescriptor.TYPE_DELETE,
                LobsterDescriptor.TYPE_EXECUTE_VISIBLE -> size;
            default -> 0;
        };
        publisher.control(EventType.SNAPSHOT_BEGIN, instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs);
        boolean undone = undo == 0;
        for (int level = 0; level < seedRow.levels(); level++) {
            long askSize = seedRow.askSize(level);
            long bidSize = seedRow.bidSize(level);
            if (!undone && side == Side.SELL && seedRow.askPrice(level) == price) {
                askSize += undo;
                undone = true;
            }
            if (!undone && side == Side.BUY && seedRow.bidPrice(level) == price) {
                bidSize += undo;
                undone = true;
            }
            seedLevel(eventTimeNs, Side.SELL, seedRow.askPrice(level), askSize);
            seedLevel(eventTimeNs, Side.BUY, seedRow.bidPrice(level), bidSize);
        }
        if (!undone && undo > 0) {
            seedLevel(eventTimeNs, side, price, undo);
        }
        publisher.control(EventType.SNAPSHOT_END, instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs);
    }

    private void seedLevel(final long eventTimeNs, final byte side, final long price, final long size) {
        if (size <= 0 || price == LobsterDescriptor.EMPTY_ASK_PRICE || price == LobsterDescriptor.EMPTY_BID_PRICE) {
            return;
        }
        final long seedId = seedId(side, price);
        seedRemaining.put(seedId, size);
        publisher.orderAdd(instrumentId, MarketEvent.NO_SEQUENCE, eventTimeNs, seedId, side, price, size, 0);
    }

    /** A negative id, never used by LOBSTER, naming the synthetic order of one seeded level. */
    static long seedId(final byte side, final long price) {
        return Long.MIN_VALUE | (price << 1) | side;
    }

    private static LobsterBookRow copy(final LobsterBookRow row) {
        final LobsterBookRow copy = new LobsterBookRow(row.levels());
        copy.copyFrom(row);
        return copy;
    }

    private static int levelsOf(final Path orderbook) throws IOException {
        try (java.io.BufferedReader reader = java.nio.file.Files.newBufferedReader(orderbook)) {
            final String first = reader.readLine();
            if (first == null) {
                throw new IOException("the orderbook file " + orderbook + " is empty");
            }
            final int fields = first.split(",", -1).length;
            if (fields % LobsterDescriptor.FIELDS_PER_LEVEL != 0) {
                throw new IOException("the orderbook file " + orderbook + " has " + fields
                    + " columns on its first line, not a multiple of " + LobsterDescriptor.FIELDS_PER_LEVEL);
            }
            return fields / LobsterDescriptor.FIELDS_PER_LEVEL;
        }
    }
}
