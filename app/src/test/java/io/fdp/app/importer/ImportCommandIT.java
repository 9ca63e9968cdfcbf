package io.fdp.app.importer;

import io.fdp.app.Fdp;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.query.ReferenceDataQueries;
import io.fdp.proto.api.v1.ListRatesRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** fdp import into a real embedded PostgreSQL: counts, idempotency and what the queries then read. */
@Timeout(180)
class ImportCommandIT {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");

    @TempDir
    Path dataDir;

    private String run(final String... args) {
        final PrintStream original = System.out;
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Fdp.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importingTwiceChangesNothingTheSecondTime() {
        final String sofr = DATA.resolve("rates/SOFR.csv").toString();
        assertThat(run("import", "--kind", "fred-rate", "--input", sofr, "--data-dir", dataDir.toString()))
            .contains("2,173 rows read, 2,079 records, 94 values skipped, 0 rows rejected; 2,079 rows inserted or changed");
        assertThat(run("import", "--kind", "fred-rate", "--input", sofr, "--data-dir", dataDir.toString()))
            .contains("0 rows inserted or changed");
        assertThat(run("import", "--kind", "binance-instruments", "--input", DATA.resolve("crypto/BINANCE.0").toString(),
            "--data-dir", dataDir.toString())).contains("1,695 rows inserted or changed");

        try (Database database = Database.open(new Database.Context().dataDirectory(dataDir))) {
            final var rates = new ReferenceDataQueries(database.dataSource())
                .listRates(ListRatesRequest.newBuilder().addRateIds("FRED.SOFR").setPage(
                    io.fdp.proto.common.v1.PageRequest.newBuilder().setPageSize(1000)).build());
            assertThat(rates.getRatesCount()).isEqualTo(1000);
            assertThat(rates.getRates(0).getValue().getMantissa()).isEqualTo(183);
            assertThat(rates.getRates(0).getValue().getExponent()).isEqualTo(-2);
        }
    }
}
