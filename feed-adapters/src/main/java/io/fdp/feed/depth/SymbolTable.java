package io.fdp.feed.depth;

import java.nio.charset.StandardCharsets;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Maps venue symbols, given as byte ranges, to dense indices without allocating on lookup.
 * <p>
 * Symbols are 1 to {@link #MAX_SYMBOL_LENGTH} printable ASCII bytes. Only {@link #register} allocates (the symbol's
 * bytes and its {@link String}). Open addressing over a power-of-two table. Not thread safe.
 */
public final class SymbolTable {
    /** Returned by lookups for an unknown symbol, and by registration when the table is full. */
    public static final int NOT_FOUND = -1;
    /** Returned by registration for bytes that are not a valid symbol. */
    public static final int INVALID_SYMBOL = -2;
    /** Longest symbol accepted, in bytes. */
    public static final int MAX_SYMBOL_LENGTH = 64;

    private final byte[][] symbolBytes;
    private final String[] symbols;
    private final int[] slots;
    private final int mask;
    private int count;

    /**
     * Create an empty table.
     *
     * @param capacity most symbols it will hold.
     */
    public SymbolTable(final int capacity) {
        symbolBytes = new byte[capacity][];
        symbols = new String[capacity];
        int size = 2;
        while (size < capacity * 2) {
            size <<= 1;
        }
        slots = new int[size];
        mask = size - 1;
    }

    /**
     * Index of a symbol.
     *
     * @param buffer holding the symbol.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return its index, or {@link #NOT_FOUND}.
     */
    public int lookup(final DirectBuffer buffer, final int offset, final int length) {
        int slot = hash(buffer, offset, length) & mask;
        while (true) {
            final int entry = slots[slot];
            if (entry == 0) {
                return NOT_FOUND;
            }
            if (matches(entry - 1, buffer, offset, length)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Index of a symbol, registering it if new.
     *
     * @param buffer holding the symbol.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return its index, {@link #NOT_FOUND} if the table is full, or {@link #INVALID_SYMBOL}.
     */
    public int register(final DirectBuffer buffer, final int offset, final int length) {
        if (!isValid(buffer, offset, length)) {
            return INVALID_SYMBOL;
        }
        final int existing = lookup(buffer, offset, length);
        if (existing != NOT_FOUND || count == symbols.length) {
            return existing;
        }
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        final int index = count++;
        symbolBytes[index] = bytes;
        symbols[index] = new String(bytes, StandardCharsets.US_ASCII);
        int slot = hash(buffer, offset, length) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
        return index;
    }

    /**
     * Index of a symbol, registering it if new.
     *
     * @param symbol the symbol.
     * @return its index, {@link #NOT_FOUND} if the table is full, or {@link #INVALID_SYMBOL}.
     */
    public int register(final String symbol) {
        final byte[] bytes = symbol.getBytes(StandardCharsets.US_ASCII);
        return register(new UnsafeBuffer(bytes), 0, bytes.length);
    }

    /**
     * Whether the symbol at an index equals a byte range.
     *
     * @param index  a registered index.
     * @param buffer holding the candidate.
     * @param offset of its first byte.
     * @param length in bytes.
     * @return true if equal.
     */
    public boolean matches(final int index, final DirectBuffer buffer, final int offset, final int length) {
        final byte[] bytes = symbolBytes[index];
        if (bytes.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != buffer.getByte(offset + i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The symbol at an index.
     *
     * @param index a registered index.
     * @return the symbol.
     */
    public String symbol(final int index) {
        return symbols[index];
    }

    /**
     * Number of registered symbols.
     *
     * @return count.
     */
    public int count() {
        return count;
    }

    /**
     * Most symbols the table holds.
     *
     * @return capacity.
     */
    public int capacity() {
        return symbols.length;
    }

    private static boolean isValid(final DirectBuffer buffer, final int offset, final int length) {
        if (length < 1 || length > MAX_SYMBOL_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            final byte b = buffer.getByte(offset + i);
            if (b < 0x21 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static int hash(final DirectBuffer buffer, final int offset, final int length) {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h = (h ^ buffer.getByte(offset + i)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
