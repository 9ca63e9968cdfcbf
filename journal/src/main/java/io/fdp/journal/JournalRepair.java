package io.fdp.journal;

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import net.openhft.chronicle.wire.Wires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Makes a journal whose last document was cut by a crash appendable and readable again.
 *
 * <p>A writer killed inside a document leaves a header marked not-complete, usually with an unknown length. Readers stop
 * there for good, and a new appender would write past it where no reader gets. Before a journal is opened for writing,
 * {@link #repair} finds such a header after the last complete document of the newest cycle file and turns the cut
 * document into a complete metadata document covering its bytes: readers skip metadata, so the cut event is never
 * read (it is lost, as it was never fully written), and the next event takes its index. One warning is logged.
 *
 * <p>A writer killed while it created the queue's metadata file ({@code metadata.cq4t}, written when a journal is first
 * opened) leaves that file's header marked not-complete, and every later open fails to lock it. The metadata holds
 * nothing the queue cannot rebuild from its cycle files, so such a file is renamed aside ({@code .unfinished} appended)
 * and created afresh; one warning is logged.
 *
 * <p>Run it only while no process has the journal open for writing.
 */
public final class JournalRepair {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);
    private static final String METADATA_FILE = "metadata.cq4t";
    private static final int ZERO_RUN = 256;
    private static final int MAX_SCAN = 1 << 20;

    private JournalRepair() {
    }

    /**
     * Repairs a cut last document, if there is one.
     *
     * @param dir    the queue's directory (may not exist yet).
     * @param config roll cycle and clock of the queue.
     * @return the number of bytes of the cut document that were marked skipped, or -1 when nothing was cut.
     */
    public static long repair(final Path dir, final JournalConfig config) {
        setAsideUnfinishedMetadata(dir.resolve(METADATA_FILE));
        final Path newest = newestCycleFile(dir);
        if (newest == null) {
            return -1;
        }
        long start = 0;
        try (SingleChronicleQueue queue = Journals.open(dir, config, null); ExcerptTailer tailer = queue.createTailer()) {
            final long lastIndex = queue.lastIndex();
            if (lastIndex >= 0 && tailer.moveToIndex(lastIndex)) {
                try (DocumentContext document = tailer.readingDocument()) {
                    final File file = tailer.currentFile();
                    if (document.isPresent() && file != null && file.toPath().toAbsolutePath().equals(newest.toAbsolutePath())) {
                        start = document.wire().bytes().readPosition() - Integer.BYTES;
                    }
                }
            }
        }
        try (FileChannel channel = FileChannel.open(newest, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return repairFrom(channel, start, newest);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot repair journal file " + newest, ex);
        }
    }

    private static long repairFrom(final FileChannel channel, final long start, final Path file) throws IOException {
        final ByteBuffer header = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long position = start;
        while (position + Integer.BYTES <= channel.size()) {
            header.clear();
            channel.read(header, position);
            final int word = header.getInt(0);
            if (word == 0) {
                return -1;
            }
            if (Wires.isNotComplete(word)) {
                if (position == 0) {
                    // the file's own header, cut while the file was being created: Chronicle rewrites it on open (after
                    // its header timeout); marking it as a skipped document would leave a file without a header
                    LOG.warn("Journal {}: the file's header was cut by a crash while the file was created; the queue "
                        + "rewrites it", file);
                    return -1;
                }
                final long length = Wires.isKnownLength(word) ? Wires.lengthOf(word) : extent(channel, position + Integer.BYTES);
                header.clear();
                header.putInt(0, Wires.META_DATA | (int) length);
                channel.write(header, position);
                channel.force(false);
                LOG.warn("Journal {}: the document at byte {} was cut by a crash ({} bytes written); it is skipped and the "
                    + "event in it is lost", file, position, length);
                return length;
            }
            position = align(position + Integer.BYTES + Wires.lengthOf(word));
        }
        return -1;
    }

    /** Length, rounded up to 4, of the non-zero bytes from {@code from} up to the first run of zero bytes. */
    private static long extent(final FileChannel channel, final long from) throws IOException {
        final ByteBuffer chunk = ByteBuffer.allocate(4096);
        long lastNonZero = from - 1;
        long position = from;
        while (position - lastNonZero <= ZERO_RUN && position - from < MAX_SCAN) {
            chunk.clear();
            final int read = channel.read(chunk, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (chunk.get(i) != 0) {
                    lastNonZero = position + i;
                } else if (position + i - lastNonZero > ZERO_RUN) {
                    break;
                }
            }
            position += read;
        }
        return align(lastNonZero + 1) - from;
    }

    private static long align(final long position) {
        return (position + 3) & ~3L;
    }

    /** Renames the metadata file if its header was cut before it was complete. */
    private static void setAsideUnfinishedMetadata(final Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        final boolean unfinished;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            final ByteBuffer header = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            unfinished = channel.read(header, 0) == Integer.BYTES && Wires.isNotComplete(header.getInt(0));
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read journal metadata " + file, ex);
        }
        if (!unfinished) {
            return;
        }
        final Path aside = file.resolveSibling(file.getFileName() + ".unfinished");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot set aside journal metadata " + file, ex);
        }
        LOG.warn("Journal metadata {} was cut by a crash while it was being created; moved to {} and rebuilt", file, aside);
    }

    private static Path newestCycleFile(final Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".cq4")).max(Path::compareTo).orElse(null);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot list " + dir, ex);
        }
    }
}
