package io.fdp.benchmarks.journal;

import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.Journals;
import io.fdp.journal.codec.JournalCodec;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch journals for the benchmarks: a fresh directory under {@value #DIR_PROP_NAME} (default: the JVM's temporary
 * directory), deleted afterwards, and the events of an {@link OrderFlowStream} as the journal holds them.
 */
final class JournalFiles {
    /** Property naming the directory under which scratch journals are created. */
    static final String DIR_PROP_NAME = "fdp.bench.dir";

    private JournalFiles() {
    }

    /**
     * Creates an empty scratch directory.
     *
     * @param prefix the start of its name.
     * @return the directory.
     */
    static Path newDirectory(final String prefix) {
        try {
            final Path parent = Path.of(System.getProperty(DIR_PROP_NAME, System.getProperty("java.io.tmpdir")));
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot create a scratch directory", ex);
        }
    }

    /**
     * Deletes a scratch directory and everything in it.
     *
     * @param dir the directory; null does nothing.
     */
    static void delete(final Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot delete " + dir, ex);
        }
    }

    /**
     * Opens (creating) the input journal of a data directory as {@code fdp ingest} does.
     *
     * @param dataDir the data directory.
     * @return the queue; close it.
     */
    static SingleChronicleQueue openInput(final Path dataDir) {
        final JournalConfig config = new JournalConfig().dataDir(dataDir);
        return Journals.open(config.inputDir(), config, null);
    }

    /**
     * Writes the first events of a stream's first pass as {@link io.fdp.journal.JournalHandler} would, one document
     * per event.
     *
     * @param queue  the journal.
     * @param stream the stream.
     * @param events how many, at most the stream's length.
     */
    static void write(final SingleChronicleQueue queue, final OrderFlowStream stream, final int events) {
        final MarketEvent event = new MarketEvent();
        try (ExcerptAppender appender = queue.createAppender()) {
            for (int i = 0; i < events; i++) {
                fill(stream, i, 0, event);
                try (DocumentContext document = appender.writingDocument()) {
                    JournalCodec.encode(event, document.wire().bytes());
                }
            }
        }
    }

    /**
     * Fills an event as the engine publisher would for an event of the stream, its event time as ingestion time.
     *
     * @param stream the stream.
     * @param index  the event's index in the pass.
     * @param pass   the pass, which shifts sequence numbers and times.
     * @param into   the event to fill (cleared first).
     */
    static void fill(final OrderFlowStream stream, final int index, final long pass, final MarketEvent into) {
        final long timeNs = stream.eventTimeNs(index, pass);
        into.clear();
        into.type(stream.types[index]).instrumentId(stream.instrumentIds[index]).sequence(stream.sequence(index, pass))
            .eventTimeNs(timeNs).ingestionTimeNs(timeNs).orderId(stream.orderIds[index]);
        switch (stream.types[index]) {
            case EventType.ORDER_ADD -> into.side(stream.sides[index]).price(stream.prices[index]).size(stream.sizes[index]);
            case EventType.ORDER_CANCEL -> into.size(stream.sizes[index]);
            case EventType.ORDER_DELETE -> {
                // An order id is all a delete carries.
            }
            default -> into.size(stream.sizes[index]).price(stream.prices[index]).tradeId(stream.tradeIds[index]);
        }
    }
}
