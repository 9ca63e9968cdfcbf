package io.fdp.feed.reference;

import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.RateType;
import io.fdp.proto.reference.v1.RateUnit;
import io.fdp.proto.reference.v1.RateValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static io.fdp.feed.reference.Protos.INGESTION_TIME;
import static io.fdp.feed.reference.Protos.date;
import static io.fdp.feed.reference.Protos.decimal;
import static io.fdp.feed.reference.Protos.midnightUtc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FredSeriesImporterTest {
    private final FredSeriesImporter importer = new FredSeriesImporter(Protos.CLOCK);
    private final List<RateValue> rates = new ArrayList<>();
    private final List<IndexValue> levels = new ArrayList<>();

    @Test
    void importsSofrAsAnOvernightUsdPercentRate() throws IOException {
        final ImportResult result = importer.importRates(SharedData.SOFR, rates::add);

        // awk -F, 'NR>1' SOFR.csv | wc -l: 2173; with a value ($2!=""): 2079; blank: 94.
        assertThat(result).isEqualTo(new ImportResult(2173, 2079, 94, 0, List.of()));
        assertThat(rates.getFirst()).isEqualTo(RateValue.newBuilder()
            .setRateId("FRED.SOFR")
            .setRateType(RateType.RATE_TYPE_OVERNIGHT)
            .setTenor("ON")
            .setBaseCurrency("USD")
            .setValue(decimal(183, -2))
            .setUnit(RateUnit.RATE_UNIT_PERCENT)
            .setObservationDate(date(2018, 4, 3))
            .setPublisher("Federal Reserve Bank of New York")
            .setEventTime(midnightUtc("2018-04-03"))
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(Metadata.newBuilder()
                .setSource(Source.newBuilder().setSystem("FRED").setUri("SOFR.csv"))
                .setRegion("US")
                .setCategory("rates")
                .setReport("SOFR")
                .setIngestionTime(INGESTION_TIME))
            .build());
        assertThat(valueOn(2018, 7, 3)).isEqualTo(decimal(20, -1)); // written "2.0": the decimal is kept
        assertThat(rates.get(999).getObservationDate()).isEqualTo(date(2022, 3, 31));
        assertThat(rates.get(999).getValue()).isEqualTo(decimal(29, -2));
        assertThat(valueOn(2020, 3, 16)).isEqualTo(decimal(26, -2));
        assertThat(rates.getLast().getObservationDate()).isEqualTo(date(2026, 7, 30));
        assertThat(rates.getLast().getValue()).isEqualTo(decimal(365, -2));
        assertThat(rates).noneMatch(rate -> rate.getObservationDate().equals(date(2018, 5, 28))); // blank: Memorial Day
    }

    @Test
    void importsDgs10AsATenYearGovernmentYield() throws IOException {
        final ImportResult result = importer.importRates(SharedData.DGS10, rates::add);

        assertThat(result).isEqualTo(new ImportResult(16_848, 16_129, 719, 0, List.of()));
        assertThat(rates).allMatch(rate -> rate.getRateType() == RateType.RATE_TYPE_GOVERNMENT_YIELD
            && rate.getTenor().equals("P10Y") && rate.getRateId().equals("FRED.DGS10"));
        assertThat(rates.getFirst().getObservationDate()).isEqualTo(date(1962, 1, 2));
        assertThat(rates.getFirst().getValue()).isEqualTo(decimal(406, -2));
        assertThat(valueOn(1962, 1, 15)).isEqualTo(decimal(41, -1));
        assertThat(rates.get(999).getObservationDate()).isEqualTo(date(1966, 1, 5));
        assertThat(rates.get(999).getValue()).isEqualTo(decimal(463, -2));
        assertThat(valueOn(2020, 3, 16)).isEqualTo(decimal(73, -2));
        assertThat(rates.getLast().getObservationDate()).isEqualTo(date(2026, 7, 30));
        assertThat(rates.getLast().getValue()).isEqualTo(decimal(468, -2));
    }

    @Test
    void importsT10y2yAsASpreadWithNegativeValues() throws IOException {
        final ImportResult result = importer.importRates(SharedData.T10Y2Y, rates::add);

        assertThat(result).isEqualTo(new ImportResult(13_089, 12_538, 551, 0, List.of()));
        assertThat(rates.getFirst().getRateType()).isEqualTo(RateType.RATE_TYPE_SPREAD);
        assertThat(rates.getFirst().getTenor()).isEmpty();
        assertThat(rates.getFirst().getValue()).isEqualTo(decimal(68, -2));
        assertThat(rates.get(999).getObservationDate()).isEqualTo(date(1980, 6, 5));
        assertThat(rates.get(999).getValue()).isEqualTo(decimal(105, -2));
        assertThat(valueOn(1978, 8, 18)).isEqualTo(decimal(-4, -2));
        assertThat(valueOn(1980, 3, 20)).isEqualTo(decimal(-241, -2)); // the series minimum
        assertThat(rates.stream().filter(rate -> rate.getValue().getMantissa() < 0)).hasSize(2049);
        assertThat(rates.getLast().getObservationDate()).isEqualTo(date(2026, 7, 31));
        assertThat(rates.getLast().getValue()).isEqualTo(decimal(47, -2));
    }

    @Test
    void importsVixclsAsCboeVixIndexLevels() throws IOException {
        final ImportResult result = importer.importIndexValues(SharedData.VIXCLS, levels::add);

        assertThat(result).isEqualTo(new ImportResult(9543, 9241, 302, 0, List.of()));
        assertThat(levels.getFirst()).isEqualTo(IndexValue.newBuilder()
            .setIndexId("CBOE.VIX")
            .setLevel(decimal(1724, -2))
            .setEventTime(midnightUtc("1990-01-02"))
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(Metadata.newBuilder()
                .setSource(Source.newBuilder().setSystem("FRED").setUri("VIXCLS.csv"))
                .setRegion("US")
                .setCategory("indices")
                .setReport("VIXCLS")
                .setIngestionTime(INGESTION_TIME))
            .build());
        assertThat(levelOn("1993-12-14")).isEqualTo(decimal(1113, -2));
        assertThat(levelOn("1993-12-27")).isEqualTo(decimal(97, -1));
        assertThat(levelOn("2020-03-16")).isEqualTo(decimal(8269, -2));
        assertThat(levels.get(999).getEventTime()).isEqualTo(midnightUtc("1993-12-14"));
        assertThat(levels.getLast().getEventTime()).isEqualTo(midnightUtc("2026-07-30"));
        assertThat(levels.getLast().getLevel()).isEqualTo(decimal(1709, -2));
    }

    @Test
    void rejectsMalformedRowsByLineNumberAndKeepsReading() throws IOException {
        final String file = """
            observation_date,SOFR
            2024-01-02,5.31
            2024-01-03,
            2024-13-01,5.30
            2024-01-04,5.3x
            2024-01-05,5.32,extra
            2024-01-08

            2024-01-09,.
            2024-01-10,99999999999999999999
            2024-01-11,-0.01
            """;

        final ImportResult result = importer.importRates(new StringReader(file), "SOFR.csv", rates::add);

        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.recordsProduced()).isEqualTo(2);
        assertThat(result.valuesSkipped()).isEqualTo(2);
        assertThat(result.rowsRejected()).isEqualTo(5);
        assertThat(result.rejections()).map(RejectedRow::toString).containsExactly(
            "line 4: malformed date '2024-13-01'",
            "line 5: malformed number '5.3x'",
            "line 6: expected 2 columns, found 3",
            "line 7: expected 2 columns, found 1",
            "line 10: number out of range '99999999999999999999'");
        assertThat(rates).extracting(RateValue::getValue).containsExactly(decimal(531, -2), decimal(-1, -2));
    }

    @Test
    void refusesAnUnknownSeriesNamingTheKnownOnes() {
        final String file = "observation_date,UNRATE\n2024-01-01,3.7\n";

        assertThatThrownBy(() -> importer.importRates(new StringReader(file), "UNRATE.csv", rates::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("UNRATE.csv: unknown FRED series 'UNRATE'; known series: DGS10, SOFR, T10Y2Y, VIXCLS");
        assertThat(rates).isEmpty();
    }

    @Test
    void refusesASeriesOfTheOtherKind() {
        assertThatThrownBy(() -> importer.importRates(SharedData.VIXCLS, rates::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("VIXCLS.csv: FRED series 'VIXCLS' is of kind INDEX, not RATE; use importIndexValues");
        assertThatThrownBy(() -> importer.importIndexValues(SharedData.SOFR, levels::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("SOFR.csv: FRED series 'SOFR' is of kind RATE, not INDEX; use importRates");
    }

    @Test
    void refusesAFileWithoutTheFredHeader() {
        assertThatThrownBy(() -> importer.importRates(new StringReader("2024-01-02,5.31\n"), "x.csv", rates::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("x.csv: expected the header 'observation_date,SERIES', found '2024-01-02,5.31'");
        assertThatThrownBy(() -> importer.importRates(new StringReader(""), "empty.csv", rates::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("empty.csv: empty file, expected a header line");
    }

    @Test
    void importsASeriesFromACallerTable() throws IOException {
        final FredSeriesImporter custom = new FredSeriesImporter(Protos.CLOCK, FredSeries.table(
            FredSeries.rate("DFF", RateType.RATE_TYPE_POLICY, "ON", "Board of Governors of the Federal Reserve System")));
        final String file = "\uFEFFDATE,DFF\r\n2024-01-02,5.33\r\n";

        final ImportResult result = custom.importRates(new StringReader(file), "DFF.csv", rates::add);

        assertThat(result).isEqualTo(new ImportResult(1, 1, 0, 0, List.of()));
        assertThat(rates.getFirst().getRateId()).isEqualTo("FRED.DFF");
        assertThat(rates.getFirst().getRateType()).isEqualTo(RateType.RATE_TYPE_POLICY);
        assertThat(rates.getFirst().getValue()).isEqualTo(decimal(533, -2));
    }

    private io.fdp.proto.common.v1.Decimal valueOn(final int year, final int month, final int day) {
        return rates.stream()
            .filter(rate -> rate.getObservationDate().equals(date(year, month, day)))
            .findFirst().orElseThrow()
            .getValue();
    }

    private io.fdp.proto.common.v1.Decimal levelOn(final String isoDate) {
        return levels.stream()
            .filter(level -> level.getEventTime().equals(midnightUtc(isoDate)))
            .findFirst().orElseThrow()
            .getLevel();
    }
}
