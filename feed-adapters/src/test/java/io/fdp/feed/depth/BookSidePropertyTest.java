package io.fdp.feed.depth;

import io.fdp.engine.book.Side;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BookSidePropertyTest {
    @Property(tries = 500, seed = "6617402298")
    void matchesASortedMapModel(@ForAll("operations") final List<long[]> operations) {
        final ChecksumBook book = new ChecksumBook(1);
        final TreeMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
        final TreeMap<Long, Long> asks = new TreeMap<>();
        for (final long[] op : operations) {
            final int side = (int)op[0];
            book.side(side).set(op[1], op[2], 0, 0);
            final Map<Long, Long> model = side == Side.BUY ? bids : asks;
            if (op[2] == 0) {
                model.remove(op[1]);
            } else {
                model.put(op[1], op[2]);
            }
        }

        assertSame(book.bids(), bids);
        assertSame(book.asks(), asks);
    }

    private static void assertSame(final BookSide side, final TreeMap<Long, Long> model) {
        assertThat(side.count()).isEqualTo(model.size());
        int i = 0;
        for (final Map.Entry<Long, Long> level : model.entrySet()) {
            assertThat(side.price(i)).isEqualTo(level.getKey());
            assertThat(side.size(i)).isEqualTo(level.getValue());
            assertThat(side.indexOf(level.getKey())).isEqualTo(i);
            i++;
        }
    }

    @Provide
    Arbitrary<List<long[]>> operations() {
        final Arbitrary<long[]> op = Combinators.combine(
            Arbitraries.of((long)Side.BUY, (long)Side.SELL),
            Arbitraries.longs().between(1, 60),
            Arbitraries.frequency(net.jqwik.api.Tuple.of(1, 0L), net.jqwik.api.Tuple.of(3, 1L)).flatMap(
                zero -> zero == 0 ? Arbitraries.just(0L) : Arbitraries.longs().between(1, 1_000)))
            .as((side, price, size) -> new long[] {side, price, size});
        return op.list().ofMaxSize(300);
    }
}
