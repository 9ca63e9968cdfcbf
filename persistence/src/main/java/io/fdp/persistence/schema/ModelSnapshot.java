package io.fdp.persistence.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The schema as it stands after one migration version, committed beside the migrations
 * ({@code db/model/V<n>.model}) so the generator can tell what a schema change adds and re-create its own
 * migrations byte for byte.
 *
 * <p>Text, tab-separated, one line per table, column, key, index, check and partitioning:
 * <pre>
 * version  2
 * scripts  V1__schema.sql,V2__partitions_postgres.sql,V2__hypertables_timescale.sql
 * origin   generated
 * table    rates  fdp.reference.v1.RateValue
 * column   rate_id  TEXT  scalar  not null  ''  rate_id  (enum names)
 * key      rate_id,observation_date
 * </pre>
 *
 * @param version the migration version the model is the result of.
 * @param scripts the migration files of that version.
 * @param origin {@link #GENERATED} or {@link #HAND_WRITTEN}.
 * @param model the schema.
 */
public record ModelSnapshot(int version, List<String> scripts, String origin, SchemaModel model) {
    /** The migration of this version was written by the generator, which can write it again identically. */
    public static final String GENERATED = "generated";
    /** The migration of this version was written by hand; the generator only records its outcome. */
    public static final String HAND_WRITTEN = "hand-written";

    private static final String TAB = "\t";

    /**
     * Copies the scripts.
     *
     * @param version migration version.
     * @param scripts migration file names.
     * @param origin generated or hand-written.
     * @param model the schema.
     */
    public ModelSnapshot {
        scripts = List.copyOf(scripts);
    }

    /**
     * Writes the snapshot as text.
     *
     * @return the file content.
     */
    public String format() {
        final StringBuilder text = new StringBuilder()
            .append("# The fdp schema after migration V").append(version).append(". Written by SchemaGenerator; do not edit.\n")
            .append("version").append(TAB).append(version).append('\n')
            .append("scripts").append(TAB).append(String.join(",", scripts)).append('\n')
            .append("origin").append(TAB).append(origin).append('\n');
        for (final Table table : model.tables()) {
            text.append('\n').append("table").append(TAB).append(table.name()).append(TAB).append(table.messageType()).append('\n');
            for (final Column column : table.columns()) {
                text.append(columnLine(column)).append('\n');
            }
            if (!table.primaryKey().isEmpty()) {
                text.append("key").append(TAB).append(String.join(",", table.primaryKey())).append('\n');
            }
            for (final Index index : table.indexes()) {
                text.append("index").append(TAB).append(index.name()).append(TAB).append(index.method()).append(TAB)
                    .append(String.join(",", index.columns())).append('\n');
            }
            for (final Check check : table.checks()) {
                text.append("check").append(TAB).append(check.name()).append(TAB).append(check.expression()).append('\n');
            }
            final TimePartitioning partitioning = table.partitioning();
            if (partitioning != null) {
                text.append(String.join(TAB, "partition", partitioning.timeColumn(), partitioning.unit(), partitioning.compressSegmentBy(),
                    partitioning.compressOrderBy(), partitioning.compressAfter())).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The line describing a column, also used to compare columns.
     *
     * @param column the column.
     * @return its tab-separated description.
     */
    static String columnLine(final Column column) {
        return String.join(TAB, "column", column.name(), column.kind().name(), column.array() ? "array" : "scalar",
            column.nullable() ? "null" : "not null", column.defaultSql() == null ? "" : column.defaultSql(), column.fieldPath(),
            String.join(",", column.enumValues()));
    }

    /**
     * Reads a snapshot.
     *
     * @param text the file content.
     * @param source file name for error messages.
     * @return the snapshot.
     * @throws IllegalArgumentException if the text is not a snapshot.
     */
    public static ModelSnapshot parse(final String text, final String source) {
        int version = -1;
        List<String> scripts = List.of();
        String origin = GENERATED;
        final List<Table> tables = new ArrayList<>();
        TableParts table = null;
        int lineNumber = 0;
        for (final String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] f = line.split(TAB, -1);
            try {
                switch (f[0]) {
                    case "version" -> version = Integer.parseInt(f[1]);
                    case "scripts" -> scripts = Arrays.asList(f[1].split(","));
                    case "origin" -> origin = f[1];
                    case "table" -> {
                        if (table != null) {
                            tables.add(table.build());
                        }
                        table = new TableParts(f[1], f[2]);
                    }
                    default -> requireTable(table).add(f);
                }
            } catch (final RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": not a schema model line: " + line, e);
            }
        }
        if (table != null) {
            tables.add(table.build());
        }
        if (version < 1) {
            throw new IllegalArgumentException(source + ": no version line");
        }
        return new ModelSnapshot(version, scripts, origin, new SchemaModel(tables));
    }

    private static TableParts requireTable(final TableParts table) {
        if (table == null) {
            throw new IllegalArgumentException("line before the first table");
        }
        return table;
    }

    /** A table being read. */
    private static final class TableParts {
        private final String name;
        private final String messageType;
        private final List<Column> columns = new ArrayList<>();
        private List<String> key = List.of();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private TimePartitioning partitioning;

        TableParts(final String name, final String messageType) {
            this.name = name;
            this.messageType = messageType;
        }

        void add(final String[] f) {
            switch (f[0]) {
                case "column" -> columns.add(new Column(f[1], ColumnKind.valueOf(f[2]), "array".equals(f[3]), "null".equals(f[4]),
                    f[5].isEmpty() ? null : f[5], f[7].isEmpty() ? List.of() : Arrays.asList(f[7].split(",")), f[6]));
                case "key" -> key = Arrays.asList(f[1].split(","));
                case "index" -> indexes.add(new Index(f[1], f[2], Arrays.asList(f[3].split(","))));
                case "check" -> checks.add(new Check(f[1], f[2]));
                case "partition" -> partitioning = new TimePartitioning(f[1], f[2], f[3], f[4], f[5]);
                default -> throw new IllegalArgumentException("unknown line kind " + f[0]);
            }
        }

        Table build() {
            return new Table(name, messageType, columns, key, indexes, checks, partitioning);
        }
    }
}
