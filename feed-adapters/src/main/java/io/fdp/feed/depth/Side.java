package io.fdp.feed.depth;

/**
 * Book sides and trade aggressor sides as {@code int} constants.
 */
public final class Side
{
    /** Bid side of a book; as a trade aggressor, a buyer. */
    public static final int BID = 0;
    /** Ask side of a book; as a trade aggressor, a seller. */
    public static final int ASK = 1;
    /** Aggressor side not known. */
    public static final int NONE = -1;

    private Side()
    {
    }
}
