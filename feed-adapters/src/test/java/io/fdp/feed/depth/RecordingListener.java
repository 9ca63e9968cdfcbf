package io.fdp.feed.depth;

import io.fdp.engine.book.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Test listener that counts every event and, when asked, mirrors each symbol's book from the events alone.
 * <p>
 * Counting allocates nothing; mirroring and symbol registration do.
 */
public class RecordingListener implements DepthListener {
    /** Offset added to a result code to index {@link #rejections}. */
    public static final int REJECTION_BIAS = 16;

    /** Rejections by reason, indexed by reason + {@link #REJECTION_BIAS}. */
    public final long[] rejections = new long[32];
    /** Symbols in the order they were announced. */
    public final List<String> announced = new ArrayList<>();
    /** Symbol of each index, null until announced (up to 64 symbols). */
    public final String[] symbols = new String[64];
    /** Exponents of each symbol index, {price, size}. */
    public final int[][] exponents = new int[64][];
    /** Event counts per symbol index (up to 64 symbols). */
    public final long[] snapshots = new long[64];
    /** Update counts per symbol index. */
    public final long[] updates = new long[64];
    /** Level counts per symbol index. */
    public final long[] levels = new long[64];
    /** Trade counts per symbol index. */
    public final long[] trades = new long[64];
    /** Checksums that matched. */
    public long checksumsOk;
    /** Checksums that did not match. */
    public long checksumsFailed;
    /** Gaps reported. */
    public long gaps;
    /** Last gap's expected sequence. */
    public long lastGapExpected;
    /** Last gap's received sequence. */
    public long lastGapReceived;
    /** Event time of the last snapshot or update begun. */
    public long lastEventTimeNs;
    /** Last trade, {tradeId, side, price, size, eventTimeNs}. */
    public final long[] lastTrade = new long[5];
    /** Whether begin/end calls were balanced and levels arrived only inside them. */
    public boolean wellBracketed = true;

    private final boolean mirror;
    private final List<NavigableMap<Long, Long>> bids = new ArrayList<>();
    private final List<NavigableMap<Long, Long>> asks = new ArrayList<>();

    {
        for (int i = 0; i < 64; i++) {
            bids.add(new TreeMap<>(Collections.reverseOrder()));
            asks.add(new TreeMap<>());
        }
    }
    private int open = -1;
    private long ends;

    /**
     * Create a listener.
     *
     * @param mirror whether to rebuild books from the events.
     */
    public RecordingListener(final boolean mirror) {
        this.mirror = mirror;
    }

    @Override
    public void onSymbol(final int symbolIndex, final String symbol, final int priceExponent, final int sizeExponent) {
        if (symbols[symbolIndex] != null) {
            wellBracketed = false;
        }
        symbols[symbolIndex] = symbol;
        announced.add(symbol);
        exponents[symbolIndex] = new int[] {priceExponent, sizeExponent};
    }

    @Override
    public void onSnapshotBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        begin(symbolIndex, eventTimeNs);
        snapshots[symbolIndex]++;
        if (mirror) {
            bids.get(symbolIndex).clear();
            asks.get(symbolIndex).clear();
        }
    }

    @Override
    public void onSnapshotEnd(final int symbolIndex) {
        end(symbolIndex);
    }

    @Override
    public void onUpdateBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        begin(symbolIndex, eventTimeNs);
        updates[symbolIndex]++;
    }

    @Override
    public void onUpdateEnd(final int symbolIndex) {
        end(symbolIndex);
    }

    @Override
    public void onLevel(final int symbolIndex, final int side, final long priceMantissa, final long sizeMantissa) {
        if (open != symbolIndex) {
            wellBracketed = false;
        }
        levels[symbolIndex]++;
        if (mirror) {
            final Map<Long, Long> book = side == Side.BUY ? bids.get(symbolIndex) : asks.get(symbolIndex);
            if (sizeMantissa == 0) {
                book.remove(priceMantissa);
            } else {
                book.put(priceMantissa, sizeMantissa);
            }
        }
    }

    @Override
    public void onChecksum(final int symbolIndex, final boolean ok) {
        if (ok) {
            checksumsOk++;
        } else {
            checksumsFailed++;
        }
    }

    @Override
    public void onGap(final int symbolIndex, final long expectedSequence, final long receivedSequence) {
        gaps++;
        lastGapExpected = expectedSequence;
        lastGapReceived = receivedSequence;
    }

    @Override
    public void onTrade(
        final int symbolIndex,
        final long tradeId,
        final int aggressorSide,
        final long priceMantissa,
        final long sizeMantissa,
        final long eventTimeNs,
        final long receiveTimeNs) {
        trades[symbolIndex]++;
        lastTrade[0] = tradeId;
        lastTrade[1] = aggressorSide;
        lastTrade[2] = priceMantissa;
        lastTrade[3] = sizeMantissa;
        lastTrade[4] = eventTimeNs;
    }

    @Override
    public void onRejected(final int reason, final int errorOffset) {
        rejections[reason + REJECTION_BIAS]++;
    }

    /**
     * Total rejections of any reason.
     *
     * @return count.
     */
    public long rejectionCount() {
        long total = 0;
        for (final long r : rejections) {
            total += r;
        }
        return total;
    }

    /**
     * Every event delivered other than rejections, for checking that a rejected message delivered nothing.
     *
     * @return count of symbols, begins, ends, levels, trades, checksums and gaps.
     */
    public long deliveredEvents() {
        long total = announced.size() + checksumsOk + checksumsFailed + gaps + ends;
        for (int i = 0; i < 64; i++) {
            total += snapshots[i] + updates[i] + levels[i] + trades[i];
        }
        return total;
    }

    /**
     * Index of an announced symbol.
     *
     * @param symbol the symbol.
     * @return its index, or -1.
     */
    public int indexOf(final String symbol) {
        for (int i = 0; i < symbols.length; i++) {
            if (symbol.equals(symbols[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The mirrored bids of a symbol, best first.
     *
     * @param symbolIndex the symbol.
     * @return price to size.
     */
    public NavigableMap<Long, Long> bids(final int symbolIndex) {
        return bids.get(symbolIndex);
    }

    /**
     * The mirrored asks of a symbol, best first.
     *
     * @param symbolIndex the symbol.
     * @return price to size.
     */
    public NavigableMap<Long, Long> asks(final int symbolIndex) {
        return asks.get(symbolIndex);
    }

    private void begin(final int symbolIndex, final long eventTimeNs) {
        if (open != -1 || symbols[symbolIndex] == null) {
            wellBracketed = false;
        }
        open = symbolIndex;
        lastEventTimeNs = eventTimeNs;
    }

    private void end(final int symbolIndex) {
        ends++;
        if (open != symbolIndex) {
            wellBracketed = false;
        }
        open = -1;
    }
}
