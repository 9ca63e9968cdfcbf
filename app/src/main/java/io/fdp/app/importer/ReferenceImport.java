package io.fdp.app.importer;

import io.fdp.feed.reference.AlfredImport;
import io.fdp.feed.reference.AlfredVintageImporter;
import io.fdp.feed.reference.BinanceExchangeInfoImporter;
import io.fdp.feed.reference.EcbFxImporter;
import io.fdp.feed.reference.FredSeriesImporter;
import io.fdp.feed.reference.ImportResult;
import io.fdp.persistence.store.ReferenceDataStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * One reference-data file of a kind into the database, in batches, idempotently: the one place that knows every
 * importer by kind ({@code fdp import} and the demo both use it).
 */
public final class ReferenceImport {
    /** The kinds {@link #run} accepts. */
    public static final List<String> KINDS = List.of("fred-rate", "fred-index", "ecb", "alfred", "binance-instruments");

    private static final int BATCH = 5_000;

    private ReferenceImport() {
    }

    /**
     * What an import did.
     *
     * @param result  the importer's counts and rejections.
     * @param changed rows inserted or changed in the database (0 when the file was already imported).
     */
    public record Outcome(ImportResult result, long changed) {
    }

    /**
     * Imports a file.
     *
     * @param kind   one of {@link #KINDS}.
     * @param input  the file.
     * @param store  the database.
     * @param stored told how many records each stored batch held (progress).
     * @return what the import did.
     * @throws IOException when the file cannot be read.
     */
    public static Outcome run(final String kind, final Path input, final ReferenceDataStore store, final LongConsumer stored)
        throws IOException {
        final Clock clock = Clock.systemUTC();
        final long[] changed = new long[1];
        final ImportResult result = switch (kind.toLowerCase(Locale.ROOT)) {
            case "fred-rate" -> {
                final Batches<io.fdp.proto.reference.v1.RateValue> rates = batches(stored, changed, store::putRates);
                yield rates.flushAfter(new FredSeriesImporter(clock).importRates(input, rates));
            }
            case "fred-index" -> {
                final Batches<io.fdp.proto.reference.v1.IndexValue> values =
                    batches(stored, changed, store::putIndexValues);
                yield values.flushAfter(new FredSeriesImporter(clock).importIndexValues(input, values));
            }
            case "ecb" -> {
                final Batches<io.fdp.proto.reference.v1.RateValue> rates = batches(stored, changed, store::putRates);
                yield rates.flushAfter(new EcbFxImporter(clock).importFile(input, rates));
            }
            case "binance-instruments" -> {
                final Batches<io.fdp.proto.instrument.v1.SecurityInfo> instruments =
                    batches(stored, changed, store::putInstruments);
                yield instruments.flushAfter(new BinanceExchangeInfoImporter(clock).importFile(input, instruments));
            }
            case "alfred" -> {
                final Batches<io.fdp.proto.reference.v1.ObservationHistory> histories =
                    batches(stored, changed, store::putObservationHistories);
                final AlfredImport imported = new AlfredVintageImporter(clock).importFile(input, histories);
                histories.flushAfter(imported.result());
                changed[0] += store.putIndicators(List.of(imported.indicator()));
                yield imported.result();
            }
            default -> throw new IllegalArgumentException("unknown --kind '" + kind
                + "'; known: " + String.join(", ", KINDS));
        };
        return new Outcome(result, changed[0]);
    }

    private static <T> Batches<T> batches(final LongConsumer stored, final long[] changed, final ToLongFunction<List<T>> store) {
        return new Batches<>(stored, changed, store);
    }

    /** Collects records into batches and stores each batch; the importer's end flushes the rest. */
    private static final class Batches<T> implements Consumer<T> {
        private final LongConsumer stored;
        private final long[] changed;
        private final ToLongFunction<List<T>> store;
        private final List<T> batch = new ArrayList<>(BATCH);

        Batches(final LongConsumer stored, final long[] changed, final ToLongFunction<List<T>> store) {
            this.stored = stored;
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

        private void flush() {
            if (!batch.isEmpty()) {
                changed[0] += store.applyAsLong(batch);
                stored.accept(batch.size());
                batch.clear();
            }
        }
    }
}
