package io.fdp.feed.reference;

import java.nio.file.Path;

/** Locates the shared public data files; surefire sets {@code fdp.shared.dir}, IDE runs fall back to the checkout. */
final class SharedData {
    static final Path SOFR = dataFile("rates/SOFR.csv");
    static final Path DGS10 = dataFile("rates/DGS10.csv");
    static final Path T10Y2Y = dataFile("rates/T10Y2Y.csv");
    static final Path VIXCLS = dataFile("rates/VIXCLS.csv");
    static final Path ECB_FX = dataFile("fx/eurofxref-hist.csv");
    static final Path BINANCE_EXCHANGE_INFO = dataFile("crypto/BINANCE.0");

    private SharedData() {
    }

    static Path dataFile(final String relative) {
        final String shared = System.getProperty("fdp.shared.dir");
        final Path root = shared == null || shared.isBlank() ? Path.of("../../shared") : Path.of(shared);
        return root.resolve("data").resolve(relative);
    }
}
