package io.fdp.api.stream;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A few threads that each own some connections: they apply the connections' requests, poll their engine
 * subscriptions, serialise and send, and back off to a short park when idle.
 */
final class StreamSenders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamSenders.class);

    private final List<Sender> senders = new ArrayList<>();
    private final Map<Long, Sender> owners = new ConcurrentHashMap<>();
    private int next;

    StreamSenders(final int threads) {
        for (int i = 0; i < threads; i++) {
            final Sender sender = new Sender("fdp-ws-sender-" + (i + 1));
            senders.add(sender);
            sender.thread.start();
        }
    }

    /** Hands a connection to the sender thread next in turn. */
    synchronized void add(final StreamConnection connection) {
        final Sender sender = senders.get(next);
        next = (next + 1) % senders.size();
        owners.put(connection.id(), sender);
        sender.connections.add(connection);
        LockSupport.unpark(sender.thread);
    }

    /** Wakes the thread that owns a connection, so a request is answered without waiting for its back-off. */
    void wake(final StreamConnection connection) {
        final Sender sender = owners.get(connection.id());
        if (sender != null) {
            LockSupport.unpark(sender.thread);
        }
    }

    @Override
    public void close() {
        for (final Sender sender : senders) {
            sender.running = false;
            LockSupport.unpark(sender.thread);
        }
        for (final Sender sender : senders) {
            try {
                sender.thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (final StreamConnection connection : sender.connections) {
                connection.release();
            }
            sender.connections.clear();
        }
        owners.clear();
    }

    /** One sender thread and the connections it owns. */
    private final class Sender implements Runnable {
        private final CopyOnWriteArrayList<StreamConnection> connections = new CopyOnWriteArrayList<>();
        private final IdleStrategy idle = new BackoffIdleStrategy(10, 10, TimeUnit.MICROSECONDS.toNanos(10),
            TimeUnit.MILLISECONDS.toNanos(1));
        private final Thread thread;
        private volatile boolean running = true;

        Sender(final String name) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                int work = 0;
                final long now = System.nanoTime();
                for (final StreamConnection connection : connections) {
                    work += serve(connection, now);
                }
                idle.idle(work);
            }
        }

        private int serve(final StreamConnection connection, final long now) {
            try {
                if (connection.isClosed()) {
                    connection.release();
                    connections.remove(connection);
                    owners.remove(connection.id());
                    return 1;
                }
                return connection.service(now);
            } catch (final RuntimeException e) {
                LOG.warn("WebSocket connection {} failed; closing it", connection.id(), e);
                connection.markClosed();
                return 1;
            }
        }
    }
}
