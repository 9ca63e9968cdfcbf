package io.fdp.persistence.schema;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What cannot be read from a message type and must be said about its table: its name, natural key, indexes, time
 * partitioning, fields that live elsewhere, timestamps that keep nanoseconds, and when an upsert replaces a row.
 *
 * <p>Configured once, by chained calls, before it is published; then read only.
 */
public final class TableSpec {
    private final String name;
    private final Message prototype;
    private final List<String> key = new ArrayList<>();
    private final List<List<String>> btreeIndexes = new ArrayList<>();
    private final List<String> ginIndexes = new ArrayList<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private final Set<String> nanos = new LinkedHashSet<>();
    private final List<Check> checks = new ArrayList<>();
    private TimePartitioning partitioning;
    private String upsertGuard;

    private TableSpec(final String name, final Message prototype) {
        this.name = Objects.requireNonNull(name, "name");
        this.prototype = Objects.requireNonNull(prototype, "prototype");
    }

    /**
     * Starts the description of a table.
     *
     * @param name table name.
     * @param prototype the default instance of the message type whose records the table stores.
     * @return a spec without key, indexes or partitioning.
     */
    public static TableSpec of(final String name, final Message prototype) {
        return new TableSpec(name, prototype);
    }

    /**
     * Sets the natural primary key; its columns become NOT NULL.
     *
     * @param columns key column names, in index order.
     * @return this spec.
     */
    public TableSpec key(final String... columns) {
        key.clear();
        key.addAll(List.of(columns));
        return this;
    }

    /**
     * Adds a B-tree index.
     *
     * @param columns indexed column names, in order.
     * @return this spec.
     */
    public TableSpec index(final String... columns) {
        btreeIndexes.add(List.of(columns));
        return this;
    }

    /**
     * Adds a GIN index, for array containment.
     *
     * @param column an array column.
     * @return this spec.
     */
    public TableSpec ginIndex(final String column) {
        ginIndexes.add(column);
        return this;
    }

    /**
     * Leaves fields out of the table because another table stores them.
     *
     * @param fieldPaths dotted field paths.
     * @return this spec.
     */
    public TableSpec exclude(final String... fieldPaths) {
        excluded.addAll(List.of(fieldPaths));
        return this;
    }

    /**
     * Keeps the nanoseconds of timestamp fields in a BIGINT {@code <column>_ns} beside the TIMESTAMPTZ.
     *
     * @param fieldPaths dotted paths of {@code Timestamp} fields.
     * @return this spec.
     */
    public TableSpec nanos(final String... fieldPaths) {
        nanos.addAll(List.of(fieldPaths));
        return this;
    }

    /**
     * Adds a CHECK constraint named {@code <table>_<suffix>}.
     *
     * @param suffix name suffix.
     * @param expression boolean SQL expression.
     * @return this spec.
     */
    public TableSpec check(final String suffix, final String expression) {
        checks.add(new Check(name + "_" + suffix, expression));
        return this;
    }

    /**
     * Makes the table a time series, partitioned by time; its time column becomes NOT NULL.
     *
     * @param timePartitioning how rows are split by time.
     * @return this spec.
     */
    public TableSpec partitioned(final TimePartitioning timePartitioning) {
        this.partitioning = timePartitioning;
        return this;
    }

    /**
     * Sets when an upsert may replace an existing row with a different one.
     *
     * @param condition SQL over the existing row {@code cur} and the new row {@code EXCLUDED}.
     * @return this spec.
     */
    public TableSpec upsertGuard(final String condition) {
        this.upsertGuard = condition;
        return this;
    }

    /**
     * The table name.
     *
     * @return the name.
     */
    public String name() {
        return name;
    }

    /**
     * The stored message type.
     *
     * @return its descriptor.
     */
    public Descriptors.Descriptor messageType() {
        return prototype.getDescriptorForType();
    }

    /**
     * The default instance of the stored message type, from which records are built when read.
     *
     * @return the prototype.
     */
    public Message prototype() {
        return prototype;
    }

    /**
     * The natural key.
     *
     * @return key column names; empty for an append-only table.
     */
    public List<String> key() {
        return List.copyOf(key);
    }

    /**
     * The B-tree indexes.
     *
     * @return column lists.
     */
    public List<List<String>> btreeIndexes() {
        return List.copyOf(btreeIndexes);
    }

    /**
     * The GIN indexes.
     *
     * @return indexed columns.
     */
    public List<String> ginIndexes() {
        return List.copyOf(ginIndexes);
    }

    /**
     * Fields left out.
     *
     * @param fieldPath a dotted field path.
     * @return whether the field is not stored in this table.
     */
    public boolean excludes(final String fieldPath) {
        return excluded.contains(fieldPath);
    }

    /**
     * Timestamps that keep nanoseconds.
     *
     * @param fieldPath a dotted field path.
     * @return whether the field gets a {@code _ns} column.
     */
    public boolean keepsNanos(final String fieldPath) {
        return nanos.contains(fieldPath);
    }

    /**
     * The extra CHECK constraints.
     *
     * @return named checks.
     */
    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /**
     * The time partitioning.
     *
     * @return partitioning, or {@code null} for a reference table.
     */
    public TimePartitioning partitioning() {
        return partitioning;
    }

    /**
     * When an upsert replaces a row whose content differs: the configured guard, else, for a message with an
     * {@code event_time}, "the new row is not older", else always.
     *
     * @return SQL over {@code cur} and {@code EXCLUDED}, or {@code null} for no guard.
     */
    public String upsertGuard() {
        if (upsertGuard != null) {
            return upsertGuard;
        }
        if (messageType().findFieldByName("event_time") != null) {
            return "EXCLUDED.event_time IS NULL OR cur.event_time IS NULL OR EXCLUDED.event_time >= cur.event_time";
        }
        return null;
    }
}
