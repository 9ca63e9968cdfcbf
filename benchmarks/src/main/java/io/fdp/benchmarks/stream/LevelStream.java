package io.fdp.benchmarks.stream;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;

import java.util.HashMap;
import java.util.Map;

/**
 * The L2 view of an {@link OrderFlowStream}: for each L3 event, the new aggregate size of the one price level it
 * changed (0 when the level empties), as a feed of level updates would publish it.
 * <p>
 * It has exactly one event per L3 event, and like its source it ends with every book empty, so it replays in a loop.
 */
public final class LevelStream {
    /** Number of events in one pass. */
    public final int length;
    /** Number of instruments. */
    public final int instruments;
    /** Instrument id per event. */
    public final int[] instrumentIds;
    /** Side of the level per event. */
    public final byte[] sides;
    /** Price mantissa of the level per event. */
    public final long[] prices;
    /** New aggregate size of the level per event; 0 deletes it. */
    public final long[] sizes;
    /** Most levels any side of any instrument has at any point of the pass. */
    public final int maxLevels;

    private LevelStream(final OrderFlowStream source) {
        length = source.length;
        instruments = source.instruments;
        instrumentIds = source.instrumentIds.clone();
        sides = source.sides.clone();
        prices = source.prices.clone();
        sizes = new long[length];
        final Map<Long, Long> levelSizes = new HashMap<>();
        final int[] levelCounts = new int[instruments * 2];
        int most = 0;
        for (int i = 0; i < length; i++) {
            final long key = ((long) instrumentIds[i] << 42) | ((long) sides[i] << 41) | prices[i];
            final long delta = source.types[i] == EventType.ORDER_ADD ? source.sizes[i] : -source.sizes[i];
            final long before = levelSizes.getOrDefault(key, 0L);
            final long after = before + delta;
            if (after < 0 || prices[i] >= 1L << 41 || !Side.isValid(sides[i])) {
                throw new IllegalStateException("inconsistent L3 stream at event " + i);
            }
            final int sideIndex = instrumentIds[i] * 2 + sides[i];
            if (after == 0) {
                levelSizes.remove(key);
                levelCounts[sideIndex]--;
            } else {
                if (before == 0) {
                    levelCounts[sideIndex]++;
                }
                levelSizes.put(key, after);
            }
            most = Math.max(most, levelCounts[sideIndex]);
            sizes[i] = after;
        }
        if (!levelSizes.isEmpty()) {
            throw new IllegalStateException("the L3 stream does not end empty: " + levelSizes.size() + " levels left");
        }
        maxLevels = most;
    }

    /**
     * Derives the level stream of an order stream.
     *
     * @param source the L3 stream.
     * @return its L2 view.
     */
    public static LevelStream of(final OrderFlowStream source) {
        return new LevelStream(source);
    }
}
