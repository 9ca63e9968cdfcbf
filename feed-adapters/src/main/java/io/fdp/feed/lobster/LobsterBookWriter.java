package io.fdp.feed.lobster;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.BookEventListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each instrument's book after every event applied to it, one CSV per instrument ({@code DIR/<symbol>.csv}),
 * in the LOBSTER orderbook layout: {@code askPx1,askSz1,bidPx1,bidSz1,...} up to the depth, integer mantissas at
 * the instrument's price scale, empty levels as LOBSTER writes them (ask 9999999999, bid -9999999999, size 0).
 *
 * <p>Runs on the book thread as the engine's {@link BookEventListener}. Events inside a snapshot
 * (SNAPSHOT_BEGIN .. SNAPSHOT_END) write no rows: they rebuild a book rather than change it.
 */
public final class LobsterBookWriter implements BookEventListener, AutoCloseable {
    private final Path directory;
    private final int depth;
    private final InstrumentRegistry registry;
    private final BufferedWriter[] writers;
    private final boolean[] inSnapshot;
    private final StringBuilder row = new StringBuilder(256);
    private IOException failure;

    /**
     * Creates a writer.
     *
     * @param directory where the CSV files go (created if absent).
     * @param depth     levels per side in each row.
     * @param registry  the instruments, for their symbols.
     * @throws IOException when the directory cannot be created.
     */
    public LobsterBookWriter(final Path directory, final int depth, final InstrumentRegistry registry) throws IOException {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        this.directory = Files.createDirectories(directory);
        this.depth = depth;
        this.registry = registry;
        this.writers = new BufferedWriter[registry.capacity()];
        this.inSnapshot = new boolean[registry.capacity()];
    }

    @Override
    public void onBookEvent(final MarketEvent event, final BookView book) {
        final int id = event.instrumentId();
        if (event.type() == EventType.SNAPSHOT_BEGIN) {
            inSnapshot[id] = true;
            return;
        }
        if (event.type() == EventType.SNAPSHOT_END) {
            inSnapshot[id] = false;
            return;
        }
        if (inSnapshot[id] || failure != null) {
            return;
        }
        row.setLength(0);
        for (int level = 0; level < depth; level++) {
            appendLevel(book, Side.SELL, level, LobsterDescriptor.EMPTY_ASK_PRICE);
            appendLevel(book, Side.BUY, level, LobsterDescriptor.EMPTY_BID_PRICE);
        }
        row.setCharAt(row.length() - 1, '\n');
        try {
            writer(id).append(row);
        } catch (final IOException e) {
            failure = e;
        }
    }

    private void appendLevel(final BookView book, final byte side, final int level, final long emptyPrice) {
        if (book != null && level < book.levelCount(side)) {
            row.append(book.levelPrice(side, level)).append(',').append(book.levelSize(side, level)).append(',');
        } else {
            row.append(emptyPrice).append(",0,");
        }
    }

    private BufferedWriter writer(final int id) throws IOException {
        if (writers[id] == null) {
            writers[id] = Files.newBufferedWriter(directory.resolve(registry.symbol(id).replace('/', '-') + ".csv"),
                StandardCharsets.US_ASCII);
        }
        return writers[id];
    }

    /**
     * Flushes and closes every file.
     *
     * @throws UncheckedIOException when a write failed or a file cannot be closed.
     */
    @Override
    public void close() {
        IOException first = failure;
        for (final BufferedWriter writer : writers) {
            if (writer != null) {
                try {
                    writer.close();
                } catch (final IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw new UncheckedIOException("writing the book files under " + directory + " failed", first);
        }
    }
}
