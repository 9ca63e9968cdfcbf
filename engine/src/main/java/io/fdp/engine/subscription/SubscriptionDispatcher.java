package io.fdp.engine.subscription;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The thread that delivers one subscription's updates to its listener, backing off when there is nothing to do. */
final class SubscriptionDispatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionDispatcher.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int BATCH = 256;

    private final Subscription subscription;
    private final Thread thread;
    private final IdleStrategy idle = new BackoffIdleStrategy(
        100, 10, TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(1));
    private volatile boolean running = true;
    private long listenerFailures;

    SubscriptionDispatcher(final Subscription subscription) {
        this.subscription = subscription;
        this.thread = new Thread(this, "fdp-subscriber-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        while (running && !subscription.isClosed()) {
            try {
                idle.idle(subscription.poll(BATCH));
            } catch (final RuntimeException e) {
                listenerFailures++;
                LOG.warn("Subscriber listener of {} threw (failure {}); delivery continues", thread.getName(),
                    listenerFailures, e);
            }
        }
    }
}
