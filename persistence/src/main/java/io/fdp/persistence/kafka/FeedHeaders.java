package io.fdp.persistence.kafka;

import java.nio.ByteBuffer;

/**
 * Values of the headers of raw engine events on a feed topic ({@link KafkaEventPublisher}, {@link KafkaFeed}).
 *
 * <p>Dense instrument ids are local to an engine instance, so a record names its instrument by its key (the symbol,
 * UTF-8) and carries the registry entry needed to register it elsewhere. Big-endian:
 * <pre>
 *   fdp-instrument (24 bytes), on every instrument's event
 *    0                  4                 8              16             24
 *   +------------------+-----------------+--------------+--------------+
 *   | priceExponent i32| sizeExponent i32| tickSize i64 | lotSize i64  |
 *   +------------------+-----------------+--------------+--------------+
 *
 *   fdp-broadcast (8 bytes), on a market-wide event (instrument id &lt; 0) copied to every partition
 *    0                      8
 *   +----------------------+
 *   | broadcast number i64 |   increasing per publisher; equal on every copy
 *   +----------------------+
 * </pre>
 * The value of every record is one event in the input journal's layout
 * ({@link io.fdp.journal.codec.JournalDescriptor}); its instrument id field is the publisher's and is ignored.
 */
public final class FeedHeaders {
    /** Length of an {@code fdp-instrument} value. */
    public static final int INSTRUMENT_LENGTH = 24;
    /** Length of an {@code fdp-broadcast} value. */
    public static final int BROADCAST_LENGTH = 8;

    private FeedHeaders() {
    }

    /**
     * Encodes an instrument's registry entry.
     *
     * @param priceExponent price scale.
     * @param sizeExponent  size scale.
     * @param tickSize      tick size (price mantissa).
     * @param lotSize       lot size (size mantissa).
     * @return the header value.
     */
    public static byte[] instrument(final int priceExponent, final int sizeExponent, final long tickSize, final long lotSize) {
        return ByteBuffer.allocate(INSTRUMENT_LENGTH).putInt(priceExponent).putInt(sizeExponent).putLong(tickSize)
            .putLong(lotSize).array();
    }

    /** @param value an instrument header value. @return its price exponent. */
    public static int priceExponent(final byte[] value) {
        return ByteBuffer.wrap(value).getInt(0);
    }

    /** @param value an instrument header value. @return its size exponent. */
    public static int sizeExponent(final byte[] value) {
        return ByteBuffer.wrap(value).getInt(4);
    }

    /** @param value an instrument header value. @return its tick size. */
    public static long tickSize(final byte[] value) {
        return ByteBuffer.wrap(value).getLong(8);
    }

    /** @param value an instrument header value. @return its lot size. */
    public static long lotSize(final byte[] value) {
        return ByteBuffer.wrap(value).getLong(16);
    }

    /** @param number a broadcast number. @return the header value. */
    public static byte[] broadcast(final long number) {
        return ByteBuffer.allocate(BROADCAST_LENGTH).putLong(number).array();
    }

    /** @param value a broadcast header value. @return the broadcast number. */
    public static long broadcast(final byte[] value) {
        return ByteBuffer.wrap(value).getLong(0);
    }
}
