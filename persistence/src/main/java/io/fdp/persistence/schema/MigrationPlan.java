package io.fdp.persistence.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the generator would change in the committed migration directory to match the Protobuf schemas.
 *
 * @param writes files to create or overwrite, by path relative to the {@code db} directory, with their content.
 * @param problems schema changes the generator cannot migrate alone, or committed files it did not write.
 */
public record MigrationPlan(SortedMap<String, String> writes, List<String> problems) {
    /**
     * Copies the components.
     *
     * @param writes files to write.
     * @param problems what needs a person.
     */
    public MigrationPlan {
        writes = new TreeMap<>(writes);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the committed migrations match the schemas.
     *
     * @return true if there is nothing to write and no problem.
     */
    public boolean upToDate() {
        return writes.isEmpty() && problems.isEmpty();
    }

    /**
     * Writes the files.
     *
     * @param dbDirectory the {@code db} resource directory.
     * @throws IOException if a file cannot be written.
     */
    public void apply(final Path dbDirectory) throws IOException {
        for (final var write : writes.entrySet()) {
            final Path file = dbDirectory.resolve(write.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, write.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Explains the plan to a person.
     *
     * @return the files to write and the problems, one a line.
     */
    public String describe() {
        final StringBuilder text = new StringBuilder();
        if (!writes.isEmpty()) {
            text.append("The committed migrations do not match the Protobuf schemas; the generator would write:\n");
            writes.keySet().forEach(path -> text.append("  ").append(path).append('\n'));
            text.append("Run\n  ").append(PostgresDdl.REGENERATE_COMMAND)
                .append("\nand commit the new migration. A schema change arrives as a new versioned migration;"
                    + " never edit one that was applied.\n");
        }
        problems.forEach(problem -> text.append(problem).append('\n'));
        return text.toString();
    }
}
