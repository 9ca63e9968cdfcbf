package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a LOBSTER message file line by line through one reusable buffer, delivering each valid line to a
 * {@link LobsterListener} and each invalid one to {@link LobsterListener#onRejected(long, int)}, then continuing.
 *
 * <p>Not thread-safe; counters describe the most recent {@code read}.
 */
public final class LobsterMessageReader {
    private final LineReader lines = new LineReader(LineReader.DEFAULT_CAPACITY);
    private final LineReader.Handler handler;

    /**
     * Creates a reader that delivers to one listener.
     *
     * @param listener receives events and rejected lines.
     */
    public LobsterMessageReader(final LobsterListener listener) {
        final LobsterMessageParser parser = new LobsterMessageParser(listener);
        handler = new LineReader.Handler() {
            @Override
            public int onLine(final long lineNumber, final DirectBuffer buffer, final int offset, final int length) {
                return parser.parse(buffer, offset, length);
            }

            @Override
            public void onRejected(final long lineNumber, final int reason) {
                listener.onRejected(lineNumber, reason);
            }
        };
    }

    /**
     * Reads a whole message file.
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
     * Reads message lines until the stream ends; the stream is not closed.
     *
     * @param in the CSV text.
     * @return the number of lines read, accepted or not.
     * @throws IOException if the stream fails.
     */
    public long read(final InputStream in) throws IOException {
        return lines.read(in, handler);
    }

    /**
     * Counts the lines the most recent read delivered as events.
     *
     * @return the number of accepted lines.
     */
    public long messageCount() {
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
