package io.fdp.persistence.query;

import static io.fdp.persistence.testing.Protos.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.fdp.feed.reference.AlfredImport;
import io.fdp.feed.reference.AlfredVintageImporter;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.persistence.store.ReferenceDataStore;
import io.fdp.persistence.testing.Rows;
import io.fdp.persistence.testing.TestPostgres;
import io.fdp.proto.api.v1.ListObservationsRequest;
import io.fdp.proto.api.v1.ListObservationsResponse;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.Frequency;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;
import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * As-of queries over a revision history imported by the ALFRED importer. Quarterly GDP, two periods: Q4 2023 released
 * 2024-01-25 and revised on 2024-02-28 and 2024-03-28; Q1 2024 released 2024-04-25 and revised on 2024-05-30.
 */
@Timeout(120)
class ObservationQueriesIT {
    private static final String VINTAGES = """
        observation_date,GDP_20240125,GDP_20240228,GDP_20240328,GDP_20240425,GDP_20240530
        2023-10-01,27939.0,27956.0,27957.0,27957.0,27957.0
        2024-01-01,.,.,.,28269.2,28255.2
        """;
    private static final String EARLY_VINTAGES = """
        observation_date,GDP_20240125,GDP_20240228
        2023-10-01,27939.0,27956.0
        """;

    private static Database database;
    private static ReferenceDataStore store;
    private static ReferenceDataQueries queries;
    private static List<ObservationHistory> histories;

    @BeforeAll
    static void open() throws IOException {
        database = TestPostgres.migratedDatabase("observation_queries");
        store = new ReferenceDataStore(database.dataSource());
        queries = new ReferenceDataQueries(database.dataSource());
        histories = new ArrayList<>();
        final AlfredImport imported = importer().importFrom(new StringReader(VINTAGES), "GDP_vintages.csv",
            EconomicIndicator.newBuilder().setName("Gross Domestic Product").setUnit("Billions of Dollars").build(), histories::add);
        store.putIndicators(List.of(imported.indicator()));
        assertThat(store.putObservationHistories(histories)).isEqualTo(5);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static AlfredVintageImporter importer() {
        return new AlfredVintageImporter(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static List<String> values(final List<Observation> observations) {
        final List<String> values = new ArrayList<>();
        for (final Observation observation : observations) {
            final Decimal value = observation.getValue();
            values.add(ProtoValues.localDate(observation.getPeriod()) + "=" + ProtoValues.bigDecimal(value).toPlainString()
                + (observation.hasRealtimeEnd() ? " until " + ProtoValues.localDate(observation.getRealtimeEnd()) : ""));
        }
        return values;
    }

    private static List<Observation> asOf(final String date) {
        return queries.observationsAsOf("FRED.GDP", null, null, LocalDate.parse(date));
    }

    @Test
    void returnsTheVintageKnownOnADate() {
        assertThat(values(asOf("2024-01-24"))).isEmpty();
        assertThat(values(asOf("2024-01-25"))).containsExactly("2023-10-01=27939.0");
        assertThat(values(asOf("2024-02-27"))).containsExactly("2023-10-01=27939.0");
        assertThat(values(asOf("2024-02-28"))).containsExactly("2023-10-01=27956.0");
        assertThat(values(asOf("2024-05-01"))).containsExactly("2023-10-01=27957.0", "2024-01-01=28269.2");
        assertThat(values(asOf("2030-01-01"))).containsExactly("2023-10-01=27957.0", "2024-01-01=28255.2");
    }

    @Test
    void returnsTheLatestVintagesWithoutADate() {
        final ListObservationsResponse latest = queries.listObservations(ListObservationsRequest.newBuilder().setIndicatorId("FRED.GDP")
            .build());
        assertThat(values(latest.getObservationsList())).containsExactly("2023-10-01=27957.0", "2024-01-01=28255.2");
        assertThat(latest.getObservations(1)).isEqualTo(histories.get(1).getRevisions(1));
        assertThat(latest.getIndicator().getName()).isEqualTo("Gross Domestic Product");
        assertThat(latest.getIndicator().getFrequency()).isEqualTo(Frequency.FREQUENCY_QUARTERLY);
    }

    @Test
    void returnsTheRevisionHistoriesAsKnownOnADate() {
        final ListObservationsResponse response = queries.listObservations(ListObservationsRequest.newBuilder().setIndicatorId("FRED.GDP")
            .setAsOfDate(date("2024-05-01")).setIncludeRevisions(true).build());
        assertThat(response.getHistoriesList()).hasSize(2);
        assertThat(values(response.getHistories(0).getRevisionsList()))
            .containsExactly("2023-10-01=27939.0 until 2024-02-27", "2023-10-01=27956.0 until 2024-03-27", "2023-10-01=27957.0");
        assertThat(values(response.getHistories(1).getRevisionsList())).containsExactly("2024-01-01=28269.2");
        assertThat(response.getHistories(0)).isEqualTo(histories.get(0));
        assertThat(response.getHistories(1).getRevisions(0)).isEqualTo(histories.get(1).getRevisions(0).toBuilder().clearRealtimeEnd()
            .build());
    }

    @Test
    void reimportingChangesNothingAndAnOlderFileCannotReopenARevision() throws IOException, SQLException {
        final List<ObservationHistory> again = new ArrayList<>();
        importer().importFrom(new StringReader(VINTAGES), "GDP_vintages.csv", EconomicIndicator.getDefaultInstance(), again::add);
        assertThat(store.putObservationHistories(again)).isZero();

        final List<ObservationHistory> early = new ArrayList<>();
        importer().importFrom(new StringReader(EARLY_VINTAGES), "GDP_vintages.csv", EconomicIndicator.getDefaultInstance(), early::add);
        assertThat(early.get(0).getRevisions(1).hasRealtimeEnd()).isFalse();
        assertThat(store.putObservationHistories(early)).isZero();
        assertThat(Rows.count(database.dataSource(), "SELECT count(*) FROM observations WHERE indicator_id = 'FRED.GDP'")).isEqualTo(5);
        assertThat(values(asOf("2024-03-01"))).containsExactly("2023-10-01=27956.0");
        assertThat(values(queries.histories("FRED.GDP", LocalDate.parse("2023-10-01"), LocalDate.parse("2023-10-01"), null)
            .get(0).getRevisionsList())).element(1).isEqualTo("2023-10-01=27956.0 until 2024-03-27");
    }
}
