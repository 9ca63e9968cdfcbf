package io.fdp.persistence.kafka;

import io.fdp.journal.JournalHandler;

import java.nio.ByteBuffer;

/**
 * Where a {@link KafkaSink} stands in the journals: written in the same Kafka transaction as the records it covers,
 * so the last committed checkpoint names exactly the last journal documents whose records are committed.
 *
 * <p>The value of a checkpoint-topic record (key: the sink id, UTF-8), big-endian:
 * <pre>
 *    0            1                 9                  17                        25                33
 *   +------------+-----------------+------------------+-------------------------+-----------------+
 *   | version i8 | inputIndex i64  | outputIndex i64  | inputIngestionNs i64    | records i64     |
 *   | (= 1)      | (-1: none read) | (-1: none read)  | of the input document   | committed in    |
 *   |            |                 |                  | at inputIndex           | total           |
 *   +------------+-----------------+------------------+-------------------------+-----------------+
 * </pre>
 *
 * @param inputIndex       the last input-journal document read, or {@link JournalHandler#NO_INDEX}.
 * @param outputIndex      the last output-journal document read, or {@link JournalHandler#NO_INDEX}.
 * @param inputIngestionNs the ingestion time of the input event at {@code inputIndex}, or 0.
 * @param records          how many market records the sink has committed, all runs together.
 */
public record SinkCheckpoint(long inputIndex, long outputIndex, long inputIngestionNs, long records) {
    /** Version of the layout, the first byte. */
    public static final byte VERSION = 1;
    /** Length of the value. */
    public static final int LENGTH = 33;
    /** The position of a sink that has committed nothing: both journals from their start. */
    public static final SinkCheckpoint START = new SinkCheckpoint(JournalHandler.NO_INDEX, JournalHandler.NO_INDEX, 0, 0);

    /** @return the value bytes. */
    public byte[] encode() {
        return ByteBuffer.allocate(LENGTH).put(VERSION).putLong(inputIndex).putLong(outputIndex).putLong(inputIngestionNs)
            .putLong(records).array();
    }

    /**
     * Reads a value.
     *
     * @param value the bytes of {@link #encode()}.
     * @return the checkpoint.
     * @throws IllegalArgumentException for another version or length.
     */
    public static SinkCheckpoint decode(final byte[] value) {
        if (value == null || value.length < LENGTH || value[0] != VERSION) {
            throw new IllegalArgumentException("not a version " + VERSION + " sink checkpoint: "
                + (value == null ? "null" : value.length + " bytes"));
        }
        final ByteBuffer buffer = ByteBuffer.wrap(value, 1, LENGTH - 1);
        return new SinkCheckpoint(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }
}
