package io.fdp.persistence.migration;

import java.util.List;

/**
 * The outcome of a migration run.
 *
 * @param dialect the dialect of the database.
 * @param applied migrations applied by this run, in order; empty when the database was up to date.
 * @param previouslyApplied how many migrations were applied before this run.
 */
public record MigrationReport(Dialect dialect, List<Migration> applied, int previouslyApplied) {
    /**
     * Copies the list.
     *
     * @param dialect the dialect.
     * @param applied migrations applied now.
     * @param previouslyApplied count applied before.
     */
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
