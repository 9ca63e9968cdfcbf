package io.fdp.persistence.testing;

import java.nio.file.Path;

/** Locates the shared public data files; failsafe sets {@code fdp.shared.dir}, IDE runs fall back to the checkout. */
public final class SharedData {
    /** FRED daily SOFR. */
    public static final Path SOFR = dataFile("rates/SOFR.csv");
    /** FRED daily 10-year Treasury yield. */
    public static final Path DGS10 = dataFile("rates/DGS10.csv");
    /** FRED daily VIX close. */
    public static final Path VIXCLS = dataFile("rates/VIXCLS.csv");
    /** ECB euro reference rates. */
    public static final Path ECB_FX = dataFile("fx/eurofxref-hist.csv");
    /** Binance exchangeInfo recording. */
    public static final Path BINANCE_EXCHANGE_INFO = dataFile("crypto/BINANCE.0");

    private SharedData() {
    }

    /**
     * A file under {@code shared/data}.
     *
     * @param relative path below the data directory.
     * @return the path.
     */
    public static Path dataFile(final String relative) {
        final String shared = System.getProperty("fdp.shared.dir");
        final Path root = shared == null || shared.isBlank() ? Path.of("../../shared") : Path.of(shared);
        return root.resolve("data").resolve(relative);
    }
}
