package io.fdp.app.importer;

import io.fdp.app.progress.Progress;
import io.fdp.feed.reference.ImportResult;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.store.ReferenceDataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code fdp import}: parses a reference-data file into the canonical messages and stores them. Importing the same
 * file twice changes nothing (rows are upserted by their natural keys and only rewritten when their content changed).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a reference-data file into the database (embedded under --data-dir unless --jdbc-url).")
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--kind", required = true, paramLabel = "KIND",
        description = "fred-rate, fred-index, ecb, alfred or binance-instruments.")
    String kind;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The file to import.")
    Path input;

    @Option(names = "--data-dir", defaultValue = "fdp-data", paramLabel = "DIR",
        description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "An external PostgreSQL/TimescaleDB instead.")
    String jdbcUrl;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
        description = "Progress line on stderr: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Progress.When progress;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("cannot read --input " + input);
        }
        try (Database database = Database.open(new Database.Context().jdbcUrl(jdbcUrl).dataDirectory(dataDir))) {
            final ReferenceDataStore store = new ReferenceDataStore(database.dataSource());
            final AtomicLong stored = new AtomicLong();
            final ReferenceImport.Outcome outcome;
            try (Progress line = Progress.on(progress)) {
                line.track(input.getFileName().toString(), "records stored", stored::get, 0);
                outcome = ReferenceImport.run(kind, input, store, stored::addAndGet);
            }
            final ImportResult result = outcome.result();
            System.out.printf(Locale.ROOT, "Imported %s (%s): %,d rows read, %,d records, %,d values skipped, %,d rows "
                + "rejected; %,d rows inserted or changed in %s%n", input.getFileName(), kind, result.rowsRead(),
                result.recordsProduced(), result.valuesSkipped(), result.rowsRejected(), outcome.changed(),
                database.embedded() ? "the embedded database under " + dataDir : database.jdbcUrl());
            result.rejections().stream().limit(20).forEach(rejection -> System.out.println("  " + rejection));
        }
        return 0;
    }
}
