package io.fdp.app.importer;

import io.fdp.feed.reference.AlfredImport;
import io.fdp.feed.reference.AlfredVintageImporter;
import io.fdp.feed.reference.BinanceExchangeInfoImporter;
import io.fdp.feed.reference.EcbFxImporter;
import io.fdp.feed.reference.FredSeriesImporter;
import io.fdp.feed.reference.ImportResult;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.store.ReferenceDataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * {@code fdp import}: parses a reference-data file into the canonical messages and stores them. Importing the same
 * file twice changes nothing (rows are upserted by their natural keys and only rewritten when their content changed).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a reference-data file into the database (embedded under --data-dir unless --jdbc-url).")
public final class ImportCommand implements Callable<Integer> {
    private static final int BATCH = 5_000;

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

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("cannot read --input " + input);
        }
        final Clock clock = Clock.systemUTC();
        try (Database database = Database.open(new Database.Context().jdbcUrl(jdbcUrl).dataDirectory(dataDir))) {
            final ReferenceDataStore store = new ReferenceDataStore(database.dataSource());
            final Progress progress = new Progress(input);
            final long[] changed = new long[1];
            final ImportResult result = switch (kind.toLowerCase(Locale.ROOT)) {
                case "fred-rate" -> {
                    final Batches<io.fdp.proto.reference.v1.RateValue> rates = batches(progress, changed, store::putRates);
                    yield rates.flushAfter(new FredSeriesImporter(clock).importRates(input, rates));
                }
                case "fred-index" -> {
                    final Batches<io.fdp.proto.reference.v1.IndexValue> values =
                        batches(progress, changed, store::putIndexValues);
                    yield values.flushAfter(new FredSeriesImporter(clock).importIndexValues(input, values));
                }
                case "ecb" -> {
                    final Batches<io.fdp.proto.reference.v1.RateValue> rates = batches(progress, changed, store::putRates);
                    yield rates.flushAfter(new EcbFxImporter(clock).importFile(input, rates));
                }
                case "binance-instruments" -> {
                    final Batches<io.fdp.proto.instrument.v1.SecurityInfo> instruments =
                        batches(progress, changed, store::putInstruments);
                    yield instruments.flushAfter(new BinanceExchangeInfoImporter(clock).importFile(input, instruments));
                }
                case "alfred" -> {
                    final Batches<io.fdp.proto.reference.v1.ObservationHistory> histories =
                        batches(progress, changed, store::putObservationHistories);
                    final AlfredImport imported = new AlfredVintageImporter(clock).importFile(input, histories);
                    histories.flushAfter(imported.result());
                    changed[0] += store.putIndicators(List.of(imported.indicator()));
                    yield imported.result();
                }
                default -> throw new IllegalArgumentException("unknown --kind '" + kind
                    + "'; known: fred-rate, fred-index, ecb, alfred, binance-instruments");
            };
            progress.done();
            System.out.printf(Locale.ROOT, "Imported %s (%s): %,d rows read, %,d records, %,d values skipped, %,d rows "
                + "rejected; %,d rows inserted or changed in %s%n", input.getFileName(), kind, result.rowsRead(),
                result.recordsProduced(), result.valuesSkipped(), result.rowsRejected(), changed[0],
                database.embedded() ? "the embedded database under " + dataDir : database.jdbcUrl());
            result.rejections().stream().limit(20).forEach(rejection -> System.out.println("  " + rejection));
        }
        return 0;
    }

    private static <T> Batches<T> batches(final Progress progress, final long[] changed, final ToLongFunction<List<T>> store) {
        return new Batches<>(progress, changed, store);
    }

    /** Collects records into batches and stores each batch; a final flush happens through {@link #flush()}. */
    private static final class Batches<T> implements Consumer<T> {
        private final Progress progress;
        private final long[] changed;
        private final ToLongFunction<List<T>> store;
        private final List<T> batch = new ArrayList<>(BATCH);

        Batches(final Progress progress, final long[] changed, final ToLongFunction<List<T>> store) {
            this.progress = progress;
            this.changed = changed;
            this.store = store;
        }

        @Override
        public void accept(final T record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        /** Stores what is left once the importer has finished, and passes its result on. */
        ImportResult flushAfter(final ImportResult result) {
            flush();
            return result;
        }

        void flush() {
            if (!batch.isEmpty()) {
                changed[0] += store.applyAsLong(batch);
                progress.records(batch.size());
                batch.clear();
            }
        }
    }
}
