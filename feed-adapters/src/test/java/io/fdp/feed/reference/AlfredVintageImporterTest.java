package io.fdp.feed.reference;

import io.fdp.proto.common.v1.DataQualityFlag;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.Frequency;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;
import io.fdp.proto.reference.v1.SeasonalAdjustment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.fdp.feed.reference.Protos.INGESTION_TIME;
import static io.fdp.feed.reference.Protos.date;
import static io.fdp.feed.reference.Protos.decimal;
import static io.fdp.feed.reference.Protos.midnightUtc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real ALFRED vintages are not in shared/data (see SOURCES.md): the files here are written in the ALFRED format. */
class AlfredVintageImporterTest {
    /**
     * A GDP-like quarterly series in four vintages: two periods never revised, one revised and then reverted, one
     * revised twice and then restated with an extra zero (not a revision), one first released in the last vintage
     * ({@code .} before), one never released (blank).
     */
    private static final String GDP = """
        observation_date,GDP_20240125,GDP_20240228,GDP_20240328,GDP_20240425
        2023-01-01,26813.601,26813.601,26813.601,26813.601
        2023-04-01,27063.012,27063.012,27063.012,27063.012
        2023-07-01,27610.128,27623.543,27610.128,27610.128
        2023-10-01,27938.831,27944.627,27956.998,27956.9980
        2024-01-01,.,.,.,28269.174
        2024-04-01,,,,
        """;
    private static final EconomicIndicator GDP_DESCRIPTION = EconomicIndicator.newBuilder()
        .setName("Gross Domestic Product")
        .setUnit("Billions of Dollars")
        .setSeasonalAdjustment(SeasonalAdjustment.SEASONAL_ADJUSTMENT_ADJUSTED_ANNUAL_RATE)
        .setPublisher("U.S. Bureau of Economic Analysis")
        .setRegion("US")
        .build();

    private final AlfredVintageImporter importer = new AlfredVintageImporter(Protos.CLOCK);
    private final List<ObservationHistory> histories = new ArrayList<>();

    @Test
    void buildsTheRevisionHistoryOfEveryReleasedPeriod(@TempDir final Path directory) throws IOException {
        final Path file = Files.writeString(directory.resolve("GDP_vintages.csv"), GDP);

        final AlfredImport imported = importer.importFile(file, GDP_DESCRIPTION, histories::add);

        // 1 + 1 + 3 + 3 + 1 observations; 3 dots and 4 blanks skipped.
        assertThat(imported.result()).isEqualTo(new ImportResult(6, 9, 7, 0, List.of()));
        final Metadata fileMetadata = Metadata.newBuilder()
            .setSource(Source.newBuilder().setSystem("ALFRED").setUri("GDP_vintages.csv"))
            .setRegion("US")
            .setCategory("macro")
            .setReport("GDP")
            .setIngestionTime(INGESTION_TIME)
            .build();
        assertThat(imported.indicator()).isEqualTo(GDP_DESCRIPTION.toBuilder()
            .setIndicatorId("FRED.GDP")
            .setFrequency(Frequency.FREQUENCY_QUARTERLY)
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(fileMetadata)
            .build());
        assertThat(histories).extracting(ObservationHistory::getPeriod)
            .containsExactly(date(2023, 1, 1), date(2023, 4, 1), date(2023, 7, 1), date(2023, 10, 1), date(2024, 1, 1));
        assertThat(revisions(histories.get(0))).containsExactly("0 26813601e-3 2024-01-25..");
        assertThat(revisions(histories.get(1))).containsExactly("0 27063012e-3 2024-01-25..");
        assertThat(revisions(histories.get(2))).containsExactly(
            "0 27610128e-3 2024-01-25..2024-02-27",
            "1 27623543e-3 2024-02-28..2024-03-27",
            "2 27610128e-3 2024-03-28..");
        assertThat(revisions(histories.get(3))).containsExactly(
            "0 27938831e-3 2024-01-25..2024-02-27",
            "1 27944627e-3 2024-02-28..2024-03-27",
            "2 27956998e-3 2024-03-28..");
        assertThat(revisions(histories.get(4))).containsExactly("0 28269174e-3 2024-04-25..");
        assertThat(histories.get(3).getRevisions(1)).isEqualTo(Observation.newBuilder()
            .setIndicatorId("FRED.GDP")
            .setPeriod(date(2023, 10, 1))
            .setValue(decimal(27_944_627, -3))
            .setRealtimeStart(date(2024, 2, 28))
            .setRealtimeEnd(date(2024, 3, 27))
            .setRevision(1)
            .setEventTime(midnightUtc("2024-02-28"))
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(fileMetadata.toBuilder()
                .setSource(fileMetadata.getSource().toBuilder().setVersion("2024-02-28"))
                .addQualityFlags(DataQualityFlag.DATA_QUALITY_FLAG_REVISED))
            .build());
        assertThat(histories.get(3).getRevisions(0).getMetadata().getQualityFlagsList()).isEmpty();
        assertThat(histories).allMatch(history -> history.getIndicatorId().equals("FRED.GDP"));
    }

