package io.fdp.engine.book;

/**
 * What the L3 and L2 books share: one {@link PriceLadder} a side and every read of {@link BookView} over them.
 */
abstract class LadderBook implements BookView {
    /** Answers reads for an invalid side; never written, because every write validates the side first. */
    private static final PriceLadder NO_LEVELS = new PriceLadder(Side.BUY, 0);

    final PriceLadder bids;
    final PriceLadder asks;
    /** Both ladders indexed by side ({@link Side#BUY} 0, {@link Side#SELL} 1), so picking one takes no branch on it. */
    private final PriceLadder[] bySide;

    LadderBook(final int levelCapacity) {
        bids = new PriceLadder(Side.BUY, levelCapacity);
        asks = new PriceLadder(Side.SELL, levelCapacity);
        bySide = new PriceLadder[] {bids, asks};
    }

    final PriceLadder ladder(final byte side) {
        return Side.isValid(side) ? bySide[side] : NO_LEVELS;
    }

    /** {@inheritDoc} */
    @Override
    public long bestBidPrice() {
        return bids.bestPrice();
    }

    /** {@inheritDoc} */
    @Override
    public long bestBidSize() {
        return bids.bestSize();
    }

    /** {@inheritDoc} */
    @Override
    public long bestAskPrice() {
        return asks.bestPrice();
    }

    /** {@inheritDoc} */
    @Override
    public long bestAskSize() {
        return asks.bestSize();
    }

    /** {@inheritDoc} */
    @Override
    public int levelCount(final byte side) {
        return ladder(side).count();
    }

    /** {@inheritDoc} */
    @Override
    public long levelPrice(final byte side, final int levelIndex) {
        return ladder(side).priceAt(levelIndex);
    }

    /** {@inheritDoc} */
    @Override
    public long levelSize(final byte side, final int levelIndex) {
        return ladder(side).sizeAt(levelIndex);
    }

    /** {@inheritDoc} */
    @Override
    public int levelOrderCount(final byte side, final int levelIndex) {
        return ladder(side).orderCountAt(levelIndex);
    }

    /** {@inheritDoc} */
    @Override
    public long totalDepth(final byte side) {
        return ladder(side).totalSize();
    }

    /** {@inheritDoc} */
    @Override
    public long topChanges() {
        return bids.topChanges() + asks.topChanges();
    }

    /** {@inheritDoc} */
    @Override
    public boolean isCrossed() {
        final long bid = bids.bestPrice();
        final long ask = asks.bestPrice();
        return bid != NULL_PRICE && ask != NULL_PRICE && bid >= ask;
    }

    /** {@inheritDoc} */
    @Override
    public int copyTopLevels(final byte side, final int depth, final long[] prices, final long[] sizes, final int[] orderCounts,
        final int offset) {
        return ladder(side).copyTop(depth, prices, sizes, orderCounts, offset);
    }
}
