package io.fdp.benchmarks.feed;

import io.fdp.feed.depth.DecodeResult;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The baseline Kraken websocket v1 book decoder, written the general way: each message becomes a {@link String},
 * then a {@link SimpleJson} tree; prices, volumes and timestamps are {@link BigDecimal}; each pair's book is two
 * {@link TreeMap}s; the checksum is built as a {@link StringBuilder} of the top ten levels' text.
 * <p>
 * It follows the same rules as {@link io.fdp.feed.kraken.KrakenBookAdapter}: a subscription maps a channel to a pair
 * and depth; a snapshot replaces the book; an update applies its levels in order (deleting an absent level changes
 * nothing and is not delivered), then the book is cut to the subscribed depth, each dropped level delivered as a
 * deletion; the CRC32 of the top ten asks (low to high) then bids (high to low), price then volume as sent without
 * the point and leading zeros, is compared with {@code c}. A message is validated before anything is delivered.
 * Not thread-safe.
 */
final class NaiveKrakenDecoder {
    private static final int DEFAULT_DEPTH = 10;
    private static final int CHECKSUM_LEVELS = 10;

    /** Receives what the decoder delivers. */
    interface Listener {
        /**
         * A snapshot or an update of a pair begins.
         *
         * @param pair          the pair.
         * @param snapshot      true for a snapshot (the book was replaced).
         * @param eventTime     the latest level timestamp, epoch seconds, or null.
         * @param receiveTimeNs the receive time.
         */
        void onBook(String pair, boolean snapshot, BigDecimal eventTime, long receiveTimeNs);

        /**
         * A level's new volume; zero deletes it.
         *
         * @param pair   the pair.
         * @param bid    true for a bid.
         * @param price  the price.
         * @param volume the new volume.
         */
        void onLevel(String pair, boolean bid, BigDecimal price, BigDecimal volume);

        /**
         * The outcome of an update's checksum.
         *
         * @param pair the pair.
         * @param ok   true if it matched.
         */
        void onChecksum(String pair, boolean ok);
    }

    private final Listener listener;
    private final Map<Long, String> pairByChannel = new HashMap<>();
    private final Map<String, Integer> depthByPair = new HashMap<>();
    private final Map<String, Book> books = new HashMap<>();

    NaiveKrakenDecoder(final Listener listener) {
        this.listener = listener;
    }

    /**
     * Decodes one websocket message.
     *
     * @param bytes         holding the message.
     * @param offset        of its first byte.
     * @param length        of the message.
     * @param receiveTimeNs its receive time.
     * @return a {@link DecodeResult} code.
     */
    int onMessage(final byte[] bytes, final int offset, final int length, final long receiveTimeNs) {
        final Object json;
        try {
            json = SimpleJson.parse(new String(bytes, offset, length, StandardCharsets.UTF_8));
        } catch (final IllegalArgumentException ex) {
            return DecodeResult.INVALID_JSON;
        }
        if (json instanceof Map<?, ?> event) {
            return onEvent(event);
        }
        if (json instanceof List<?> message) {
            return onBookMessage(message, receiveTimeNs);
        }
        return DecodeResult.UNKNOWN_MESSAGE;
    }

    /**
     * Kraken's checksum of a pair's book.
     *
     * @param pair the pair.
     * @return the CRC32 of its top levels' text, or -1 for a pair without a book.
     */
    long checksum(final String pair) {
        final Book book = books.get(pair);
        return book == null ? -1 : book.checksum();
    }

