package io.fdp.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where migrations come from: the classpath ({@code db/migration/index.txt} lists the files) or a directory.
 */
public final class MigrationSource {
    /** Classpath directory of the committed migrations. */
    public static final String CLASSPATH_DIRECTORY = "db/migration/";
    /** The list of migrations in the classpath directory, one file name a line. */
    public static final String INDEX = "index.txt";

    private final String origin;
    private final List<Migration> migrations;

    private MigrationSource(final String origin, final List<Migration> migrations) {
        this.origin = origin;
        this.migrations = migrations.stream()
            .sorted(Comparator.comparingInt(Migration::version).thenComparing(Migration::script))
            .toList();
    }

    /**
     * The migrations committed with fdp.
     *
     * @return the migrations listed in {@code db/migration/index.txt} on the classpath.
     * @throws MigrationException if the index or a listed file is missing.
     */
    public static MigrationSource classpath() {
        final ClassLoader loader = MigrationSource.class.getClassLoader();
        final List<Migration> migrations = new ArrayList<>();
        for (final String line : read(loader, CLASSPATH_DIRECTORY + INDEX).split("\n")) {
            final String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                migrations.add(Migration.of(name, read(loader, CLASSPATH_DIRECTORY + name)));
            }
        }
        return new MigrationSource("classpath:" + CLASSPATH_DIRECTORY, migrations);
    }

    /**
     * The migrations in a directory.
     *
     * @param directory holds {@code V*.sql} files; other files are ignored.
     * @return the migrations.
     * @throws IOException if the directory cannot be read.
     */
    public static MigrationSource directory(final Path directory) throws IOException {
        final List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (final Path file : files.sorted().toList()) {
                final String name = file.getFileName().toString();
                if (name.startsWith("V") && name.endsWith(".sql")) {
                    migrations.add(Migration.of(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return new MigrationSource(directory + "/", migrations);
    }

    /**
     * Where the migrations were read from.
     *
     * @return a directory or classpath location, for messages.
     */
    public String origin() {
        return origin;
    }

    /**
     * Every migration, of every dialect.
     *
     * @return migrations in version order.
     */
    public List<Migration> all() {
        return migrations;
    }

    /**
     * The migrations a database of one dialect applies: per version, the file for that dialect or else the common
     * one.
     *
     * @param dialect the database's dialect.
     * @return one migration per version, in version order.
     * @throws MigrationException if a version has both a common and a dialect file, or only files of other dialects.
     */
    public List<Migration> forDialect(final Dialect dialect) {
        final Map<Integer, List<Migration>> byVersion = new TreeMap<>();
        for (final Migration migration : migrations) {
            byVersion.computeIfAbsent(migration.version(), version -> new ArrayList<>()).add(migration);
        }
        final List<Migration> chosen = new ArrayList<>();
        for (final var entry : byVersion.entrySet()) {
            Migration common = null;
            Migration specific = null;
            for (final Migration migration : entry.getValue()) {
                if (migration.dialect() == null) {
                    if (common != null) {
                        throw new MigrationException(origin + ": two migrations of version " + entry.getKey() + ": " + common.script()
                            + " and " + migration.script());
                    }
                    common = migration;
                } else if (migration.dialect() == dialect) {
                    specific = migration;
                }
            }
            if (common != null && entry.getValue().size() > 1) {
                throw new MigrationException(origin + ": version " + entry.getKey() + " has a common migration and dialect ones: "
                    + entry.getValue().stream().map(Migration::script).toList());
            }
            if (common == null && specific == null) {
                throw new MigrationException(origin + ": version " + entry.getKey() + " has no migration for " + dialect.label() + ", only "
                    + entry.getValue().stream().map(Migration::script).toList());
            }
            chosen.add(common != null ? common : specific);
        }
        return chosen;
    }

    private static String read(final ClassLoader loader, final String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new MigrationException("cannot read classpath resource " + resource, e);
        }
    }
}
