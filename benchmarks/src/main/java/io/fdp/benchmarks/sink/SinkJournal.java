package io.fdp.benchmarks.sink;

import io.fdp.engine.book.Side;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.Journals;
import io.fdp.journal.output.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SplittableRandom;

/**
 * An output journal of trade records, as the engine writes them, for the sink benchmarks: eight instruments, prices
 * around 100.00 with four decimals, sizes of 1 to 500, both aggressor sides, unique trade ids, event times one
 * microsecond apart ending now (so they fall in the database's dated partitions).
 */
final class SinkJournal {
    static final String[] SYMBOLS = {"AAPL", "MSFT", "AMZN", "GOOG", "NVDA", "META", "TSLA", "INTC"};

    private SinkJournal() {
    }

    /** @return the instruments of the journal, by dense id. */
    static InstrumentRegistry registry() {
        final InstrumentRegistry registry = new InstrumentRegistry(SYMBOLS.length);
        for (final String symbol : SYMBOLS) {
            registry.register(symbol, -4, 0, 100, 1);
        }
        return registry;
    }

    /** @return the journal configuration of a data directory. */
    static JournalConfig config(final Path dataDir) {
        return new JournalConfig().dataDir(dataDir);
    }

    /** Appends {@code trades} trade records to the output journal of a data directory. */
    static void write(final JournalConfig config, final int trades) {
        final SplittableRandom random = new SplittableRandom(42);
        final long endNs = System.currentTimeMillis() * 1_000_000L;
        final long startNs = endNs - trades * 1_000L;
        try (SingleChronicleQueue queue = Journals.open(config.outputDir(), config, null)) {
            final OutputJournal output = new OutputJournal(queue, SYMBOLS.length, 0, 1);
            for (int i = 0; i < trades; i++) {
                final long timeNs = startNs + i * 1_000L;
                output.onTrade(i % SYMBOLS.length, timeNs, timeNs + 20_000, 1_000_000 + random.nextInt(-5_000, 5_000),
                    1 + random.nextInt(500), (i & 1) == 0 ? Side.BUY : Side.SELL, i + 1L);
            }
        }
    }

    /** @return the output journal, read-only. */
    static SingleChronicleQueue openOutput(final JournalConfig config) {
        return Journals.openReadOnly(config.outputDir(), config.rollCycle());
    }

    /** @return a new scratch directory under {@code fdp.bench.dir} (default the temporary directory). */
    static Path scratch(final String prefix) {
        try {
            final String parent = System.getProperty("fdp.bench.dir");
            return parent == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(Path.of(parent), prefix);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** Deletes a directory tree. */
    static void delete(final Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path dir, final IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
