package io.fdp.feed.itch;

import java.nio.file.Path;

/** Locates the shared public data files; surefire sets {@code fdp.shared.dir}, IDE runs fall back to the checkout. */
final class SharedData {
    static final Path ITCH_SAMPLE = dataFile("itch/ex20101224.TEST_ITCH_50.gz");

    private SharedData() {
    }

    static Path dataFile(final String relative) {
        final String shared = System.getProperty("fdp.shared.dir");
        final Path root = shared == null || shared.isBlank() ? Path.of("../../shared") : Path.of(shared);
        return root.resolve("data").resolve(relative);
    }
}
