package io.fdp.feed.depth;

import io.fdp.engine.book.Side;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookSideTest {
    @Test
    void keepsBidsHighestFirst() {
        final BookSide bids = new BookSide(Side.BUY, 2);
        bids.set(100, 1, 0, 0);
        bids.set(102, 2, 0, 0);
        bids.set(101, 3, 0, 0);

        assertThat(prices(bids)).containsExactly(102L, 101L, 100L);
        assertThat(bids.bestPrice()).isEqualTo(102);
    }

    @Test
    void reportsTheBestIndexChangedSinceChangesWereForgotten() {
        final BookSide bids = new BookSide(Side.BUY, 4);
        assertThat(bids.firstChanged()).isZero();
        for (long price = 100; price > 90; price--) {
            bids.set(price, 1, 0, 0);
        }
        bids.forgetChanges();
        assertThat(bids.firstChanged()).isEqualTo(Integer.MAX_VALUE);

        bids.set(95, 7, 0, 0);
        assertThat(bids.firstChanged()).isEqualTo(5);
        bids.set(50, 0, 0, 0);
        assertThat(bids.firstChanged()).as("deleting a missing level changes nothing above it").isEqualTo(5);
        bids.removeWorst();
        assertThat(bids.firstChanged()).isEqualTo(5);
        bids.set(98, 0, 0, 0);
        assertThat(bids.firstChanged()).isEqualTo(2);
        bids.set(101, 1, 0, 0);
        assertThat(bids.firstChanged()).isZero();

        bids.forgetChanges();
        bids.clear();
        assertThat(bids.firstChanged()).isZero();
    }

    @Test
    void keepsAsksLowestFirst() {
        final BookSide asks = new BookSide(Side.SELL, 1);
        asks.set(102, 1, 0, 0);
        asks.set(100, 2, 0, 0);
        asks.set(101, 3, 0, 0);

        assertThat(prices(asks)).containsExactly(100L, 101L, 102L);
        assertThat(asks.size(0)).isEqualTo(2);
    }

    @Test
    void replacesSizeAndScalesOfAnExistingLevel() {
        final BookSide asks = new BookSide(Side.SELL, 4);
        asks.set(100, 5, 1, 2);
        asks.set(100, 7, 3, 4);

        assertThat(asks.count()).isEqualTo(1);
        assertThat(asks.size(0)).isEqualTo(7);
        assertThat(asks.priceScale(0)).isEqualTo(3);
        assertThat(asks.sizeScale(0)).isEqualTo(4);
    }

    @Test
    void deletesOnZeroSizeAndIgnoresDeletesOfMissingLevels() {
        final BookSide bids = new BookSide(Side.BUY, 4);
        bids.set(100, 5, 0, 0);
        bids.set(99, 5, 0, 0);
        bids.set(100, 0, 0, 0);
        bids.set(42, 0, 0, 0);

        assertThat(prices(bids)).containsExactly(99L);
    }

    @Test
    void emptySideHasNoBestPrice() {
        final BookSide bids = new BookSide(Side.BUY, 4);

        assertThat(bids.bestPrice()).isEqualTo(BookSide.NULL_PRICE);
        bids.removeWorst();
        assertThat(bids.count()).isZero();
    }

    @Test
    void truncatingReportsEachDroppedLevelAsADeletion() {
        final ChecksumBook book = new ChecksumBook(2);
        for (int i = 1; i <= 5; i++) {
            book.bids().set(100 - i, i, 0, 0);
            book.asks().set(100 + i, i, 0, 0);
        }
        final RecordingListener listener = new RecordingListener(false);
        listener.onSymbol(0, "X", 0, 0);
        listener.onUpdateBegin(0, 0, 0);

        book.truncate(3, 0, listener);

        assertThat(listener.levels[0]).isEqualTo(4);
        assertThat(prices(book.bids())).containsExactly(99L, 98L, 97L);
        assertThat(prices(book.asks())).containsExactly(101L, 102L, 103L);
        assertThat(book.crossed()).isFalse();
    }

    @Test
    void detectsACrossedBook() {
        final ChecksumBook book = new ChecksumBook(2);
        book.bids().set(100, 1, 0, 0);
        book.asks().set(100, 1, 0, 0);

        assertThat(book.crossed()).isTrue();
    }

    static long[] prices(final BookSide side) {
        final long[] prices = new long[side.count()];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = side.price(i);
        }
        return prices;
    }
}
