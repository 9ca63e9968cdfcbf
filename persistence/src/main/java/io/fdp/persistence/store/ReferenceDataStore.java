package io.fdp.persistence.store;

import com.google.protobuf.Message;
import io.fdp.persistence.db.PersistenceException;
import io.fdp.persistence.row.MessageTables;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.proto.analytics.v1.NewsSentiment;
import io.fdp.proto.analytics.v1.RiskMetric;
import io.fdp.proto.instrument.v1.CorporateAction;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SettlementInstruction;
import io.fdp.proto.reference.v1.EconomicIndicator;
import io.fdp.proto.reference.v1.IndexConstituent;
import io.fdp.proto.reference.v1.IndexValue;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;
import io.fdp.proto.reference.v1.RateValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Idempotent writes of reference data: every put upserts by the record's natural key (see {@link StorableTables}),
 * so importing the same file twice changes nothing, and a record whose content changed replaces the stored one
 * unless it is older (see {@link io.fdp.persistence.schema.TableSpec#upsertGuard()}).
 *
 * <p>Each put runs in one transaction and returns how many rows it inserted or changed. Thread-safe.
 */
public final class ReferenceDataStore {
    private final DataSource dataSource;
    private final TableWriter writer;
    private final MessageTables tables = MessageTables.fdp();

    /**
     * Creates a store that writes by binary COPY.
     *
     * @param dataSource the database.
     */
    public ReferenceDataStore(final DataSource dataSource) {
        this(dataSource, WriteStrategy.COPY_BINARY);
    }

    /**
     * Creates a store.
     *
     * @param dataSource the database.
     * @param strategy how rows reach it.
     */
    public ReferenceDataStore(final DataSource dataSource, final WriteStrategy strategy) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writer = strategy.writer();
    }

    /**
     * Stores instruments, by instrument id.
     *
     * @param instruments the instruments.
     * @return rows inserted or changed.
     */
    public long putInstruments(final Collection<SecurityInfo> instruments) {
        return upsert(StorableTables.INSTRUMENTS, instruments);
    }

    /**
     * Stores rate values, by rate id and observation date.
     *
     * @param rates the values.
     * @return rows inserted or changed.
     */
    public long putRates(final Collection<RateValue> rates) {
        return upsert(StorableTables.RATES, rates);
    }

    /**
     * Stores index levels, by index id and event time, and the constituents they carry, in one transaction.
     *
     * @param values the levels.
     * @return rows of both tables inserted or changed.
     */
    public long putIndexValues(final Collection<IndexValue> values) {
        final List<IndexConstituent> constituents = new ArrayList<>();
        values.forEach(value -> constituents.addAll(value.getConstituentsList()));
        return inTransaction(connection -> writer.upsert(connection, tables.table(StorableTables.INDEX_VALUES), List.copyOf(values))
            + writer.upsert(connection, tables.table(StorableTables.INDEX_CONSTITUENTS), constituents));
    }

    /**
     * Stores index constituents, by index id, instrument id and effective date.
     *
     * @param constituents the constituents.
     * @return rows inserted or changed.
     */
    public long putIndexConstituents(final Collection<IndexConstituent> constituents) {
        return upsert(StorableTables.INDEX_CONSTITUENTS, constituents);
    }

    /**
     * Stores indicator descriptions, by indicator id.
     *
     * @param indicators the descriptions.
     * @return rows inserted or changed.
     */
    public long putIndicators(final Collection<EconomicIndicator> indicators) {
        return upsert(StorableTables.ECONOMIC_INDICATORS, indicators);
    }

    /**
     * Stores observations (one row per vintage), by indicator id, period and real-time start; a revision closed by a
     * later vintage stays closed.
     *
     * @param observations the observations.
     * @return rows inserted or changed.
     */
    public long putObservations(final Collection<Observation> observations) {
        return upsert(StorableTables.OBSERVATIONS, observations);
    }

    /**
     * Stores every revision of observation histories, as {@link #putObservations}.
     *
     * @param histories the histories, such as the ALFRED importer's.
     * @return rows inserted or changed.
     */
    public long putObservationHistories(final Collection<ObservationHistory> histories) {
        final List<Observation> revisions = new ArrayList<>();
        histories.forEach(history -> revisions.addAll(history.getRevisionsList()));
        return putObservations(revisions);
    }

    /**
     * Stores corporate actions, by action id.
     *
     * @param actions the actions.
     * @return rows inserted or changed.
     */
    public long putCorporateActions(final Collection<CorporateAction> actions) {
        return upsert(StorableTables.CORPORATE_ACTIONS, actions);
    }

    /**
     * Stores settlement instructions, by instruction id.
     *
     * @param instructions the instructions.
     * @return rows inserted or changed.
     */
    public long putSettlementInstructions(final Collection<SettlementInstruction> instructions) {
        return upsert(StorableTables.SETTLEMENT_INSTRUCTIONS, instructions);
    }

    /**
     * Stores risk metrics, by metric id.
     *
     * @param metrics the metrics.
     * @return rows inserted or changed.
     */
    public long putRiskMetrics(final Collection<RiskMetric> metrics) {
        return upsert(StorableTables.RISK_METRICS, metrics);
    }

    /**
     * Stores scored news items, by news id.
     *
     * @param items the items.
     * @return rows inserted or changed.
     */
    public long putNewsSentiment(final Collection<NewsSentiment> items) {
        return upsert(StorableTables.NEWS_SENTIMENT, items);
    }

    private long upsert(final String table, final Collection<? extends Message> rows) {
        final List<? extends Message> list = List.copyOf(rows);
        return inTransaction(connection -> writer.upsert(connection, tables.table(table), list));
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    private interface Work {
        long run(Connection connection) throws SQLException;
    }

    private long inTransaction(final Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                final long changed = work.run(connection);
                connection.commit();
                return changed;
            } catch (final SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (final SQLException e) {
            throw new PersistenceException("cannot store reference data: " + e.getMessage(), e);
        }
    }
}
