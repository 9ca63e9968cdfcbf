package io.fdp.feed.reference;

import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.Frequency;
import io.fdp.proto.reference.v1.ObservationHistory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports an ALFRED vintage CSV ({@code observation_date,SERIES_YYYYMMDD,SERIES_YYYYMMDD,...}, one column per
 * vintage, oldest first; {@code .} or blank where a vintage carries no value) as one {@link ObservationHistory} per
 * period, streaming, and describes the series as an {@link EconomicIndicator} once the file is read. Revisions follow
 * {@link RevisionHistory}: one observation per vintage in which the period's value first appears or changes.
 *
 * <p>The indicator id is {@code FRED.<SERIES>} (ALFRED holds the vintages of FRED series). Metadata: source system
 * {@code ALFRED}, the file name as URI and, on observations, the vintage date as version; region {@code US} (where
 * ALFRED is published), category {@code macro}, the series as report. An observation's event time is its vintage
 * date at 00:00 UTC, when the value was released. The indicator keeps the caller's event time (unset by default):
 * the file does not say when the series description last changed. Not thread-safe.
 */
public final class AlfredVintageImporter {
    /** Source system written into every record's metadata. */
    public static final String SOURCE_SYSTEM = "ALFRED";

    private static final DateTimeFormatter VINTAGE_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;

    /**
     * Creates an importer.
     *
     * @param clock gives the ingestion time, read once when an import starts.
     */
    public AlfredVintageImporter(final Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports a vintage file of a series described by nothing but the file.
     *
     * @param file the CSV file; its name becomes the source URI.
     * @param sink receives the history of each period that has at least one value, in file order.
     * @return the series description and the counts.
     * @throws IOException if the file cannot be read or its header is not of the ALFRED form.
     */
    public AlfredImport importFile(final Path file, final Consumer<? super ObservationHistory> sink) throws IOException {
        return importFile(file, EconomicIndicator.getDefaultInstance(), sink);
    }

    /**
     * Imports a vintage file.
     *
     * @param file the CSV file; its name becomes the source URI.
     * @param description name, unit, publisher, region, frequency and seasonal adjustment of the series, which the file
     *     does not carry; an unset frequency is inferred from the spacing of the periods.
     * @param sink receives the history of each period that has at least one value, in file order.
     * @return the series description and the counts.
     * @throws IOException if the file cannot be read or its header is not of the ALFRED form.
     */
    public AlfredImport importFile(final Path file, final EconomicIndicator description,
                                   final Consumer<? super ObservationHistory> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(reader, file.getFileName().toString(), description, sink);
        }
    }

    /**
     * Imports vintage text; the reader is not closed.
     *
     * @param text the CSV text.
     * @param fileName name written as the source URI and used in error messages.
     * @param description what the file does not say about the series (see {@link #importFile(Path, EconomicIndicator,
     *     Consumer)}).
     * @param sink receives the history of each period that has at least one value, in file order.
     * @return the series description and the counts.
     * @throws IOException if the text cannot be read or its header is not of the ALFRED form.
     */
    public AlfredImport importFrom(final Reader text, final String fileName, final EconomicIndicator description,
                                   final Consumer<? super ObservationHistory> sink) throws IOException {
        final BufferedReader reader = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
        final Metadata.Builder metadata = Metadata.newBuilder()
            .setSource(Source.newBuilder().setSystem(SOURCE_SYSTEM).setUri(fileName))
            .setRegion("US")
            .setCategory("macro")
            .setIngestionTime(ProtoDates.timestamp(clock.instant()));
        final String[] header = CsvFile.header(reader, fileName);
        final LocalDate[] vintages = new LocalDate[header.length - 1];
        final String series = parseHeader(header, fileName, vintages);
        final String indicatorId = "FRED." + series;
        final Metadata fileMetadata = metadata.setReport(series).build();
        final ImportTally tally = new ImportTally();
        final FrequencyGuess frequency = new FrequencyGuess();
        final Decimal[] values = new Decimal[vintages.length];
        CsvFile.rows(reader, header.length, tally, fields -> {
            final LocalDate period = ProtoDates.parseDate(fields[0]);
            for (int i = 0; i < values.length; i++) {
                values[i] = parseCell(fields[i + 1], header[i + 1]);
            }
            for (final Decimal value : values) {
                if (value == null) {
                    tally.valueSkipped();
                }
            }
            frequency.add(period);
            final ObservationHistory history = RevisionHistory.build(indicatorId, period, vintages, values, fileMetadata);
            if (history.getRevisionsCount() > 0) {
                sink.accept(history);
                tally.recordsProduced(history.getRevisionsCount());
            }
        });
        final EconomicIndicator.Builder indicator = description.toBuilder()
            .setIndicatorId(indicatorId)
            .setIngestionTime(fileMetadata.getIngestionTime())
            .setMetadata(fileMetadata);
        if (indicator.getFrequency() == Frequency.FREQUENCY_UNSPECIFIED) {
            indicator.setFrequency(frequency.frequency());
        }
        return new AlfredImport(indicator.build(), tally.result());
    }

