package io.fdp.persistence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small SQL reads for assertions. */
public final class Rows {
    private Rows() {
    }

    /**
     * Reads the first column of every row as text.
     *
     * @param database the database.
     * @param sql the query.
     * @param parameters its parameters.
     * @return the values.
     * @throws SQLException if the query fails.
     */
    public static List<String> strings(final DataSource database, final String sql, final Object... parameters) throws SQLException {
        final List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * Reads one number.
     *
     * @param database the database.
     * @param sql a query returning one row with one integer column.
     * @param parameters its parameters.
     * @return the number.
     * @throws SQLException if the query fails.
     */
    public static long count(final DataSource database, final String sql, final Object... parameters) throws SQLException {
        return Long.parseLong(strings(database, sql, parameters).get(0));
    }
}