    @Test
    void answersWhichValueWasKnownOnAGivenDate() throws IOException {
        importer.importFrom(new StringReader(GDP), "GDP.csv", EconomicIndicator.getDefaultInstance(), histories::add);
        final ObservationHistory q3 = histories.get(2);
        final ObservationHistory q1Next = histories.get(4);

        assertThat(valueAsOf(q3, "2024-01-24")).isEmpty();
        assertThat(valueAsOf(q3, "2024-01-25")).contains("0 27610128e-3");
        assertThat(valueAsOf(q3, "2024-02-27")).contains("0 27610128e-3");
        assertThat(valueAsOf(q3, "2024-02-28")).contains("1 27623543e-3");
        assertThat(valueAsOf(q3, "2024-03-27")).contains("1 27623543e-3");
        assertThat(valueAsOf(q3, "2024-03-28")).contains("2 27610128e-3");
        assertThat(valueAsOf(q3, "2030-01-01")).contains("2 27610128e-3");
        assertThat(valueAsOf(q1Next, "2024-04-24")).isEmpty();
        assertThat(valueAsOf(q1Next, "2024-04-25")).contains("0 28269174e-3");
        assertThat(valueAsOf(ObservationHistory.getDefaultInstance(), "2024-04-25")).isEmpty();
    }

    @Test
    void recordsAValueWithdrawnAfterReleaseAsARevisionWithoutValue() throws IOException {
        final String file = """
            observation_date,PAYEMS_20240105,PAYEMS_20240202,PAYEMS_20240308
            2023-12-01,157304,.,157347
            """;

        final AlfredImport imported = importer.importFrom(
            new StringReader(file), "PAYEMS.csv", EconomicIndicator.getDefaultInstance(), histories::add);

        assertThat(imported.result()).isEqualTo(new ImportResult(1, 3, 1, 0, List.of()));
        assertThat(revisions(histories.getFirst())).containsExactly(
            "0 157304e0 2024-01-05..2024-02-01",
            "1 missing 2024-02-02..2024-03-07",
            "2 157347e0 2024-03-08..");
        assertThat(valueAsOf(histories.getFirst(), "2024-02-15")).contains("1 missing");
        assertThat(imported.indicator().getFrequency()).isEqualTo(Frequency.FREQUENCY_UNSPECIFIED); // a single period
    }

    @Test
    void infersTheFrequencyFromThePeriodSpacing() throws IOException {
        assertThat(frequencyOf("2024-01-01", "2024-02-01", "2024-04-01")).isEqualTo(Frequency.FREQUENCY_MONTHLY);
        assertThat(frequencyOf("2021-01-01", "2022-01-01", "2023-01-01")).isEqualTo(Frequency.FREQUENCY_ANNUAL);
        assertThat(frequencyOf("2024-01-05", "2024-01-12", "2024-01-19")).isEqualTo(Frequency.FREQUENCY_WEEKLY);
        assertThat(frequencyOf("2024-01-05", "2024-01-08", "2024-01-09")).isEqualTo(Frequency.FREQUENCY_DAILY);
        final EconomicIndicator stated = EconomicIndicator.newBuilder().setFrequency(Frequency.FREQUENCY_MONTHLY).build();
        final AlfredImport imported = importer.importFrom(new StringReader(GDP), "GDP.csv", stated, histories::add);
        assertThat(imported.indicator().getFrequency()).isEqualTo(Frequency.FREQUENCY_MONTHLY); // stated wins
    }

