package io.fdp.engine.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder's level search scans the levels next to the touch and binary-searches the rest; random inserts and
 * removes must keep it equal to a sorted map, on sides shallow enough to empty often (3 prices) and deep enough for
 * both kinds of search (up to 60 levels).
 */
class PriceLadderTest {
    @ParameterizedTest(name = "side {0}, {1} prices")
    @CsvSource({"0, 3", "1, 3", "0, 60", "1, 60"})
    void levelsStaySortedAndFindableWhateverTheirDepth(final byte side, final int prices) {
        final PriceLadder ladder = new PriceLadder(side, prices);
        final Comparator<Long> bestFirst = side == Side.BUY ? Comparator.reverseOrder() : Comparator.naturalOrder();
        final TreeMap<Long, Integer> model = new TreeMap<>(bestFirst);
        final Random random = new Random(20_240_102L + side);
        for (int step = 0; step < 20_000; step++) {
            final long price = 1_000 + random.nextInt(prices);
            final Integer slot = model.get(price);
            final long bestBefore = ladder.bestPrice();
            final long topChangesBefore = ladder.topChanges();
            if (slot == null) {
                final int inserted = ladder.findOrInsert(price);
                assertThat(ladder.price(inserted)).isEqualTo(price);
                model.put(price, inserted);
            } else if (random.nextBoolean()) {
                assertThat(ladder.findOrInsert(price)).as("existing level at %d", price).isEqualTo(slot);
            } else {
                ladder.remove(slot);
                model.remove(price);
            }
            final long best = model.isEmpty() ? BookView.NULL_PRICE : model.firstKey();
            assertThat(ladder.bestPrice()).as("best after step %d", step).isEqualTo(best);
            if (best != bestBefore) {
                assertThat(ladder.topChanges()).as("top changes after step %d", step).isGreaterThan(topChangesBefore);
            }
            assertSameLevels(ladder, model, random, prices);
        }
    }

    private static void assertSameLevels(final PriceLadder ladder, final TreeMap<Long, Integer> model, final Random random,
        final int prices) {
        assertThat(ladder.count()).isEqualTo(model.size());
        final List<Long> levels = new ArrayList<>();
        for (int i = 0; i < ladder.count(); i++) {
            levels.add(ladder.priceAt(i));
        }
        assertThat(levels).containsExactlyElementsOf(model.keySet());
        final long probe = 1_000 + random.nextInt(prices);
        final Integer slot = model.get(probe);
        assertThat(ladder.find(probe)).as("find %d", probe).isEqualTo(slot == null ? PriceLadder.NONE : slot);
    }
}
