package io.fdp.engine.subscription;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A bounded single-producer single-consumer queue of ints (instrument ids), without allocation. */
final class IntQueue {
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(IntQueue.class, "head", long.class);
            TAIL = lookup.findVarHandle(IntQueue.class, "tail", long.class);
        } catch (final ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int[] values;
    private final int mask;
    @SuppressWarnings("unused")
    private long head;
    @SuppressWarnings("unused")
    private long tail;

    IntQueue(final int minCapacity) {
        final int capacity = Integer.highestOneBit(Math.max(2, minCapacity - 1)) << 1;
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Producer: appends a value; false when full. */
    boolean offer(final int value) {
        final long t = (long) TAIL.getOpaque(this);
        if (t - (long) HEAD.getAcquire(this) >= values.length) {
            return false;
        }
        values[(int) t & mask] = value;
        TAIL.setRelease(this, t + 1);
        return true;
    }

    /** Consumer: the oldest value, or -1 when empty. */
    int poll() {
        final long h = (long) HEAD.getOpaque(this);
        if (h == (long) TAIL.getAcquire(this)) {
            return -1;
        }
        final int value = values[(int) h & mask];
        HEAD.setRelease(this, h + 1);
        return value;
    }
}
