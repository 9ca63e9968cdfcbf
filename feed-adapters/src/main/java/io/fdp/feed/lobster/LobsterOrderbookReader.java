package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a LOBSTER orderbook file line by line into one reused {@link LobsterBookRow}, delivering each valid row to a
 * {@link LobsterBookListener} and each invalid line to {@link LobsterBookListener#onRejected(long, int)}, then
 * continuing.
 *
 * <p>Not thread-safe; counters describe the most recent {@code read}.
 */
public final class LobsterOrderbookReader {
    private final LineReader lines = new LineReader(LineReader.DEFAULT_CAPACITY);
    private final LineReader.Handler handler;

    /**
     * Creates a reader for a file of the given depth.
     *
     * @param levels   number of levels per side, e.g. 10 for {@code ..._orderbook_10.csv}.
     * @param listener receives the rows and rejected lines.
     */
    public LobsterOrderbookReader(final int levels, final LobsterBookListener listener) {
        final LobsterOrderbookParser parser = new LobsterOrderbookParser();
        final LobsterBookRow row = new LobsterBookRow(levels);
        handler = new LineReader.Handler() {
            @Override
            public int onLine(final long lineNumber, final DirectBuffer buffer, final int offset, final int length) {
                final int result = parser.parse(buffer, offset, length, row);
                if (result == LobsterResult.OK) {
                    listener.onBookRow(lineNumber, row);
                }
                return result;
            }

            @Override
            public void onRejected(final long lineNumber, final int reason) {
                listener.onRejected(lineNumber, reason);
            }
        };
    }

    /**
     * Reads a whole orderbook file.
     *
     * @param path the CSV file.
     * @return the number of lines read, accepted or not.
     * @throws IOException if the file cannot be read.
     */
    public long read(final Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /**
     * Reads orderbook lines until the stream ends; the stream is not closed.
     *
     * @param in the CSV text.
     * @return the number of lines read, accepted or not.
     * @throws IOException if the stream fails.
     */
    public long read(final InputStream in) throws IOException {
        return lines.read(in, handler);
    }

    /**
     * Counts the lines the most recent read delivered as rows.
     *
     * @return the number of accepted lines.
     */
    public long rowCount() {
        return lines.acceptedCount();
    }

    /**
     * Counts the lines the most recent read rejected for one reason.
     *
     * @param reason a {@link LobsterResult} code.
     * @return how many rejections carried that code.
     */
    public long rejectedCount(final int reason) {
        return lines.rejectedCount(reason);
    }
}
