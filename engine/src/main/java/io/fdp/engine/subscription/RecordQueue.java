package io.fdp.engine.subscription;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded single-producer single-consumer queue of fixed-size records of longs, without allocation.
 *
 * <p>Producer: {@link #claim()} gives the base index of a free record (or -1 when full), write
 * {@code slots[base + field]}, then {@link #commit()}. Consumer: {@link #peek()} gives the base of the oldest record
 * (or -1), read it, then {@link #release()}.
 */
final class RecordQueue {
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(RecordQueue.class, "head", long.class);
            TAIL = lookup.findVarHandle(RecordQueue.class, "tail", long.class);
        } catch (final ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final long[] slots;
    private final int stride;
    private final int capacity;
    private final int mask;
    @SuppressWarnings("unused")
    private long head;
    @SuppressWarnings("unused")
    private long tail;

    RecordQueue(final int stride, final int minCapacity) {
        capacity = Integer.highestOneBit(Math.max(2, minCapacity - 1)) << 1;
        this.stride = stride;
        mask = capacity - 1;
        slots = new long[capacity * stride];
    }

    int claim() {
        final long t = (long) TAIL.getOpaque(this);
        if (t - (long) HEAD.getAcquire(this) >= capacity) {
            return -1;
        }
        return ((int) t & mask) * stride;
    }

    void commit() {
        TAIL.setRelease(this, (long) TAIL.getOpaque(this) + 1);
    }

    int peek() {
        final long h = (long) HEAD.getOpaque(this);
        if (h == (long) TAIL.getAcquire(this)) {
            return -1;
        }
        return ((int) h & mask) * stride;
    }

    void release() {
        HEAD.setRelease(this, (long) HEAD.getOpaque(this) + 1);
    }
}
