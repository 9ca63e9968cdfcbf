package io.fdp.persistence.store;

import io.fdp.proto.market.v1.Side;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of the {@code trades} table encoded for binary COPY straight from primitive fields: no Protobuf message, no
 * boxed column values, no per-row allocation. It is the sink's path for its busiest table; everything else goes
 * through {@link MarketDataWriter}.
 *
 * <p>It writes the columns a {@code TradePrint} built from a journal trade sets (trade id, instrument, price, size,
 * aggressor side, event and ingestion times, source system) and leaves the others to their column defaults, which
 * are what the generic path writes for unset fields ({@code TradeCopyBatchIT} compares the stored rows of both).
 * Not thread-safe.
 */
public final class TradeCopyBatch {
    private static final String COPY = "COPY trades (trade_id, instrument_id, price, size, aggressor_side, event_time, "
        + "event_time_ns, ingestion_time, metadata_source_system) FROM STDIN (FORMAT BINARY)";
    private static final int FIELDS = 9;
    private static final byte[] EMPTY = new byte[0];
    private static final byte[] TRAILER = {-1, -1};

    private final BinaryCopyEncoder encoder = new BinaryCopyEncoder();
    private final byte[] sourceSystem;
    private final byte[][] sides;
    private int rows;

    /**
     * Creates an empty batch.
     *
     * @param sourceSystem the {@code metadata.source.system} of every row.
     */
    public TradeCopyBatch(final String sourceSystem) {
        this.sourceSystem = sourceSystem.getBytes(StandardCharsets.UTF_8);
        final Side[] values = Side.values();
        sides = new byte[values.length][];
        for (final Side side : values) {
            sides[side.ordinal()] = side.name().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Adds a trade.
     *
     * @param instrumentUtf8  the instrument id (symbol), UTF-8.
     * @param price           price mantissa.
     * @param priceExponent   price exponent (scale = -exponent).
     * @param size            size mantissa.
     * @param sizeExponent    size exponent.
     * @param aggressorSide   the aggressor, not {@link Side#UNRECOGNIZED}.
     * @param eventTimeNs     event time, ns since the epoch.
     * @param ingestionTimeNs ingestion time, ns since the epoch.
     * @param tradeId         the venue's trade id as an unsigned number, 0 for none (stored as an empty text).
     */
    public void add(final byte[] instrumentUtf8, final long price, final int priceExponent, final long size,
        final int sizeExponent, final Side aggressorSide, final long eventTimeNs, final long ingestionTimeNs, final long tradeId) {
        if (rows == 0) {
            encoder.clear();
            encoder.header();
        }
        encoder.rowStart(FIELDS);
        if (tradeId == 0) {
            encoder.textField(EMPTY);
        } else {
            encoder.unsignedDigitsField(tradeId);
        }
        encoder.textField(instrumentUtf8);
        encoder.numericField(price, -priceExponent);
        encoder.numericField(size, -sizeExponent);
        encoder.textField(sides[aggressorSide.ordinal()]);
        encoder.timestampField(eventTimeNs);
        encoder.int8Field(eventTimeNs);
        encoder.timestampField(ingestionTimeNs);
        encoder.textField(sourceSystem);
        rows++;
    }

    /** @return trades added since the last {@link #clear()}. */
    public int rows() {
        return rows;
    }

    /** Empties the batch (keeping its buffer). */
    public void clear() {
        rows = 0;
        encoder.clear();
    }

    /**
     * Copies the batch into {@code trades} in the caller's transaction; the batch is unchanged.
     *
     * @param connection an open connection.
     * @return rows written.
     * @throws SQLException if the database rejects them.
     */
    public long copy(final Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        final CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(encoder.buffer(), 0, encoder.size());
            copy.writeToCopy(TRAILER, 0, TRAILER.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
