package io.fdp.feed.depth;

import org.agrona.DirectBuffer;

/**
 * Symbols of one adapter with their exponents and checksum books, for venues whose exponents are configured
 * rather than learnt: a symbol is registered with the default exponents when first decoded, or ahead of time with
 * its own. Registration allocates and announces the symbol to the listener; lookups do not allocate.
 * Not thread safe.
 */
public final class SymbolDirectory {
    private final SymbolTable table;
    private final int defaultPriceExponent;
    private final int defaultSizeExponent;
    private final int bookCapacity;
    private final int[] priceExponents;
    private final int[] sizeExponents;
    private final ChecksumBook[] books;

    /**
     * Create an empty directory.
     *
     * @param capacity             most symbols.
     * @param defaultPriceExponent price exponent of symbols registered on first sight.
     * @param defaultSizeExponent  size exponent of symbols registered on first sight.
     * @param bookCapacity         initial levels per side of each symbol's book.
     */
    public SymbolDirectory(
        final int capacity, final int defaultPriceExponent, final int defaultSizeExponent, final int bookCapacity) {
        table = new SymbolTable(capacity);
        this.defaultPriceExponent = defaultPriceExponent;
        this.defaultSizeExponent = defaultSizeExponent;
        this.bookCapacity = bookCapacity;
        priceExponents = new int[capacity];
        sizeExponents = new int[capacity];
        books = new ChecksumBook[capacity];
    }

    /**
     * Index of a symbol, without allocating.
     *
     * @param buffer holding the symbol.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return its index, or {@link SymbolTable#NOT_FOUND}.
     */
    public int lookup(final DirectBuffer buffer, final int offset, final int length) {
        return table.lookup(buffer, offset, length);
    }

    /**
     * Register a symbol with the default exponents if it is new, announcing it to the listener.
     *
     * @param buffer   holding the symbol.
     * @param offset   of its first byte.
     * @param length   in bytes.
     * @param listener to announce a new symbol to.
     * @return its index, or a negative {@link DecodeResult} code.
     */
    public int register(final DirectBuffer buffer, final int offset, final int length, final DepthListener listener) {
        final int existing = table.lookup(buffer, offset, length);
        if (existing >= 0) {
            return existing;
        }
        final int index = table.register(buffer, offset, length);
        return announce(index, defaultPriceExponent, defaultSizeExponent, listener);
    }

    /**
     * Register a symbol with its own exponents, announcing it to the listener; a known symbol keeps its exponents.
     *
     * @param symbol        the venue's symbol.
     * @param priceExponent price exponent, from -18 to 0.
     * @param sizeExponent  size exponent, from -18 to 0.
     * @param listener      to announce the symbol to.
     * @return its index, or a negative {@link DecodeResult} code.
     */
    public int register(
        final String symbol, final int priceExponent, final int sizeExponent, final DepthListener listener) {
        if (priceExponent < -18 || priceExponent > 0 || sizeExponent < -18 || sizeExponent > 0) {
            return DecodeResult.OUT_OF_RANGE;
        }
        final int count = table.count();
        final int index = table.register(symbol);
        return index >= 0 && index < count ? index : announce(index, priceExponent, sizeExponent, listener);
    }

    private int announce(final int index, final int priceExponent, final int sizeExponent, final DepthListener listener) {
        if (index == SymbolTable.INVALID_SYMBOL) {
            return DecodeResult.INVALID_VALUE;
        }
        if (index == SymbolTable.NOT_FOUND) {
            return DecodeResult.SYMBOL_LIMIT;
        }
        priceExponents[index] = priceExponent;
        sizeExponents[index] = sizeExponent;
        books[index] = new ChecksumBook(bookCapacity);
        listener.onSymbol(index, table.symbol(index), priceExponent, sizeExponent);
        return index;
    }

    /**
     * Price exponent of a registered symbol, or the default for {@link SymbolTable#NOT_FOUND}.
     *
     * @param index a registered index or {@link SymbolTable#NOT_FOUND}.
     * @return the exponent.
     */
    public int priceExponent(final int index) {
        return index < 0 ? defaultPriceExponent : priceExponents[index];
    }

    /**
     * Size exponent of a registered symbol, or the default for {@link SymbolTable#NOT_FOUND}.
     *
     * @param index a registered index or {@link SymbolTable#NOT_FOUND}.
     * @return the exponent.
     */
    public int sizeExponent(final int index) {
        return index < 0 ? defaultSizeExponent : sizeExponents[index];
    }

    /**
     * Book of a registered symbol.
     *
     * @param index a registered index.
     * @return its book.
     */
    public ChecksumBook book(final int index) {
        return books[index];
    }

    /**
     * The symbol at an index.
     *
     * @param index a registered index.
     * @return the symbol.
     */
    public String symbol(final int index) {
        return table.symbol(index);
    }

    /**
     * Number of registered symbols.
     *
     * @return count.
     */
    public int count() {
        return table.count();
    }

    /**
     * Most symbols the directory holds.
     *
     * @return capacity.
     */
    public int capacity() {
        return table.capacity();
    }
}
