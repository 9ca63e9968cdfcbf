package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.RateType;
import io.fdp.proto.reference.v1.RateUnit;
import io.fdp.proto.reference.v1.RateValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports the ECB euro foreign-exchange reference rates ({@code eurofxref-hist.csv}: header
 * {@code Date,USD,JPY,...}, one row per business day, newest first) as one FX spot {@code RateValue} per date and
 * currency, streaming: rate id {@code ECB.EUR.<CCY>}, base {@code EUR}, unit price (units of the currency per euro).
 * {@code N/A} or blank cells (currencies not quoted that day, such as retired ones) are skipped and counted. A row
 * with a bad date or a bad number in any cell is rejected whole, so a date never yields a partial set of rates.
 *
 * <p>Metadata: source system {@code ECB}, feed {@code EXR}, the file name as URI, region {@code EU}, category
 * {@code fx}, and as report the ECB series key of the currency, such as {@code EXR.D.USD.EUR.SP00.A}. Event time is
 * the observation date at 00:00 UTC. Not thread-safe.
 */
public final class EcbFxImporter {
    /** Source system written into every record's metadata. */
    public static final String SOURCE_SYSTEM = "ECB";

    private static final String BASE_CURRENCY = "EUR";
    private static final String PUBLISHER = "European Central Bank";
    private static final String NOT_AVAILABLE = "N/A";

    private final Clock clock;

    /**
     * Creates an importer.
     *
     * @param clock gives the ingestion time, read once when an import starts.
     */
    public EcbFxImporter(final Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports a reference-rate file.
     *
     * @param file the CSV file; its name becomes the source URI.
     * @param sink receives the rates of each row in column order, rows in file order.
     * @return counts (rows are dates, skipped values are {@code N/A} cells) and rejected rows.
     * @throws IOException if the file cannot be read or its header is not {@code Date,CCY,...}.
     */
    public ImportResult importFile(final Path file, final Consumer<? super RateValue> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(reader, file.getFileName().toString(), sink);
        }
    }

    /**
     * Imports reference-rate text; the reader is not closed.
     *
     * @param text the CSV text.
     * @param fileName name written as the source URI and used in error messages.
     * @param sink receives the rates of each row in column order, rows in file order.
     * @return counts (rows are dates, skipped values are {@code N/A} cells) and rejected rows.
     * @throws IOException if the text cannot be read or its header is not {@code Date,CCY,...}.
     */
    public ImportResult importFrom(final Reader text, final String fileName, final Consumer<? super RateValue> sink)
        throws IOException {
        final BufferedReader reader = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
        final Timestamp ingestionTime = ProtoDates.timestamp(clock.instant());
        final String[] header = CsvFile.header(reader, fileName);
        final RateValue.Builder[] templates = templates(header, fileName, ingestionTime);
        final ImportTally tally = new ImportTally();
        final Decimal[] values = new Decimal[templates.length];
        CsvFile.rows(reader, header.length, tally, fields -> {
            final LocalDate date = ProtoDates.parseDate(fields[0]);
            for (int i = 0; i < values.length; i++) {
                final String cell = fields[i + 1];
                values[i] = cell.isEmpty() || NOT_AVAILABLE.equals(cell) ? null : parse(cell, header[i + 1]);
            }
            final io.fdp.proto.common.v1.LocalDate observationDate = ProtoDates.date(date);
            final Timestamp eventTime = ProtoDates.startOfDayUtc(date);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    tally.valueSkipped();
                } else {
                    sink.accept(templates[i].setValue(values[i]).setObservationDate(observationDate).setEventTime(eventTime).build());
                    tally.recordProduced();
                }
            }
        });
        return tally.result();
    }

    private static Decimal parse(final String cell, final String currency) throws MalformedRowException {
        try {
            return DecimalText.parse(cell);
        } catch (final MalformedRowException e) {
            throw new MalformedRowException(currency + ": " + e.getMessage());
        }
    }

    private static RateValue.Builder[] templates(final String[] header, final String fileName, final Timestamp ingestionTime)
        throws ReferenceImportException {
        if (header.length < 2 || !"Date".equals(header[0])) {
            throw new ReferenceImportException(fileName + ": expected the header 'Date,CCY,...', found '"
                + String.join(",", header) + "'");
        }
        final RateValue.Builder[] templates = new RateValue.Builder[header.length - 1];
        for (int i = 0; i < templates.length; i++) {
            final String currency = header[i + 1];
            if (!isCurrencyCode(currency)) {
                throw new ReferenceImportException(fileName + ": column " + (i + 2) + " is not an ISO 4217 code: '" + currency + "'");
            }
            final Metadata metadata = Metadata.newBuilder()
                .setSource(Source.newBuilder().setSystem(SOURCE_SYSTEM).setFeed("EXR").setUri(fileName))
                .setRegion("EU")
                .setCategory("fx")
                .setReport("EXR.D." + currency + "." + BASE_CURRENCY + ".SP00.A")
                .setIngestionTime(ingestionTime)
                .build();
            templates[i] = RateValue.newBuilder()
                .setRateId("ECB." + BASE_CURRENCY + "." + currency)
                .setRateType(RateType.RATE_TYPE_FX_SPOT)
                .setBaseCurrency(BASE_CURRENCY)
                .setQuoteCurrency(currency)
                .setUnit(RateUnit.RATE_UNIT_PRICE)
                .setPublisher(PUBLISHER)
                .setIngestionTime(ingestionTime)
                .setMetadata(metadata);
        }
        return templates;
    }

    private static boolean isCurrencyCode(final String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            final char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
