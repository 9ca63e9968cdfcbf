package io.fdp.engine.hash;

/**
 * Order-sensitive 64-bit hash of a sequence of {@code long} values, built from the xxHash64 lane round and avalanche.
 * <p>
 * Not byte-compatible with xxHash64; it only has to be deterministic, cheap and well mixed.
 */
public final class StateHash {
    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_3 = 0x165667B19E3779F9L;
    private static final long PRIME_4 = 0x85EBCA77C2B2AE63L;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    private StateHash() {
    }

    /**
     * Starts a hash.
     *
     * @param seed the seed.
     * @return the initial hash.
     */
    public static long start(final long seed) {
        return seed + PRIME_5;
    }

    /**
     * Mixes one value into a hash; the order of values matters.
     *
     * @param hash  the hash so far.
     * @param value the value.
     * @return the new hash.
     */
    public static long mix(final long hash, final long value) {
        final long lane = Long.rotateLeft(value * PRIME_2, 31) * PRIME_1;
        return Long.rotateLeft(hash ^ lane, 27) * PRIME_1 + PRIME_4;
    }

    /**
     * Avalanches a hash so that every input bit affects every output bit.
     *
     * @param hash the hash so far.
     * @return the final hash.
     */
    public static long finish(final long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= PRIME_2;
        h ^= h >>> 29;
        h *= PRIME_3;
        h ^= h >>> 32;
        return h;
    }
}
