package io.fdp.journal.snapshot;

import io.fdp.engine.state.StateWriter;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The snapshot directory: writes snapshots atomically (temporary file, fsync, rename), keeps the newest K, lists and
 * verifies them.
 *
 * <p>Thread-safe for one writer and any number of readers: files appear complete or not at all.
 */
public final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private final Path dir;
    private final int keep;

    /**
     * Creates the store, and the directory if needed.
     *
     * @param dir  the snapshot directory.
     * @param keep how many snapshots to keep (at least 1).
     */
    public SnapshotStore(final Path dir, final int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one snapshot: " + keep);
        }
        this.dir = dir;
        this.keep = keep;
        try {
            Files.createDirectories(dir);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot create " + dir, ex);
        }
    }

    /** @return the snapshot directory. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes a snapshot, then deletes the oldest beyond the number kept.
     *
     * @param journalIndex the input-journal index of the last event the state includes, or -1.
     * @param eventCount   how many journaled events the state includes.
     * @param stateHash    the engine's state hash.
     * @param state        the engine state.
     * @return the file written.
     */
    public synchronized Path write(final long journalIndex, final long eventCount, final long stateHash, final StateWriter state) {
        final int length = state.length();
        final ByteBuffer file = ByteBuffer.allocate(SnapshotDescriptor.HEADER_LENGTH + length).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(SnapshotDescriptor.MAGIC_OFFSET, SnapshotDescriptor.MAGIC)
            .putShort(SnapshotDescriptor.VERSION_OFFSET, SnapshotDescriptor.VERSION)
            .putShort(SnapshotDescriptor.HEADER_LENGTH_OFFSET, (short) SnapshotDescriptor.HEADER_LENGTH)
            .putLong(SnapshotDescriptor.JOURNAL_INDEX_OFFSET, journalIndex)
            .putLong(SnapshotDescriptor.EVENT_COUNT_OFFSET, eventCount)
            .putLong(SnapshotDescriptor.TAKEN_AT_OFFSET, System.currentTimeMillis() * 1_000_000L)
            .putLong(SnapshotDescriptor.STATE_HASH_OFFSET, stateHash)
            .putInt(SnapshotDescriptor.PAYLOAD_LENGTH_OFFSET, length);
        state.buffer().getBytes(0, file.array(), SnapshotDescriptor.HEADER_LENGTH, length);
        file.putInt(SnapshotDescriptor.CRC_OFFSET, crc(file.array(), length));
        final Path target = dir.resolve(SnapshotDescriptor.fileName(journalIndex));
        final Path temporary = dir.resolve(target.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
                while (file.hasRemaining()) {
                    channel.write(file);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot write snapshot " + target, ex);
        }
        prune();
        return target;
    }

    /** @return the snapshot files, newest (latest journal position) first. */
    public List<Path> list() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(SnapshotStore::isSnapshot).sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot list " + dir, ex);
        }
    }

    /**
     * The journal index of the oldest kept snapshot, below which recovery never needs the journal (retention).
     *
     * @return the index, or -1 when there is no snapshot.
     */
    public long oldestIndex() {
        final List<Path> files = list();
        if (files.isEmpty()) {
            return -1;
        }
        final String name = files.get(files.size() - 1).getFileName().toString();
        try {
            return Long.parseUnsignedLong(name.substring(SnapshotDescriptor.PREFIX.length(),
                name.length() - SnapshotDescriptor.SUFFIX.length()), 16) - 1;
        } catch (final NumberFormatException ex) {
            return -1;
        }
    }

    /**
     * Reads and verifies a snapshot file.
     *
     * @param file the file.
     * @return the snapshot.
     * @throws InvalidSnapshotException when it is unreadable, truncated, of another version or fails its CRC.
     */
    public Snapshot load(final Path file) {
        final byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (final IOException ex) {
            throw new InvalidSnapshotException("cannot read: " + ex.getMessage(), ex);
        }
        if (bytes.length < SnapshotDescriptor.HEADER_LENGTH) {
            throw new InvalidSnapshotException("truncated: " + bytes.length + " bytes, shorter than the header");
        }
        final ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (header.getInt(SnapshotDescriptor.MAGIC_OFFSET) != SnapshotDescriptor.MAGIC) {
            throw new InvalidSnapshotException("not a snapshot (bad magic number)");
        }
        final short version = header.getShort(SnapshotDescriptor.VERSION_OFFSET);
        if (version != SnapshotDescriptor.VERSION || header.getShort(SnapshotDescriptor.HEADER_LENGTH_OFFSET)
            != SnapshotDescriptor.HEADER_LENGTH) {
            throw new InvalidSnapshotException("snapshot layout version " + version + " is not supported");
        }
        final int length = header.getInt(SnapshotDescriptor.PAYLOAD_LENGTH_OFFSET);
        if (length != bytes.length - SnapshotDescriptor.HEADER_LENGTH) {
            throw new InvalidSnapshotException("truncated: payload of " + (bytes.length - SnapshotDescriptor.HEADER_LENGTH)
                + " bytes, header says " + length);
        }
        if (crc(bytes, length) != header.getInt(SnapshotDescriptor.CRC_OFFSET)) {
            throw new InvalidSnapshotException("CRC32 mismatch: the file is corrupt");
        }
        return new Snapshot(file, header.getLong(SnapshotDescriptor.JOURNAL_INDEX_OFFSET),
            header.getLong(SnapshotDescriptor.EVENT_COUNT_OFFSET), header.getLong(SnapshotDescriptor.TAKEN_AT_OFFSET),
            header.getLong(SnapshotDescriptor.STATE_HASH_OFFSET),
            new UnsafeBuffer(bytes, SnapshotDescriptor.HEADER_LENGTH, length));
    }

    private void prune() {
        final List<Path> files = list();
        for (int i = keep; i < files.size(); i++) {
            try {
                Files.deleteIfExists(files.get(i));
                LOG.info("Deleted old snapshot {} (keeping {})", files.get(i).getFileName(), keep);
            } catch (final IOException ex) {
                LOG.warn("Cannot delete old snapshot {}", files.get(i), ex);
            }
        }
    }

    private static int crc(final byte[] file, final int payloadLength) {
        final CRC32 crc = new CRC32();
        crc.update(file, 0, SnapshotDescriptor.CRC_OFFSET);
        crc.update(file, SnapshotDescriptor.HEADER_LENGTH, payloadLength);
        return (int) crc.getValue();
    }

    private static boolean isSnapshot(final Path file) {
        final String name = file.getFileName().toString();
        return name.startsWith(SnapshotDescriptor.PREFIX) && name.endsWith(SnapshotDescriptor.SUFFIX);
    }
}
