package io.fdp.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSourceTest {
    @Test
    void readsVersionDescriptionAndDialectFromTheFileName() {
        assertThat(Migration.of("V1__schema.sql", "")).extracting(Migration::version, Migration::description, Migration::dialect)
            .containsExactly(1, "schema", null);
        assertThat(Migration.of("V12__add_venue_postgres.sql", ""))
            .extracting(Migration::version, Migration::description, Migration::dialect)
            .containsExactly(12, "add venue", Dialect.POSTGRES);
        assertThat(Migration.of("V2__hypertables_timescale.sql", "").dialect()).isEqualTo(Dialect.TIMESCALE);
        assertThatThrownBy(() -> Migration.of("schema.sql", "")).isInstanceOf(MigrationException.class)
            .hasMessageContaining("not a migration name");
    }

    @Test
    void choosesTheFileOfTheDatabasesDialectForEachVersion() {
        final MigrationSource committed = MigrationSource.classpath();
        assertThat(committed.forDialect(Dialect.POSTGRES)).extracting(Migration::script)
            .containsExactly("V1__schema.sql", "V2__partitions_postgres.sql");
        assertThat(committed.forDialect(Dialect.TIMESCALE)).extracting(Migration::script)
            .containsExactly("V1__schema.sql", "V2__hypertables_timescale.sql");
    }

    @Test
    void refusesAVersionWithACommonAndADialectFile(@TempDir final Path directory) throws IOException {
        Files.writeString(directory.resolve("V1__schema.sql"), "SELECT 1;");
        Files.writeString(directory.resolve("V1__other_postgres.sql"), "SELECT 1;");
        assertThatThrownBy(() -> MigrationSource.directory(directory).forDialect(Dialect.POSTGRES))
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining("version 1 has a common migration and dialect ones");
    }

    @Test
    void refusesAVersionWithoutAFileForTheDialect(@TempDir final Path directory) throws IOException {
        Files.writeString(directory.resolve("V1__schema_timescale.sql"), "SELECT 1;");
        assertThatThrownBy(() -> MigrationSource.directory(directory).forDialect(Dialect.POSTGRES))
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining("version 1 has no migration for postgres");
    }

    @Test
    void checksumsTheContent() {
        assertThat(Migration.of("V1__a.sql", "SELECT 1;").checksum())
            .isEqualTo(Migration.of("V1__b.sql", "SELECT 1;").checksum())
            .isNotEqualTo(Migration.of("V1__a.sql", "SELECT 2;").checksum())
            .hasSize(64);
    }
}
