package io.fdp.engine.book;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.fdp.engine.book.PriceLadder.NONE;
import static org.assertj.core.api.Assertions.assertThat;

/** The order index against a hash map, with ids drawn to collide, filled to capacity and emptied again. */
class OrderIndexTest {
    private static final int CAPACITY = 64;

    /** Id families: sequential, spaced by a power of two (same low bits), random, and negative. */
    @ParameterizedTest(name = "id family {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void agreesWithAMapThroughRandomPutsAndRemoves(final int family) {
        final long[] ids = new long[CAPACITY];
        final OrderIndex index = new OrderIndex(CAPACITY, ids);
        final Map<Long, Integer> model = new HashMap<>();
        final ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int slot = 0; slot < CAPACITY; slot++) {
            free.add(slot);
        }
        final List<Long> live = new ArrayList<>();
        final Random random = new Random(7L * family + 1);
        for (int step = 0; step < 50_000; step++) {
            final long id = id(family, random);
            if (random.nextInt(3) > 0 && !free.isEmpty()) {
                final int slot = free.peek();
                ids[slot] = id;
                final Integer present = model.get(id);
                assertThat(index.putIfAbsent(slot)).as("put %d at step %d", id, step).isEqualTo(present == null ? NONE : present);
                if (present == null) {
                    free.poll();
                    model.put(id, slot);
                    live.add(id);
                }
            } else if (!live.isEmpty()) {
                final long victim = random.nextBoolean() ? live.remove(random.nextInt(live.size())) : id;
                final Integer slot = model.remove(victim);
                assertThat(index.remove(victim)).as("remove %d at step %d", victim, step).isEqualTo(slot == null ? NONE : slot);
                if (slot != null) {
                    live.remove(victim);
                    free.add(slot);
                }
            }
            for (final Map.Entry<Long, Integer> entry : model.entrySet()) {
                assertThat(index.get(entry.getKey())).isEqualTo(entry.getValue());
            }
            assertThat(index.get(id)).isEqualTo(model.getOrDefault(id, NONE));
        }
    }

    @Test
    void holdsItsCapacityAndEmptiesCompletely() {
        final long[] ids = new long[CAPACITY];
        final OrderIndex index = new OrderIndex(CAPACITY, ids);
        for (int slot = 0; slot < CAPACITY; slot++) {
            ids[slot] = (long) slot << 40;
            assertThat(index.putIfAbsent(slot)).isEqualTo(NONE);
        }
        for (int slot = 0; slot < CAPACITY; slot++) {
            assertThat(index.get((long) slot << 40)).isEqualTo(slot);
        }
        for (int slot = CAPACITY - 1; slot >= 0; slot -= 2) {
            assertThat(index.remove((long) slot << 40)).isEqualTo(slot);
        }
        for (int slot = 0; slot < CAPACITY; slot++) {
            assertThat(index.get((long) slot << 40)).isEqualTo(slot % 2 == 0 ? slot : NONE);
        }
        index.clear();
        assertThat(index.get(0)).isEqualTo(NONE);
    }

    private static long id(final int family, final Random random) {
        final int n = random.nextInt(CAPACITY * 2);
        return switch (family) {
            case 0 -> 1_000_000L + n;
            case 1 -> (long) n << 32;
            case 2 -> random.nextLong() % 200;
            default -> -1L - n * 1_024L;
        };
    }
}
