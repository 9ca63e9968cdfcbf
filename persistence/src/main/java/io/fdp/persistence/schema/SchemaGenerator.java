package io.fdp.persistence.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the committed migrations ({@code src/main/resources/db/migration}) in step with the Protobuf schemas.
 *
 * <p>The first run writes {@code V1__schema.sql} (reference tables) and the two variants of version 2,
 * {@code V2__partitions_postgres.sql} and {@code V2__hypertables_timescale.sql} (time-series tables), with
 * {@code db/model/V2.model}, the schema they create. Every later run compares the schema derived from the
 * descriptors with the newest model: when fields were added it appends {@code V<n+1>__add_columns.sql} (ADD COLUMN,
 * and replaced enum CHECKs for added enum values) and {@code db/model/V<n+1>.model}; any other change stops it with
 * the reasons, asking for a hand-written {@code V<n+1>__*.sql}, whose outcome it records when run with
 * {@code -Dfdp.schema.hand-written=<n+1>}. It also re-creates every migration it wrote before, so an edited generated
 * migration shows up as a file to write. {@code db/migration/index.txt} lists the migrations for the migrator.
 *
 * <p>Command: {@value PostgresDdl#REGENERATE_COMMAND}.
 */
public final class SchemaGenerator {
    /** System property naming the version of a hand-written migration whose resulting schema should be recorded. */
    public static final String HAND_WRITTEN_PROP_NAME = "fdp.schema.hand-written";

    /** Directory of the migrations, relative to the {@code db} directory. */
    public static final String MIGRATION_DIRECTORY = "migration";
    /** Directory of the model snapshots, relative to the {@code db} directory. */
    public static final String MODEL_DIRECTORY = "model";
    /** The list of migrations in order, in the migration directory. */
    public static final String INDEX_FILE = "index.txt";

    /** The reference-table migration. */
    public static final String SCHEMA_SCRIPT = "V1__schema.sql";
    /** The time-series migration for plain PostgreSQL. */
    public static final String PARTITIONS_SCRIPT = "V2__partitions_postgres.sql";
    /** The time-series migration for TimescaleDB. */
    public static final String HYPERTABLES_SCRIPT = "V2__hypertables_timescale.sql";

    private static final int BASE_VERSION = 2;
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__\\w+\\.sql");
    private static final Pattern MODEL = Pattern.compile("V(\\d+)\\.model");

    private SchemaGenerator() {
    }

    /**
     * Regenerates the migrations.
     *
     * @param args the {@code db} resource directory (default {@code persistence/src/main/resources/db}).
     * @throws IOException if files cannot be read or written.
     * @throws IllegalStateException if the schema changed in a way that needs a hand-written migration.
     */
    public static void main(final String[] args) throws IOException {
        final Path db = Path.of(args.length > 0 ? args[0] : "persistence/src/main/resources/db");
        final MigrationPlan plan = plan(db, ProtoSchemaMapper.fdp(), Integer.getInteger(HAND_WRITTEN_PROP_NAME, 0));
        if (!plan.problems().isEmpty()) {
            throw new IllegalStateException("Cannot regenerate the migrations in " + db + ":\n" + String.join("\n", plan.problems()));
        }
        plan.apply(db);
        if (plan.writes().isEmpty()) {
            System.out.println("Migrations in " + db + " are up to date.");
        } else {
            plan.writes().keySet().forEach(path -> System.out.println("Wrote " + db.resolve(path)));
        }
    }

    /**
     * Works out what to write.
     *
     * @param db the {@code db} resource directory (it may not exist yet).
     * @param current the schema derived from the Protobuf descriptors.
     * @param handWrittenVersion version of a hand-written migration to record the current schema for, or 0.
     * @return the files that differ from what the generator makes, and the problems.
     * @throws IOException if files cannot be read.
     */
    public static MigrationPlan plan(final Path db, final SchemaModel current, final int handWrittenVersion) throws IOException {
        final Map<String, String> expected = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        final List<ModelSnapshot> snapshots = readSnapshots(db.resolve(MODEL_DIRECTORY));
        final ModelSnapshot latest;
        if (snapshots.isEmpty()) {
            latest = new ModelSnapshot(BASE_VERSION, List.of(SCHEMA_SCRIPT, PARTITIONS_SCRIPT, HYPERTABLES_SCRIPT), ModelSnapshot.GENERATED,
                current);
            addBase(expected, latest);
        } else {
            latest = regenerateCommitted(snapshots, expected, problems);
        }
        final SchemaDiff diff = SchemaDiff.between(latest.model(), current);
        if (!diff.isEmpty()) {
            addNextVersion(db, latest.version() + 1, diff, current, handWrittenVersion, expected, problems);
        }
        expected.put(MIGRATION_DIRECTORY + "/" + INDEX_FILE, index(db.resolve(MIGRATION_DIRECTORY), expected));
        final Map<String, String> writes = new TreeMap<>();
        for (final var entry : expected.entrySet()) {
            final Path file = db.resolve(entry.getKey());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(entry.getValue())) {
                writes.put(entry.getKey(), entry.getValue());
            }
        }
        return new MigrationPlan(new TreeMap<>(writes), problems);
    }

    private static void addBase(final Map<String, String> expected, final ModelSnapshot base) {
        expected.put(MIGRATION_DIRECTORY + "/" + SCHEMA_SCRIPT, PostgresDdl.schemaScript(base.model()));
        expected.put(MIGRATION_DIRECTORY + "/" + PARTITIONS_SCRIPT, PostgresDdl.partitionsScript(base.model()));
        expected.put(MIGRATION_DIRECTORY + "/" + HYPERTABLES_SCRIPT, PostgresDdl.hypertablesScript(base.model()));
        expected.put(modelPath(base.version()), base.format());
    }

    /** Re-creates every migration the generator wrote before, from the snapshots; returns the newest snapshot. */
    private static ModelSnapshot regenerateCommitted(final List<ModelSnapshot> snapshots, final Map<String, String> expected,
        final List<String> problems) {
        final ModelSnapshot base = snapshots.get(0);
        if (base.version() != BASE_VERSION) {
            problems.add("the oldest schema model is V" + base.version() + ".model; the generator starts at V" + BASE_VERSION + ".model");
        }
        addBase(expected, base);
        ModelSnapshot previous = base;
        for (final ModelSnapshot snapshot : snapshots.subList(1, snapshots.size())) {
            if (snapshot.version() != previous.version() + 1) {
                problems.add("schema models jump from V" + previous.version() + " to V" + snapshot.version());
            }
            if (ModelSnapshot.GENERATED.equals(snapshot.origin())) {
                final SchemaDiff diff = SchemaDiff.between(previous.model(), snapshot.model());
                if (!diff.problems().isEmpty() || snapshot.scripts().size() != 1) {
                    problems.add("V" + snapshot.version() + ".model is marked generated, but the generator cannot write its migration: "
                        + diff.problems());
                } else {
                    expected.put(MIGRATION_DIRECTORY + "/" + snapshot.scripts().get(0), diff.script(snapshot.version()));
                }
            }
            expected.put(modelPath(snapshot.version()), snapshot.format());
            previous = snapshot;
        }
        return previous;
    }

    private static void addNextVersion(final Path db, final int version, final SchemaDiff diff, final SchemaModel current,
        final int handWrittenVersion, final Map<String, String> expected, final List<String> problems) throws IOException {
        if (handWrittenVersion == version) {
            final List<String> scripts = scriptsOf(db.resolve(MIGRATION_DIRECTORY), version);
            if (scripts.isEmpty()) {
                problems.add("no hand-written migration V" + version + "__<description>.sql in " + db.resolve(MIGRATION_DIRECTORY));
            } else {
                expected.put(modelPath(version), new ModelSnapshot(version, scripts, ModelSnapshot.HAND_WRITTEN, current).format());
            }
            return;
        }
        if (!diff.problems().isEmpty()) {
            final List<String> lines = new ArrayList<>();
            lines.add("The Protobuf schemas changed in ways the generator does not migrate on its own:");
            diff.problems().forEach(problem -> lines.add("  - " + problem));
            lines.add("Write migration/V" + version + "__<description>.sql by hand (or one file per dialect, ending _postgres.sql and"
                + " _timescale.sql), then record the schema it leads to with");
            lines.add("  " + PostgresDdl.REGENERATE_COMMAND + " -D" + HAND_WRITTEN_PROP_NAME + "=" + version);
            problems.add(String.join("\n", lines));
            return;
        }
        final String script = "V" + version + "__" + diff.description() + ".sql";
        expected.put(MIGRATION_DIRECTORY + "/" + script, diff.script(version));
        expected.put(modelPath(version), new ModelSnapshot(version, List.of(script), ModelSnapshot.GENERATED, current).format());
    }

    private static String index(final Path migrations, final Map<String, String> expected) throws IOException {
        final TreeSet<String> scripts = new TreeSet<>(
            Comparator.comparingInt(SchemaGenerator::versionOf).thenComparing(Comparator.naturalOrder()));
        scripts.addAll(scriptsOf(migrations, -1));
        for (final String path : expected.keySet()) {
            final String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.startsWith(MIGRATION_DIRECTORY + "/") && SCRIPT.matcher(name).matches()) {
                scripts.add(name);
            }
        }
        return "# The migrations, in the order they apply. Written by SchemaGenerator.\n" + String.join("\n", scripts) + "\n";
    }

    private static List<String> scriptsOf(final Path migrations, final int version) throws IOException {
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> file.getFileName().toString())
                .filter(name -> SCRIPT.matcher(name).matches() && (version < 0 || versionOf(name) == version))
                .sorted()
                .toList();
        }
    }

    private static int versionOf(final String scriptName) {
        final Matcher matcher = SCRIPT.matcher(scriptName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a migration name: " + scriptName);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static List<ModelSnapshot> readSnapshots(final Path models) throws IOException {
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        final List<ModelSnapshot> snapshots = new ArrayList<>();
        try (Stream<Path> files = Files.list(models)) {
            for (final Path file : files.sorted().toList()) {
                final Matcher matcher = MODEL.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    final ModelSnapshot snapshot = ModelSnapshot.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    if (snapshot.version() != Integer.parseInt(matcher.group(1))) {
                        throw new IllegalArgumentException(file + " holds version " + snapshot.version());
                    }
                    snapshots.add(snapshot);
                }
            }
        }
        snapshots.sort(Comparator.comparingInt(ModelSnapshot::version));
        return snapshots;
    }

    private static String modelPath(final int version) {
        return MODEL_DIRECTORY + "/V" + version + ".model";
    }
}
