package io.fdp.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fdp.persistence.schema.SchemaGenerator;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.persistence.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class MigratorIT {
    @Test
    void appliesEveryMigrationToAnEmptyDatabaseAndNothingTheSecondTime() throws SQLException {
        final DataSource database = TestPostgres.emptyDatabase("migrator_fresh");
        final MigrationReport first = new Migrator(database, MigrationSource.classpath()).migrate();
        assertThat(first.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(first.applied()).extracting(Migration::script)
            .containsExactly(SchemaGenerator.SCHEMA_SCRIPT, SchemaGenerator.PARTITIONS_SCRIPT);
        assertThat(first.previouslyApplied()).isZero();
        final List<String> tables = strings(database, "SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace ="
            + " 'public'::regnamespace ORDER BY relname");
        for (final var spec : StorableTables.all()) {
            assertThat(tables).contains(spec.name());
        }
        assertThat(strings(database, "SELECT script || ':' || dialect FROM fdp_schema_history ORDER BY version"))
            .containsExactly("V1__schema.sql:postgres", "V2__partitions_postgres.sql:postgres");

        final MigrationReport second = new Migrator(database, MigrationSource.classpath()).migrate();
        assertThat(second.applied()).isEmpty();
        assertThat(second.previouslyApplied()).isEqualTo(2);
        assertThat(strings(database, "SELECT count(*)::text FROM fdp_schema_history")).containsExactly("2");
    }

    @Test
    void refusesToRunWhenAnAppliedMigrationWasEdited(@TempDir final Path directory) throws IOException {
        final DataSource database = TestPostgres.emptyDatabase("migrator_checksum");
        final Path migrations = copyOfCommittedMigrations(directory);
        new Migrator(database, MigrationSource.directory(migrations)).migrate();
        final Path schema = migrations.resolve(SchemaGenerator.SCHEMA_SCRIPT);
        Files.writeString(schema, Files.readString(schema)
            .replace("CREATE INDEX instruments_symbol_idx", "CREATE INDEX instruments_sym_idx"));

        assertThatThrownBy(() -> new Migrator(database, MigrationSource.directory(migrations)).migrate())
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining(SchemaGenerator.SCHEMA_SCRIPT)
            .hasMessageContaining("changed after it was applied");
    }

    @Test
    void appliesANewMigrationAndRollsBackOneThatFails(@TempDir final Path directory) throws IOException, SQLException {
        final DataSource database = TestPostgres.emptyDatabase("migrator_new");
        final Path migrations = copyOfCommittedMigrations(directory);
        new Migrator(database, MigrationSource.directory(migrations)).migrate();
        Files.writeString(migrations.resolve("V3__broken.sql"), "CREATE TABLE half_done (id INTEGER);\n\nSELECT no_such_function();\n");

        assertThatThrownBy(() -> new Migrator(database, MigrationSource.directory(migrations)).migrate())
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining("V3__broken.sql failed at line 3")
            .hasMessageContaining("no_such_function");
        assertThat(strings(database, "SELECT count(*)::text FROM pg_class WHERE relname = 'half_done'")).containsExactly("0");

        Files.delete(migrations.resolve("V3__broken.sql"));
        Files.writeString(migrations.resolve("V3__venue.sql"), "ALTER TABLE trades ADD COLUMN venue TEXT NOT NULL DEFAULT '';\n");
        final MigrationReport report = new Migrator(database, MigrationSource.directory(migrations)).migrate();
        assertThat(report.applied()).extracting(Migration::script).containsExactly("V3__venue.sql");
        assertThat(strings(database, "SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'trades_default'"
            + " AND column_name = 'venue'")).containsExactly("1");
    }

    @Test
    void refusesADatabaseMigratedByANewerBuild(@TempDir final Path directory) throws IOException {
        final DataSource database = TestPostgres.emptyDatabase("migrator_newer");
        final Path migrations = copyOfCommittedMigrations(directory);
        Files.writeString(migrations.resolve("V3__later.sql"), "SELECT 1;\n");
        new Migrator(database, MigrationSource.directory(migrations)).migrate();
        Files.delete(migrations.resolve("V3__later.sql"));

        assertThatThrownBy(() -> new Migrator(database, MigrationSource.directory(migrations)).migrate())
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining("V3__later.sql")
            .hasMessageContaining("newer fdp");
    }

    @Test
    void keepsTheDialectChosenWhenTheSchemaWasCreated() {
        final DataSource database = TestPostgres.emptyDatabase("migrator_dialect");
        new Migrator(database, MigrationSource.classpath()).migrate();

        assertThatThrownBy(() -> new Migrator(database, MigrationSource.classpath(), Dialect.TIMESCALE).migrate())
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining("created for postgres, not timescale");
    }

    static Path copyOfCommittedMigrations(final Path directory) throws IOException {
        final MigrationSource committed = MigrationSource.classpath();
        for (final Migration migration : committed.all()) {
            Files.writeString(directory.resolve(migration.script()), migration.sql(), StandardCharsets.UTF_8);
        }
        return directory;
    }

    static List<String> strings(final DataSource database, final String sql) throws SQLException {
        final List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
