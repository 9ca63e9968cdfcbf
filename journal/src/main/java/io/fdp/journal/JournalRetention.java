package io.fdp.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.StoreFileListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Deletes the oldest cycle files of a journal so that at most N cycles remain, when a newer cycle is acquired.
 *
 * <p>Installed as the queue's {@link StoreFileListener}, which Chronicle calls on its background resource thread (so
 * the deletion never runs on an engine thread): when the queue acquires a cycle newer than any seen, files of
 * cycles older than the newest N are deleted, except those a recovery may still need: the cycle holding the position
 * given by {@code protectedIndex} (the oldest kept snapshot's) and every later one. Cycle file names sort in time
 * order, so the comparison is by name.
 */
public final class JournalRetention implements StoreFileListener {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRetention.class);

    private final Path dir;
    private final RollCycle rollCycle;
    private final int retainCycles;
    private final LongSupplier protectedIndex;
    private final DateTimeFormatter names;
    private volatile ChronicleQueue queue;
    private boolean detached;
    private int newestCycle = Integer.MIN_VALUE;
    private long deleted;

    /**
     * Creates the policy.
     *
     * @param dir            the queue's directory.
     * @param rollCycle      the queue's roll cycle.
     * @param retainCycles   how many cycles to keep (positive).
     * @param protectedIndex the journal index whose cycle and later ones must stay, or a negative value for none.
     */
    public JournalRetention(final Path dir, final RollCycle rollCycle, final int retainCycles, final LongSupplier protectedIndex) {
        if (retainCycles < 1) {
            throw new IllegalArgumentException("retainCycles must be positive: " + retainCycles);
        }
        this.dir = dir;
        this.rollCycle = rollCycle;
        this.retainCycles = retainCycles;
        this.protectedIndex = protectedIndex;
        names = DateTimeFormatter.ofPattern(rollCycle.format()).withZone(ZoneOffset.UTC);
    }

    @Override
    public void onAcquired(final int cycle, final File file) {
        if (cycle > newestCycle) {
            newestCycle = cycle;
            try {
                prune(cycle);
            } catch (final RuntimeException ex) {
                LOG.warn("Journal retention: pruning {} failed; will retry at the next cycle", dir, ex);
            }
        }
    }

    @Override
    public void onReleased(final int cycle, final File file) {
        // Retention acts when a newer cycle is acquired.
    }

    /**
     * Deletes the files of cycles older than the newest {@code retainCycles} before {@code currentCycle} (inclusive).
     *
     * @param currentCycle the newest cycle.
     * @return how many files were deleted.
     */
    public synchronized int prune(final int currentCycle) {
        if (detached) {
            return 0;
        }
        int oldestKept = currentCycle - retainCycles + 1;
        final long index = protectedIndex.getAsLong();
        if (index >= 0) {
            oldestKept = Math.min(oldestKept, rollCycle.toCycle(index));
        }
        final String firstKept = fileName(oldestKept);
        int count = 0;
        for (final Path file : cycleFiles()) {
            if (file.getFileName().toString().compareTo(firstKept) < 0) {
                try {
                    Files.deleteIfExists(file);
                    count++;
                    LOG.info("Journal retention: deleted {} (keeping {} cycles from {})", file, retainCycles, firstKept);
                } catch (final IOException ex) {
                    LOG.warn("Journal retention: cannot delete {}", file, ex);
                }
            }
        }
        deleted += count;
        final ChronicleQueue attached = queue;
        if (count > 0 && attached != null) {
            attached.refreshDirectoryListing();
        }
        return count;
    }

    /**
     * Gives the policy the queue it serves, whose directory listing it refreshes after deleting files (so that readers
     * starting from the beginning find the oldest retained cycle).
     *
     * @param value the queue.
     */
    public synchronized void attach(final ChronicleQueue value) {
        queue = value;
    }

    /**
     * Stops the policy before its queue closes: a prune under way (Chronicle reports new cycles on a background thread)
     * finishes, deletions and directory refresh together, before this returns, and later reports delete nothing. Without
     * it, files deleted just before the queue closed could stay in the queue's directory listing, where readers would
     * look for them first.
     */
    public synchronized void detach() {
        queue = null;
        detached = true;
    }

    /** @return how many files this policy has deleted. */
    public synchronized long deleted() {
        return deleted;
    }

    private String fileName(final int cycle) {
        return names.format(Instant.ofEpochMilli((long) cycle * rollCycle.lengthInMillis())) + ".cq4";
    }

    private List<Path> cycleFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".cq4")).sorted().toList();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot list " + dir, ex);
        }
    }
}
