package io.fdp.engine.candle;

import io.fdp.engine.hash.StateHash;
import io.fdp.engine.state.StateReader;
import io.fdp.engine.state.StateWriter;
/**
 * Candle accumulators laid out as struct-of-arrays: one preallocated primitive column per field, one row per candle.
 *
 * <p>A row with a trade count of zero is empty. The open price is that of the trade with the earliest timestamp (the
 * first to arrive among equal timestamps) and the close that of the trade with the latest timestamp (the last to
 * arrive among equal timestamps), so late trades move the open or close only when their timestamp says so. The
 * notional, sum(price * size), is kept exactly in 128 bits.
 */
final class CandleTable {

    final long[] bucketStartNs;
    final long[] open;
    final long[] high;
    final long[] low;
    final long[] close;
    final long[] volume;
    final long[] tradeCount;
    final long[] notionalHigh;
    final long[] notionalLow;
    final long[] firstTradeNs;
    final long[] lastTradeNs;
    final int[] revision;

    CandleTable(final int rows) {
        bucketStartNs = new long[rows];
        open = new long[rows];
        high = new long[rows];
        low = new long[rows];
        close = new long[rows];
        volume = new long[rows];
        tradeCount = new long[rows];
        notionalHigh = new long[rows];
        notionalLow = new long[rows];
        firstTradeNs = new long[rows];
        lastTradeNs = new long[rows];
        revision = new int[rows];
    }

    boolean isEmpty(final int row) {
        return tradeCount[row] == 0;
    }

    /** Starts a candle in {@code row} from its first trade, discarding whatever the row held. */
    void start(final int row, final long startNs, final long timestampNs, final long price, final long size) {
        bucketStartNs[row] = startNs;
        open[row] = price;
        high[row] = price;
        low[row] = price;
        close[row] = price;
        volume[row] = size;
        tradeCount[row] = 1;
        notionalHigh[row] = Math.multiplyHigh(price, size);
        notionalLow[row] = price * size;
        firstTradeNs[row] = timestampNs;
        lastTradeNs[row] = timestampNs;
        revision[row] = 0;
    }

    /** Adds a trade with a positive price and size to the non-empty candle in {@code row}. */
    void add(final int row, final long timestampNs, final long price, final long size) {
        if (price > high[row]) {
            high[row] = price;
        }
        if (price < low[row]) {
            low[row] = price;
        }
        if (timestampNs < firstTradeNs[row]) {
            firstTradeNs[row] = timestampNs;
            open[row] = price;
        }
        if (timestampNs >= lastTradeNs[row]) {
            lastTradeNs[row] = timestampNs;
            close[row] = price;
        }
        volume[row] += size;
        tradeCount[row]++;
        final long productLow = price * size;
        final long sumLow = notionalLow[row] + productLow;
        notionalHigh[row] += Math.multiplyHigh(price, size) + Uint128Math.carry(sumLow, productLow);
        notionalLow[row] = sumLow;
    }

    /**
     * Merges the non-empty candle in {@code fromRow} of {@code from}, whose trades all arrived after those of the
     * non-empty candle in {@code row}, into {@code row}; the result equals adding those trades one by one.
     */
    void merge(final int row, final CandleTable from, final int fromRow) {
        high[row] = Math.max(high[row], from.high[fromRow]);
        low[row] = Math.min(low[row], from.low[fromRow]);
        if (from.firstTradeNs[fromRow] < firstTradeNs[row]) {
            firstTradeNs[row] = from.firstTradeNs[fromRow];
            open[row] = from.open[fromRow];
        }
        if (from.lastTradeNs[fromRow] >= lastTradeNs[row]) {
            lastTradeNs[row] = from.lastTradeNs[fromRow];
            close[row] = from.close[fromRow];
        }
        volume[row] += from.volume[fromRow];
        tradeCount[row] += from.tradeCount[fromRow];
        final long addLow = from.notionalLow[fromRow];
        final long sumLow = notionalLow[row] + addLow;
        notionalHigh[row] += from.notionalHigh[fromRow] + Uint128Math.carry(sumLow, addLow);
        notionalLow[row] = sumLow;
    }

    void clear(final int row) {
        tradeCount[row] = 0;
    }

    /** Copies the candle in {@code row} of this table into {@code toRow} of {@code to}. */
    void copy(final int row, final CandleTable to, final int toRow) {
        to.bucketStartNs[toRow] = bucketStartNs[row];
        to.open[toRow] = open[row];
        to.high[toRow] = high[row];
        to.low[toRow] = low[row];
        to.close[toRow] = close[row];
        to.volume[toRow] = volume[row];
        to.tradeCount[toRow] = tradeCount[row];
        to.notionalHigh[toRow] = notionalHigh[row];
        to.notionalLow[toRow] = notionalLow[row];
        to.firstTradeNs[toRow] = firstTradeNs[row];
        to.lastTradeNs[toRow] = lastTradeNs[row];
        to.revision[toRow] = revision[row];
    }

    /** VWAP of the non-empty candle in {@code row}, rounded half up; exact because the notional is below 2^126. */
    long vwap(final int row) {
        return Uint128Math.divideRoundHalfUp(notionalHigh[row], notionalLow[row], volume[row]);
    }

    /** Copies the trade-derived fields of {@code row} into a flyweight; the caller sets identity, bounds and state. */
    void copyTo(final int row, final Candle into) {
        into.open = open[row];
        into.high = high[row];
        into.low = low[row];
        into.close = close[row];
        into.volume = volume[row];
        into.tradeCount = tradeCount[row];
        into.vwap = vwap(row);
        into.firstTradeNs = firstTradeNs[row];
        into.lastTradeNs = lastTradeNs[row];
        into.revision = revision[row];
    }

    /** Folds every field of {@code row} into a running hash; an empty row contributes only its emptiness. */
    long hash(final int row, final long hash) {
        long h = StateHash.mix(hash, tradeCount[row]);
        if (tradeCount[row] == 0) {
            return h;
        }
        h = StateHash.mix(h, bucketStartNs[row]);
        h = StateHash.mix(h, open[row]);
        h = StateHash.mix(h, high[row]);
        h = StateHash.mix(h, low[row]);
        h = StateHash.mix(h, close[row]);
        h = StateHash.mix(h, volume[row]);
        h = StateHash.mix(h, notionalHigh[row]);
        h = StateHash.mix(h, notionalLow[row]);
        h = StateHash.mix(h, firstTradeNs[row]);
        h = StateHash.mix(h, lastTradeNs[row]);
        return StateHash.mix(h, revision[row]);
    }

    /** Writes every field of {@code row} (state export). */
    void write(final int row, final StateWriter out) {
        out.putLong(bucketStartNs[row]).putLong(open[row]).putLong(high[row]).putLong(low[row]).putLong(close[row])
            .putLong(volume[row]).putLong(tradeCount[row]).putLong(notionalHigh[row]).putLong(notionalLow[row])
            .putLong(firstTradeNs[row]).putLong(lastTradeNs[row]).putInt(revision[row]);
    }

    /** Reads every field of {@code row} as {@link #write} wrote them (state import). */
    void read(final int row, final StateReader in) {
        bucketStartNs[row] = in.getLong();
        open[row] = in.getLong();
        high[row] = in.getLong();
        low[row] = in.getLong();
        close[row] = in.getLong();
        volume[row] = in.getLong();
        tradeCount[row] = in.getLong();
        notionalHigh[row] = in.getLong();
        notionalLow[row] = in.getLong();
        firstTradeNs[row] = in.getLong();
        lastTradeNs[row] = in.getLong();
        revision[row] = in.getInt();
    }
}