    @Test
    void rejectsMalformedRowsByLineNumberAndKeepsReading() throws IOException {
        final String file = """
            observation_date,GDP_20240125,GDP_20240228
            2023-07-01,27610.128,27623.543
            2023-10-1,27938.831,27944.627
            2023-10-01,27938.831,27x
            2023-10-01,27938.831
            2024-01-01,.,28269.174
            """;

        final AlfredImport imported = importer.importFrom(
            new StringReader(file), "GDP.csv", EconomicIndicator.getDefaultInstance(), histories::add);

        assertThat(imported.result().rejections()).map(RejectedRow::toString).containsExactly(
            "line 3: malformed date '2023-10-1'",
            "line 4: GDP_20240228: malformed number '27x'",
            "line 5: expected 3 columns, found 2");
        assertThat(imported.result().rowsRead()).isEqualTo(5);
        assertThat(imported.result().recordsProduced()).isEqualTo(3);
        assertThat(imported.result().valuesSkipped()).isEqualTo(1);
        assertThat(histories).extracting(ObservationHistory::getPeriod).containsExactly(date(2023, 7, 1), date(2024, 1, 1));
    }

    @Test
    void refusesHeadersThatAreNotOneSeriesInAscendingVintages() {
        assertHeaderRefused("observation_date,GDP_20240125,GDPC1_20240228",
            "f.csv: columns of two series, GDP and GDPC1 in header 'observation_date,GDP_20240125,GDPC1_20240228'");
        assertHeaderRefused("observation_date,GDP_20240228,GDP_20240125",
            "f.csv: vintages are not in ascending order at column 3 in header 'observation_date,GDP_20240228,GDP_20240125'");
        assertHeaderRefused("observation_date,GDP_20240230",
            "f.csv: column 2 has no valid vintage date in header 'observation_date,GDP_20240230'");
        assertHeaderRefused("observation_date,GDP",
            "f.csv: column 2 is not SERIES_YYYYMMDD in header 'observation_date,GDP'");
        assertHeaderRefused("observation_date",
            "f.csv: expected 'observation_date,SERIES_YYYYMMDD,...' in header 'observation_date'");
    }

    private void assertHeaderRefused(final String header, final String message) {
        assertThatThrownBy(() -> importer.importFrom(
            new StringReader(header + "\n"), "f.csv", EconomicIndicator.getDefaultInstance(), histories::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage(message);
    }

    private Frequency frequencyOf(final String... periods) throws IOException {
        final StringBuilder file = new StringBuilder("observation_date,X_20240601\n");
        for (final String period : periods) {
            file.append(period).append(",1.0\n");
        }
        return importer.importFrom(new StringReader(file.toString()), "X.csv", EconomicIndicator.getDefaultInstance(), h -> { })
            .indicator().getFrequency();
    }

    private static Optional<String> valueAsOf(final ObservationHistory history, final String isoDate) {
        return RevisionHistory.valueAsOf(history, LocalDate.parse(isoDate)).map(AlfredVintageImporterTest::revisionAndValue);
    }

    private static List<String> revisions(final ObservationHistory history) {
        return history.getRevisionsList().stream()
            .map(revision -> revisionAndValue(revision) + " " + text(revision.getRealtimeStart()) + ".."
                + (revision.hasRealtimeEnd() ? text(revision.getRealtimeEnd()) : ""))
            .toList();
    }

    private static String revisionAndValue(final Observation revision) {
        return revision.getRevision() + " " + (revision.hasValue()
            ? revision.getValue().getMantissa() + "e" + revision.getValue().getExponent()
            : "missing");
    }

    private static String text(final io.fdp.proto.common.v1.LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay()).toString();
    }
}
