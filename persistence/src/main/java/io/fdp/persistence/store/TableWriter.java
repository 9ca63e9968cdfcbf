package io.fdp.persistence.store;

import com.google.protobuf.Message;
import io.fdp.persistence.row.MessageTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes messages into their table on a connection, in the caller's transaction when there is one.
 *
 * <p>Implementations are stateless and thread-safe; a connection is used by one thread at a time.
 */
public interface TableWriter {
    /** Returned by {@link #upsert} when the driver does not report per-row counts. */
    long UNKNOWN_COUNT = -1;

    /**
     * Appends rows.
     *
     * @param connection an open connection.
     * @param table the table of the messages' type.
     * @param rows messages of the table's type.
     * @return the number of rows written.
     * @throws SQLException if the database rejects them.
     */
    long append(Connection connection, MessageTable table, List<? extends Message> rows) throws SQLException;

    /**
     * Inserts rows whose key is new and replaces rows whose content changed (ingestion times aside), subject to the
     * table's upsert guard; rows equal to the stored ones are left alone, so writing the same data twice changes
     * nothing. Of several rows with one key in the batch, the last wins.
     *
     * @param connection an open connection; without a transaction, the upsert runs in one of its own.
     * @param table a table with a primary key.
     * @param rows messages of the table's type.
     * @return the number of rows inserted or changed, or {@link #UNKNOWN_COUNT}.
     * @throws SQLException if the database rejects them.
     */
    long upsert(Connection connection, MessageTable table, List<? extends Message> rows) throws SQLException;
}
