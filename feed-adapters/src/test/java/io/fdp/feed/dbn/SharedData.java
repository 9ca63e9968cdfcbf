package io.fdp.feed.dbn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared public data files; surefire sets {@code fdp.shared.dir}, IDE runs fall back to the checkout. */
final class SharedData {
    private SharedData() {
    }

    /** The Databento v2 sample of one schema, e.g. {@code "mbo"} for {@code dbn/test_data.mbo.dbn}. */
    static Path sample(final String schema) {
        return dataFile("dbn/test_data." + schema + ".dbn");
    }

    static byte[] sampleBytes(final String schema) {
        try {
            return Files.readAllBytes(sample(schema));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dataFile(final String relative) {
        final String shared = System.getProperty("fdp.shared.dir");
        final Path root = shared == null || shared.isBlank() ? Path.of("../../shared") : Path.of(shared);
        return root.resolve("data").resolve(relative);
    }
}