    private static Decimal parseCell(final String cell, final String column) throws MalformedRowException {
        if (cell.isEmpty() || ".".equals(cell)) {
            return null;
        }
        try {
            return DecimalText.parse(cell);
        } catch (final MalformedRowException e) {
            throw new MalformedRowException(column + ": " + e.getMessage());
        }
    }

    /** Checks the header, fills the vintage dates and returns the series identifier. */
    private static String parseHeader(final String[] header, final String fileName, final LocalDate[] vintages)
        throws ReferenceImportException {
        if (header.length < 2 || !("observation_date".equals(header[0]) || "DATE".equals(header[0]))) {
            throw headerError(fileName, header, "expected 'observation_date,SERIES_YYYYMMDD,...'");
        }
        String series = null;
        for (int i = 1; i < header.length; i++) {
            final int separator = header[i].lastIndexOf('_');
            if (separator <= 0) {
                throw headerError(fileName, header, "column " + (i + 1) + " is not SERIES_YYYYMMDD");
            }
            final String columnSeries = header[i].substring(0, separator);
            if (series != null && !series.equals(columnSeries)) {
                throw headerError(fileName, header, "columns of two series, " + series + " and " + columnSeries);
            }
            series = columnSeries;
            try {
                vintages[i - 1] = LocalDate.parse(header[i].substring(separator + 1), VINTAGE_DATE);
            } catch (final DateTimeParseException e) {
                throw headerError(fileName, header, "column " + (i + 1) + " has no valid vintage date");
            }
            if (i > 1 && !vintages[i - 1].isAfter(vintages[i - 2])) {
                throw headerError(fileName, header, "vintages are not in ascending order at column " + (i + 1));
            }
        }
        return series;
    }

    private static ReferenceImportException headerError(final String fileName, final String[] header, final String problem) {
        final String shown = String.join(",", header);
        return new ReferenceImportException(fileName + ": " + problem + " in header '"
            + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown) + "'");
    }

    /** Infers the frequency of a series from the smallest spacing between consecutive periods. */
    private static final class FrequencyGuess {
        private LocalDate previous;
        private boolean allFirstOfMonth = true;
        private long minDays = Long.MAX_VALUE;
        private long minMonths = Long.MAX_VALUE;

        void add(final LocalDate period) {
            allFirstOfMonth &= period.getDayOfMonth() == 1;
            if (previous != null) {
                minDays = Math.min(minDays, Math.abs(ChronoUnit.DAYS.between(previous, period)));
                minMonths = Math.min(minMonths, Math.abs(ChronoUnit.MONTHS.between(previous, period)));
            }
            previous = period;
        }

        Frequency frequency() {
            if (minDays == Long.MAX_VALUE || minDays == 0) {
                return Frequency.FREQUENCY_UNSPECIFIED;
            }
            if (allFirstOfMonth && minMonths >= 1) {
                return switch ((int) Math.min(minMonths, Integer.MAX_VALUE)) {
                    case 1 -> Frequency.FREQUENCY_MONTHLY;
                    case 3 -> Frequency.FREQUENCY_QUARTERLY;
                    case 6 -> Frequency.FREQUENCY_SEMIANNUAL;
                    case 12 -> Frequency.FREQUENCY_ANNUAL;
                    default -> Frequency.FREQUENCY_UNSPECIFIED;
                };
            }
            if (minDays == 1) {
                return Frequency.FREQUENCY_DAILY;
            }
            return minDays == 7 ? Frequency.FREQUENCY_WEEKLY : Frequency.FREQUENCY_UNSPECIFIED;
        }
    }
}
