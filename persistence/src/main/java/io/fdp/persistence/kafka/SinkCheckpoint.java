package io.fdp.persistence.kafka;

import io.fdp.journal.JournalHandler;

import java.nio.ByteBuffer;

/**
 * Where a {@link KafkaSink} stands in the output journal: written in the same Kafka transaction as the records it
 * covers, so the last committed checkpoint names exactly the last journal document whose record is committed.
 *
 * <p>The value of a checkpoint-topic record (key: the sink id, UTF-8), big-endian:
 * <pre>
 *    0            1                  9                        17                25
 *   +------------+------------------+------------------------+-----------------+
 *   | version i8 | outputIndex i64  | eventTimeNs i64 of the | records i64     |
 *   | (= 2)      | (-1: none read)  | record at outputIndex  | committed in    |
 *   |            |                  | (0: unknown)           | total           |
 *   +------------+------------------+------------------------+-----------------+
 * </pre>
 * Version 1 (33 bytes: inputIndex, outputIndex, inputIngestionNs, records) was written while trades came from the
 * input journal; it still decodes, to its output index and record count.
 *
 * @param outputIndex the last output-journal document read, or {@link JournalHandler#NO_INDEX}.
 * @param eventTimeNs the event time of the record at {@code outputIndex}, or 0.
 * @param records     how many market records the sink has committed, all runs together.
 */
public record SinkCheckpoint(long outputIndex, long eventTimeNs, long records) {
    /** Version of the layout, the first byte. */
    public static final byte VERSION = 2;
    /** Length of the value. */
    public static final int LENGTH = 25;
    /** The position of a sink that has committed nothing: the output journal from its start. */
    public static final SinkCheckpoint START = new SinkCheckpoint(JournalHandler.NO_INDEX, 0, 0);

    private static final byte VERSION_1 = 1;
    private static final int LENGTH_1 = 33;

    /** @return the value bytes. */
    public byte[] encode() {
        return ByteBuffer.allocate(LENGTH).put(VERSION).putLong(outputIndex).putLong(eventTimeNs).putLong(records).array();
    }

    /**
     * Reads a value.
     *
     * @param value the bytes of {@link #encode()}, or of a version 1 checkpoint.
     * @return the checkpoint.
     * @throws IllegalArgumentException for another version or length.
     */
    public static SinkCheckpoint decode(final byte[] value) {
        if (value != null && value.length >= LENGTH && value[0] == VERSION) {
            final ByteBuffer buffer = ByteBuffer.wrap(value, 1, LENGTH - 1);
            return new SinkCheckpoint(buffer.getLong(), buffer.getLong(), buffer.getLong());
        }
        if (value != null && value.length >= LENGTH_1 && value[0] == VERSION_1) {
            final ByteBuffer buffer = ByteBuffer.wrap(value, 1, LENGTH_1 - 1);
            buffer.getLong();
            final long outputIndex = buffer.getLong();
            buffer.getLong();
            return new SinkCheckpoint(outputIndex, 0, buffer.getLong());
        }
        throw new IllegalArgumentException("not a version " + VERSION + " (or " + VERSION_1 + ") sink checkpoint: "
            + (value == null ? "null" : value.length + " bytes"));
    }
}
