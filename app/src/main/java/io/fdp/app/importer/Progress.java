package io.fdp.app.importer;

import java.io.PrintStream;
import java.nio.file.Path;

/** A one-line progress indicator on stderr for long imports (records stored so far), redrawn in place. */
final class Progress {
    private final PrintStream err = System.err;
    private final String name;
    private long records;

    Progress(final Path input) {
        this.name = input.getFileName().toString();
    }

    void records(final long count) {
        records += count;
        err.printf("\r%s: %,d records stored", name, records);
        err.flush();
    }

    void done() {
        if (records > 0) {
            err.println();
        }
    }
}
