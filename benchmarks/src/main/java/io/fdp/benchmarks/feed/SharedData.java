package io.fdp.benchmarks.feed;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared public data files, which are never copied into the repository.
 * <p>
 * The directory is the system property {@value #DIR_PROP_NAME} when set, otherwise {@value #DIR_DEFAULT} relative to
 * the working directory, which is right when the benchmarks run from the repository root (JMH forks keep the working
 * directory and the system properties of the {@code java -jar} command). Surefire sets the property for tests.
 */
public final class SharedData {
    /** Property naming the shared directory (the one holding {@code data/}). */
    public static final String DIR_PROP_NAME = "fdp.shared.dir";
    /** Shared directory when the property is not set, relative to the working directory. */
    public static final String DIR_DEFAULT = "../shared";
    /** The ITCH 5.0 sample, gzipped BinaryFILE framing. */
    public static final String ITCH = "itch/ex20101224.TEST_ITCH_50.gz";
    /** The Kraken websocket capture, book channel at depth 1000 for ten pairs. */
    public static final String KRAKEN = "crypto/KRAKEN.ws.50.0";
    /** One hour of AAPL LOBSTER messages at 50 levels. */
    public static final String LOBSTER = "lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv";

    private SharedData() {
    }

    /**
     * Path of a shared data file, which must exist.
     *
     * @param relative the path below {@code shared/data}, for example {@link #ITCH}.
     * @return the path.
     * @throws IllegalStateException when the file is not there, naming the property that locates it.
     */
    public static Path file(final String relative) {
        final String dir = System.getProperty(DIR_PROP_NAME);
        final Path root = Path.of(dir == null || dir.isBlank() ? DIR_DEFAULT : dir);
        final Path file = root.resolve("data").resolve(relative);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath().normalize() + ": run from the repository"
                + " root or set -D" + DIR_PROP_NAME + "=<the directory holding data/>");
        }
        return file;
    }
}
