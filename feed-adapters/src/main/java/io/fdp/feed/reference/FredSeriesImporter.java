package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.RateValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Imports a FRED series CSV ({@code observation_date,SERIES}, one observation a line) as {@code RateValue} or
 * {@code IndexValue} records, streaming. A blank or {@code .} value means no observation that day: the row is
 * skipped and counted. What the series is (rate type, tenor, unit, identifier) comes from a {@link FredSeries}
 * table; a series the table lacks fails the import with a {@link ReferenceImportException} naming the known ones,
 * rather than producing rates of unknown type.
 *
 * <p>Every record carries {@code Metadata} with source system {@code FRED}, the file name as URI, region {@code US},
 * category {@code rates} or {@code indices}, the series identifier as report and the ingestion time; its event time
 * is the observation date at 00:00 UTC. Not thread-safe.
 */
public final class FredSeriesImporter {
    /** Source system written into every record's metadata. */
    public static final String SOURCE_SYSTEM = "FRED";

    private static final String DATE_COLUMN = "observation_date";
    private static final String LEGACY_DATE_COLUMN = "DATE";

    private final Clock clock;
    private final Map<String, FredSeries> series;

    /**
     * Creates an importer that knows the series of {@link FredSeries#known()}.
     *
     * @param clock gives the ingestion time, read once when an import starts.
     */
    public FredSeriesImporter(final Clock clock) {
        this(clock, FredSeries.known());
    }

    /**
     * Creates an importer with its own series table.
     *
     * @param clock gives the ingestion time, read once when an import starts.
     * @param series descriptions by FRED series identifier.
     */
    public FredSeriesImporter(final Clock clock, final Map<String, FredSeries> series) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.series = Map.copyOf(series);
    }

    /**
     * Imports a rate series file.
     *
     * @param file the FRED CSV file; its name becomes the source URI.
     * @param sink receives one rate per observation, in file order.
     * @return counts and rejected rows.
     * @throws IOException if the file cannot be read, its header is not {@code observation_date,SERIES}, or the
     *     series is unknown or not a rate.
     */
    public ImportResult importRates(final Path file, final Consumer<? super RateValue> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importRates(reader, file.getFileName().toString(), sink);
        }
    }

    /**
     * Imports rate series text; the reader is not closed.
     *
     * @param reader the CSV text.
     * @param fileName name written as the source URI and used in error messages.
     * @param sink receives one rate per observation, in file order.
     * @return counts and rejected rows.
     * @throws IOException if the text cannot be read, its header is not {@code observation_date,SERIES}, or the
     *     series is unknown or not a rate.
     */
    public ImportResult importRates(final Reader reader, final String fileName, final Consumer<? super RateValue> sink)
        throws IOException {
        return read(reader, fileName, FredSeries.Kind.RATE, (entry, metadata) -> {
            final RateValue.Builder rate = RateValue.newBuilder()
                .setRateId(entry.id())
                .setRateType(entry.rateType())
                .setTenor(entry.tenor())
                .setBaseCurrency(entry.currency())
                .setUnit(entry.unit())
                .setPublisher(entry.publisher())
                .setIngestionTime(metadata.getIngestionTime())
                .setMetadata(metadata);
            return (date, value) -> sink.accept(rate
                .setValue(value)
                .setObservationDate(ProtoDates.date(date))
                .setEventTime(ProtoDates.startOfDayUtc(date))
                .build());
        });
    }

    /**
     * Imports an index series file, such as VIXCLS.
     *
     * @param file the FRED CSV file; its name becomes the source URI.
     * @param sink receives one index level per observation, in file order.
     * @return counts and rejected rows.
     * @throws IOException if the file cannot be read, its header is not {@code observation_date,SERIES}, or the
     *     series is unknown or not an index.
     */
    public ImportResult importIndexValues(final Path file, final Consumer<? super IndexValue> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importIndexValues(reader, file.getFileName().toString(), sink);
        }
    }

    /**
     * Imports index series text; the reader is not closed.
     *
     * @param reader the CSV text.
     * @param fileName name written as the source URI and used in error messages.
     * @param sink receives one index level per observation, in file order.
     * @return counts and rejected rows.
     * @throws IOException if the text cannot be read, its header is not {@code observation_date,SERIES}, or the
     *     series is unknown or not an index.
     */
    public ImportResult importIndexValues(final Reader reader, final String fileName, final Consumer<? super IndexValue> sink)
        throws IOException {
        return read(reader, fileName, FredSeries.Kind.INDEX, (entry, metadata) -> {
            final IndexValue.Builder level = IndexValue.newBuilder()
                .setIndexId(entry.id())
                .setCurrency(entry.currency())
                .setIngestionTime(metadata.getIngestionTime())
                .setMetadata(metadata);
            return (date, value) -> sink.accept(level
                .setLevel(value)
                .setEventTime(ProtoDates.startOfDayUtc(date))
                .build());
        });
    }

    /** Emits the record of one observation. */
    private interface ObservationSink {
        void accept(LocalDate date, Decimal value);
    }

    /** Prepares the record template of a series once its description and metadata are known. */
    private interface SinkFactory {
        ObservationSink create(FredSeries entry, Metadata metadata);
    }

    private ImportResult read(final Reader text, final String fileName, final FredSeries.Kind kind, final SinkFactory factory)
        throws IOException {
        final BufferedReader reader = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
        final Timestamp ingestionTime = ProtoDates.timestamp(clock.instant());
        final FredSeries entry = describe(CsvFile.header(reader, fileName), fileName, kind);
        final Metadata metadata = Metadata.newBuilder()
            .setSource(Source.newBuilder().setSystem(SOURCE_SYSTEM).setUri(fileName))
            .setRegion("US")
            .setCategory(kind == FredSeries.Kind.RATE ? "rates" : "indices")
            .setReport(entry.seriesId())
            .setIngestionTime(ingestionTime)
            .build();
        final ObservationSink sink = factory.create(entry, metadata);
        final ImportTally tally = new ImportTally();
        CsvFile.rows(reader, 2, tally, fields -> {
            final LocalDate date = ProtoDates.parseDate(fields[0]);
            if (fields[1].isEmpty() || ".".equals(fields[1])) {
                tally.valueSkipped();
                return;
            }
            final Decimal value = DecimalText.parse(fields[1]);
            sink.accept(date, value);
            tally.recordProduced();
        });
        return tally.result();
    }

    private FredSeries describe(final String[] header, final String fileName, final FredSeries.Kind kind)
        throws ReferenceImportException {
        if (header.length != 2 || !(DATE_COLUMN.equals(header[0]) || LEGACY_DATE_COLUMN.equals(header[0])) || header[1].isEmpty()) {
            throw new ReferenceImportException(fileName + ": expected the header 'observation_date,SERIES', found '"
                + String.join(",", header) + "'");
        }
        final FredSeries entry = series.get(header[1]);
        if (entry == null) {
            throw new ReferenceImportException(fileName + ": unknown FRED series '" + header[1] + "'; known series: "
                + String.join(", ", new TreeSet<>(series.keySet())));
        }
        if (entry.kind() != kind) {
            throw new ReferenceImportException(fileName + ": FRED series '" + entry.seriesId() + "' is of kind " + entry.kind()
                + ", not " + kind + "; use " + (entry.kind() == FredSeries.Kind.RATE ? "importRates" : "importIndexValues"));
        }
        return entry;
    }
}
