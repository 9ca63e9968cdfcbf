package io.fdp.feed.lobster;

import java.nio.file.Path;

/** Locates the shared public data files; surefire sets {@code fdp.shared.dir}, IDE runs fall back to the checkout. */
final class SharedData {
    static final Path MESSAGES_10 = dataFile("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv");
    static final Path ORDERBOOK_10 = dataFile("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv");
    static final Path MESSAGES_50 = dataFile("lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv");

    private SharedData() {
    }

    static Path dataFile(final String relative) {
        final String shared = System.getProperty("fdp.shared.dir");
        final Path root = shared == null || shared.isBlank() ? Path.of("../../shared") : Path.of(shared);
        return root.resolve("data").resolve(relative);
    }
}
