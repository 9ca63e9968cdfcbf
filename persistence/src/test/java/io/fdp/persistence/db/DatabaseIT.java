package io.fdp.persistence.db;

import static io.fdp.persistence.testing.Protos.date;
import static io.fdp.persistence.testing.Protos.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.persistence.migration.Dialect;
import io.fdp.persistence.query.ReferenceDataQueries;
import io.fdp.persistence.store.ReferenceDataStore;
import io.fdp.persistence.testing.Rows;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.reference.v1.RateValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class DatabaseIT {
    private static final RateValue RATE = RateValue.newBuilder().setRateId("FRED.SOFR").setObservationDate(date("2024-05-01"))
        .setValue(decimal(531, -2)).build();

    private static Database.Context embedded(final Path dataDirectory) {
        return new Database.Context().jdbcUrl(null).dataDirectory(dataDirectory).poolSize(2);
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir final Path dataDirectory) {
        try (Database database = Database.open(embedded(dataDirectory))) {
            assertThat(database.embedded()).isTrue();
            assertThat(database.dialect()).isEqualTo(Dialect.POSTGRES);
            assertThat(database.migrationReport().applied()).hasSize(2);
            new ReferenceDataStore(database.dataSource()).putRates(List.of(RATE));
        }
        assertThat(Files.isRegularFile(dataDirectory.resolve(Database.EMBEDDED_DIRECTORY).resolve("PG_VERSION"))).isTrue();

        try (Database database = Database.open(embedded(dataDirectory))) {
            assertThat(database.migrationReport().applied()).isEmpty();
            assertThat(database.migrationReport().previouslyApplied()).isEqualTo(2);
            assertThat(new ReferenceDataQueries(database.dataSource()).latestRate("FRED.SOFR")).contains(RATE);
        }
    }

    @Test
    void opensAnExternalDatabaseByUrlAndPreparesTodaysPartitions() throws SQLException {
        TestPostgres.emptyDatabase("database_external");
        try (Database database = Database.open(new Database.Context().jdbcUrl(TestPostgres.jdbcUrl("database_external")).user("postgres")
            .poolSize(2).partitionDaysAhead(3))) {
            assertThat(database.embedded()).isFalse();
            assertThat(database.jdbcUrl()).contains("database_external");
            final String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(Rows.count(database.dataSource(),
                "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relname LIKE 'trades_p%'")).isEqualTo(5);
            assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM pg_class WHERE relname = ?", "trades_p" + today))
                .isEqualTo(1);
        }
    }

    @Test
    void leavesTheSchemaAloneWhenToldNotToMigrate() throws SQLException {
        TestPostgres.emptyDatabase("database_no_migrate");
        try (Database database = Database.open(new Database.Context().jdbcUrl(TestPostgres.jdbcUrl("database_no_migrate")).user("postgres")
            .migrate(false))) {
            assertThat(database.migrationReport()).isNull();
            assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM pg_class WHERE relname = 'fdp_schema_history'")).isZero();
        }
    }
}
