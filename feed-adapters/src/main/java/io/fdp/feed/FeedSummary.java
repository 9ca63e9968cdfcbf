package io.fdp.feed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a feed adapter saw in its input: messages by type, rejections by reason (with the first few located by file
 * offset or line), checksums and sequence gaps. Filled on the feed thread; read after the feed has finished.
 */
public final class FeedSummary {
    /** How many rejections are kept with their location; all are counted. */
    public static final int LOCATED_REJECTIONS_KEPT = 20;

    private final Map<String, long[]> messagesByType = new LinkedHashMap<>();
    private final Map<String, long[]> rejectedByReason = new LinkedHashMap<>();
    private final List<String> locatedRejections = new ArrayList<>();
    private long checksumsVerified;
    private long checksumsFailed;
    private long gaps;

    /**
     * Counts a message. Use constant type names: the lookup allocates only on a name's first use.
     *
     * @param type the message type name.
     */
    public void message(final String type) {
        messagesByType.computeIfAbsent(type, k -> new long[1])[0]++;
    }

    /**
     * Counts several messages of a type at once; a count of zero records nothing.
     *
     * @param type  the message type name.
     * @param count how many.
     */
    public void message(final String type, final long count) {
        if (count > 0) {
            messagesByType.computeIfAbsent(type, k -> new long[1])[0] += count;
        }
    }

    /**
     * Counts a rejected message and keeps its location among the first {@link #LOCATED_REJECTIONS_KEPT}.
     *
     * @param reason   why it was rejected (a constant name).
     * @param location where, for example {@code byte 1024} or {@code line 17}.
     */
    public void rejected(final String reason, final String location) {
        rejectedByReason.computeIfAbsent(reason, k -> new long[1])[0]++;
        if (locatedRejections.size() < LOCATED_REJECTIONS_KEPT) {
            locatedRejections.add(location + ": " + reason);
        }
    }

    /**
     * Counts a checksum check.
     *
     * @param ok whether it matched.
     */
    public void checksum(final boolean ok) {
        if (ok) {
            checksumsVerified++;
        } else {
            checksumsFailed++;
        }
    }

    /** Counts a sequence gap the feed itself detected. */
    public void gap() {
        gaps++;
    }

    /** @return messages by type, in first-seen order. */
    public Map<String, Long> messagesByType() {
        return snapshot(messagesByType);
    }

    /** @return rejections by reason, in first-seen order. */
    public Map<String, Long> rejectedByReason() {
        return snapshot(rejectedByReason);
    }

    /** @return the first rejections with their location. */
    public List<String> locatedRejections() {
        return Collections.unmodifiableList(locatedRejections);
    }

    /** @return every message counted. */
    public long messages() {
        return messagesByType.values().stream().mapToLong(count -> count[0]).sum();
    }

    /** @return every rejection counted. */
    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(count -> count[0]).sum();
    }

    /** @return checksums that matched. */
    public long checksumsVerified() {
        return checksumsVerified;
    }

    /** @return checksums that did not match. */
    public long checksumsFailed() {
        return checksumsFailed;
    }

    /** @return sequence gaps the feed detected. */
    public long gaps() {
        return gaps;
    }

    private static Map<String, Long> snapshot(final Map<String, long[]> counts) {
        final Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((key, count) -> copy.put(key, count[0]));
        return Collections.unmodifiableMap(copy);
    }
}
