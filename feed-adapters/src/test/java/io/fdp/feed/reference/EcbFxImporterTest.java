package io.fdp.feed.reference;

import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.reference.v1.RateType;
import io.fdp.proto.reference.v1.RateUnit;
import io.fdp.proto.reference.v1.RateValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.fdp.feed.reference.Protos.INGESTION_TIME;
import static io.fdp.feed.reference.Protos.date;
import static io.fdp.feed.reference.Protos.decimal;
import static io.fdp.feed.reference.Protos.midnightUtc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcbFxImporterTest {
    private final EcbFxImporter importer = new EcbFxImporter(Protos.CLOCK);

    @Test
    void importsEveryQuotedRateOfTheHistoryFile() throws IOException {
        final Map<String, Integer> countByCurrency = new TreeMap<>();
        final List<RateValue> kept = new ArrayList<>();
        final RateValue[] last = new RateValue[1];

        final ImportResult result = importer.importFile(SharedData.ECB_FX, rate -> {
            countByCurrency.merge(rate.getQuoteCurrency(), 1, Integer::sum);
            final io.fdp.proto.common.v1.LocalDate day = rate.getObservationDate();
            if (day.equals(date(2026, 4, 13)) || day.equals(date(2020, 3, 16)) || day.equals(date(1999, 1, 5))) {
                kept.add(rate);
            }
            last[0] = rate;
        });

        // 6,983 dates x 41 currencies = 286,303 cells: 217,555 rates and 68,748 N/A (grep -o N/A | wc -l).
        assertThat(result).isEqualTo(new ImportResult(6983, 217_555, 68_748, 0, List.of()));
        assertThat(countByCurrency).hasSize(41);
        assertThat(countByCurrency).containsEntry("USD", 6983).containsEntry("ROL", 1664);
        assertThat(kept.getFirst()).isEqualTo(RateValue.newBuilder()
            .setRateId("ECB.EUR.USD")
            .setRateType(RateType.RATE_TYPE_FX_SPOT)
            .setBaseCurrency("EUR")
            .setQuoteCurrency("USD")
            .setValue(decimal(11_684, -4))
            .setUnit(RateUnit.RATE_UNIT_PRICE)
            .setObservationDate(date(2026, 4, 13))
            .setPublisher("European Central Bank")
            .setEventTime(midnightUtc("2026-04-13"))
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(Metadata.newBuilder()
                .setSource(Source.newBuilder().setSystem("ECB").setFeed("EXR").setUri("eurofxref-hist.csv"))
                .setRegion("EU")
                .setCategory("fx")
                .setReport("EXR.D.USD.EUR.SP00.A")
                .setIngestionTime(INGESTION_TIME))
            .build());
        assertThat(kept.stream().filter(rate -> rate.getObservationDate().equals(date(2026, 4, 13)))).hasSize(29);
        assertThat(kept.stream().filter(rate -> rate.getObservationDate().equals(date(2020, 3, 16)))).hasSize(32);
        assertThat(rateOn(kept, "USD", date(2020, 3, 16))).isEqualTo(decimal(11_157, -4));
        assertThat(rateOn(kept, "GBP", date(2020, 3, 16))).isEqualTo(decimal(90_918, -5));
        assertThat(rateOn(kept, "KRW", date(2020, 3, 16))).isEqualTo(decimal(137_334, -2));
        assertThat(rateOn(kept, "ROL", date(1999, 1, 5))).isEqualTo(decimal(13_168, 0));
        assertThat(rateOn(kept, "TRL", date(1999, 1, 5))).isEqualTo(decimal(372_816, 0));
        assertThat(last[0].getRateId()).isEqualTo("ECB.EUR.ZAR");
        assertThat(last[0].getObservationDate()).isEqualTo(date(1999, 1, 4));
        assertThat(last[0].getValue()).isEqualTo(decimal(69_358, -4));
    }

    @Test
    void rejectsMalformedRowsWholeAndKeepsReading() throws IOException {
        final String file = """
            Date,USD,JPY,CYP,
            2024-01-03,1.0919,155.50,N/A,
            2024-01-02,1.0956,N/A,N/A,
            2024-01-32,1.09,155,N/A,
            2024-01-01,1.09,15x,N/A,
            2023-12-29,1.1050,156.33
            2023-12-28,1.1114,157.13,N/A
            2023-12-27,1.1,157.1,N/A,,
            """;
        final List<RateValue> rates = new ArrayList<>();

        final ImportResult result = importer.importFrom(new StringReader(file), "eurofxref.csv", rates::add);

        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.recordsProduced()).isEqualTo(5);
        assertThat(result.valuesSkipped()).isEqualTo(4);
        assertThat(result.rejections()).map(RejectedRow::toString).containsExactly(
            "line 4: malformed date '2024-01-32'",
            "line 5: JPY: malformed number '15x'",
            "line 6: expected 4 columns, found 3",
            "line 8: expected 4 columns, found 6");
        assertThat(rates).extracting(RateValue::getRateId)
            .containsExactly("ECB.EUR.USD", "ECB.EUR.JPY", "ECB.EUR.USD", "ECB.EUR.USD", "ECB.EUR.JPY");
        assertThat(rates.get(1).getValue()).isEqualTo(decimal(15_550, -2));
    }

    @Test
    void refusesAHeaderWithoutCurrencyCodes() {
        assertThatThrownBy(() -> importer.importFrom(new StringReader("Date,USD,usd\n"), "fx.csv", rate -> { }))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("fx.csv: column 3 is not an ISO 4217 code: 'usd'");
        assertThatThrownBy(() -> importer.importFrom(new StringReader("Day,USD\n"), "fx.csv", rate -> { }))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("fx.csv: expected the header 'Date,CCY,...', found 'Day,USD'");
    }

    private static io.fdp.proto.common.v1.Decimal rateOn(final List<RateValue> rates, final String currency,
                                                        final io.fdp.proto.common.v1.LocalDate day) {
        return rates.stream()
            .filter(rate -> rate.getQuoteCurrency().equals(currency) && rate.getObservationDate().equals(day))
            .findFirst().orElseThrow()
            .getValue();
    }
}
