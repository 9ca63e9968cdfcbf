package io.fdp.journal;

import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.StoreFileListener;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.nio.file.Path;

/** Opens the Chronicle queues of the journals with one set of settings. */
public final class Journals {
    private Journals() {
    }

    /**
     * Opens (creating if needed) a queue for appending and reading.
     *
     * @param dir      the queue's directory.
     * @param config   roll cycle and clock.
     * @param listener told when cycle files are acquired and released (retention), or null.
     * @return the queue; close it.
     */
    public static SingleChronicleQueue open(final Path dir, final JournalConfig config, final StoreFileListener listener) {
        final SingleChronicleQueueBuilder builder = SingleChronicleQueueBuilder.binary(dir).rollCycle(config.rollCycle())
            .timeProvider(config.timeProvider());
        if (listener != null) {
            builder.storeFileListener(listener);
        }
        return builder.build();
    }

    /**
     * Opens an existing queue for reading only (its roll cycle is read from the queue's metadata).
     *
     * @param dir       the queue's directory.
     * @param rollCycle the roll cycle, used if the metadata does not name one.
     * @return the queue; close it.
     */
    public static SingleChronicleQueue openReadOnly(final Path dir, final RollCycle rollCycle) {
        return SingleChronicleQueueBuilder.binary(dir).rollCycle(rollCycle).readOnly(true).build();
    }
}