    private int onEvent(final Map<?, ?> event) {
        final Object name = event.get("event");
        if ("heartbeat".equals(name) || "systemStatus".equals(name) || "pong".equals(name)) {
            return DecodeResult.IGNORED;
        }
        if (!"subscriptionStatus".equals(name) || !(event.get("subscription") instanceof Map<?, ?> subscription)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        if (!"book".equals(subscription.get("name"))) {
            return DecodeResult.IGNORED;
        }
        if (!(event.get("channelID") instanceof BigDecimal channel) || !(event.get("pair") instanceof String pair)) {
            return DecodeResult.INVALID_VALUE;
        }
        if ("unsubscribed".equals(event.get("status"))) {
            pairByChannel.remove(channel.longValueExact());
            return DecodeResult.IGNORED;
        }
        if (!"subscribed".equals(event.get("status"))) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        final int depth = subscription.get("depth") instanceof BigDecimal d ? d.intValueExact() : DEFAULT_DEPTH;
        pairByChannel.put(channel.longValueExact(), pair);
        depthByPair.put(pair, depth);
        books.computeIfAbsent(pair, p -> new Book());
        return DecodeResult.IGNORED;
    }

    private int onBookMessage(final List<?> message, final long receiveTimeNs) {
        if (message.size() < 4 || !(message.get(0) instanceof BigDecimal channel)) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        final String pair = pairByChannel.get(channel.longValueExact());
        if (pair == null || !pair.equals(message.get(message.size() - 1))) {
            return DecodeResult.UNKNOWN_SYMBOL;
        }
        final List<Level> levels = new ArrayList<>();
        boolean snapshot = false;
        boolean update = false;
        String checksum = null;
        for (final Object part : message.subList(1, message.size() - 2)) {
            if (!(part instanceof Map<?, ?> object)) {
                return DecodeResult.UNKNOWN_MESSAGE;
            }
            for (final Map.Entry<?, ?> field : object.entrySet()) {
                final String key = (String) field.getKey();
                if ("c".equals(key)) {
                    checksum = (String) field.getValue();
                    continue;
                }
                final boolean snapshotSide = "as".equals(key) || "bs".equals(key);
                final boolean updateSide = "a".equals(key) || "b".equals(key);
                if (!snapshotSide && !updateSide) {
                    continue;
                }
                snapshot |= snapshotSide;
                update |= updateSide;
                final boolean bid = key.startsWith("b");
                for (final Object level : (List<?>) field.getValue()) {
                    levels.add(Level.of(bid, (List<?>) level));
                }
            }
        }
        if (snapshot == update) {
            return DecodeResult.UNKNOWN_MESSAGE;
        }
        final Book book = books.get(pair);
        if (update && !book.hasSnapshot) {
            return DecodeResult.NO_SNAPSHOT;
        }
        apply(pair, book, snapshot, levels, receiveTimeNs);
        if (checksum != null) {
            listener.onChecksum(pair, book.checksum() == Long.parseLong(checksum));
        }
        return DecodeResult.OK;
    }

    private void apply(final String pair, final Book book, final boolean snapshot, final List<Level> levels,
        final long receiveTimeNs) {
        BigDecimal eventTime = null;
        for (final Level level : levels) {
            eventTime = eventTime == null || level.time().compareTo(eventTime) > 0 ? level.time() : eventTime;
        }
        final int depth = depthByPair.get(pair);
        listener.onBook(pair, snapshot, eventTime, receiveTimeNs);
        if (snapshot) {
            book.hasSnapshot = true;
            book.bids.clear();
            book.asks.clear();
            for (final Level level : levels) {
                book.set(level);
            }
            book.truncate(depth, pair, null);
            book.bids.forEach((price, volume) -> listener.onLevel(pair, true, price, volume));
            book.asks.forEach((price, volume) -> listener.onLevel(pair, false, price, volume));
            return;
        }
        for (final Level level : levels) {
            final TreeMap<BigDecimal, BigDecimal> side = level.bid() ? book.bids : book.asks;
            if (level.volume().signum() == 0 && !side.containsKey(level.price())) {
                continue;
            }
            book.set(level);
            listener.onLevel(pair, level.bid(), level.price(), level.volume());
        }
        book.truncate(depth, pair, listener);
    }

    /** One level of a message: {@code [price, volume, timestamp]} or {@code [price, volume, timestamp, "r"]}. */
    private record Level(boolean bid, BigDecimal price, BigDecimal volume, BigDecimal time) {
        static Level of(final boolean bid, final List<?> fields) {
            if (fields.size() < 3 || fields.size() > 4) {
                throw new IllegalArgumentException("a level has 3 or 4 fields: " + fields);
            }
            return new Level(bid, new BigDecimal((String) fields.get(0)), new BigDecimal((String) fields.get(1)),
                new BigDecimal((String) fields.get(2)));
        }
    }

    /** A pair's book: bids high to low, asks low to high. */
    private static final class Book {
        private final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
        private final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        private boolean hasSnapshot;

        void set(final Level level) {
            final TreeMap<BigDecimal, BigDecimal> side = level.bid() ? bids : asks;
            if (level.volume().signum() == 0) {
                side.remove(level.price());
            } else {
                side.put(level.price(), level.volume());
            }
        }

        void truncate(final int depth, final String pair, final Listener listener) {
            truncate(bids, true, depth, pair, listener);
            truncate(asks, false, depth, pair, listener);
        }

        private static void truncate(final TreeMap<BigDecimal, BigDecimal> side, final boolean bid, final int depth,
            final String pair, final Listener listener) {
            while (side.size() > depth) {
                final BigDecimal price = side.pollLastEntry().getKey();
                if (listener != null) {
                    listener.onLevel(pair, bid, price, BigDecimal.ZERO);
                }
            }
        }

        long checksum() {
            final StringBuilder text = new StringBuilder();
            append(text, asks);
            append(text, bids);
            final CRC32 crc = new CRC32();
            crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
            return crc.getValue();
        }

        private static void append(final StringBuilder text, final TreeMap<BigDecimal, BigDecimal> side) {
            int n = 0;
            for (final Map.Entry<BigDecimal, BigDecimal> level : side.entrySet()) {
                if (n++ == CHECKSUM_LEVELS) {
                    return;
                }
                text.append(digits(level.getKey())).append(digits(level.getValue()));
            }
        }

        /** The value as Kraken sent it, without the decimal point and leading zeros. */
        private static String digits(final BigDecimal value) {
            final String plain = value.toPlainString().replace(".", "");
            int start = 0;
            while (start < plain.length() && plain.charAt(start) == '0') {
                start++;
            }
            return plain.substring(start);
        }
    }
}
