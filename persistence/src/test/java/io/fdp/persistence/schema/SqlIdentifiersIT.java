package io.fdp.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.persistence.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SqlIdentifiersIT {
    @Test
    void quotesEveryGeneratedNameExactlyAsPostgresDoes() throws SQLException {
        final Set<String> names = new LinkedHashSet<>(List.of("interval", "order", "user", "value", "level", "open", "close", "year",
            "Mixed", "with space", "a\"b"));
        for (final Table table : ProtoSchemaMapper.fdp().tables()) {
            names.add(table.name());
            table.columns().forEach(column -> names.add(column.name()));
            table.indexes().forEach(index -> names.add(index.name()));
        }
        final List<String> mismatches = new ArrayList<>();
        try (Connection connection = TestPostgres.server().getPostgresDatabase().getConnection();
             PreparedStatement quote = connection.prepareStatement("SELECT quote_ident(?)")) {
            for (final String name : names) {
                quote.setString(1, name);
                try (ResultSet row = quote.executeQuery()) {
                    row.next();
                    if (!row.getString(1).equals(SqlIdentifiers.quote(name))) {
                        mismatches.add(name + ": PostgreSQL " + row.getString(1) + ", fdp " + SqlIdentifiers.quote(name));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
