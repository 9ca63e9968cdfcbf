package io.fdp.feed.synthetic;

import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;

import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes an {@link OrderFlowGenerator}'s events onto the engine through a {@link MarketEventPublisher}, at a paced
 * rate or as fast as the ring takes them.
 * <p>
 * The instruments are registered as {@code SYN0000}, {@code SYN0001}, ... with price exponent
 * {@value #PRICE_EXPONENT}, size exponent 0, and the generator's tick and lot sizes. Each event carries its
 * instrument's contiguous sequence number. Paced runs stamp events with the publisher's clock (a live synthetic
 * venue, so candles follow wall-clock time); unpaced runs keep the generator's synthetic times, so the same seed
 * always builds the same engine state.
 * <p>
 * Pacing: event {@code i} is due at {@code start + i / rate}; the loop parks while more than
 * {@value #SPIN_THRESHOLD_NS} ns early and spins on {@link System#nanoTime()} closer than that, and sends late events
 * at once, so a stall is followed by a catch-up burst and the average rate holds.
 * <p>
 * Threading: {@link #run} on one feed thread; {@link #stop()} from any thread. Publishing allocates nothing.
 */
public final class SyntheticFeed {
    /** Prefix of the registered symbols, followed by four digits. */
    public static final String SYMBOL_PREFIX = "SYN";
    /** Price exponent of every synthetic instrument. */
    public static final int PRICE_EXPONENT = -4;
    /** Size exponent of every synthetic instrument. */
    public static final int SIZE_EXPONENT = 0;
    /** Rate that means "as fast as possible". */
    public static final long UNPACED = 0;
    /** Below this many nanoseconds before an event is due, the paced loop spins instead of parking. */
    public static final long SPIN_THRESHOLD_NS = 50_000;

    private static final int CHECK_EVERY = 1024;

    private final OrderFlowGenerator generator;
    private final SyntheticEvent event = new SyntheticEvent();
    private final int[] instrumentIds;
    private volatile boolean stopped;
    private long published;

    /**
     * Creates a feed and registers its instruments.
     *
     * @param config   the order flow's settings.
     * @param registry receives the instruments {@code SYN0000 ..}; symbols already registered keep their ids.
     * @throws IllegalStateException when the registry is full.
     */
    public SyntheticFeed(final OrderFlowConfig config, final InstrumentRegistry registry) {
        generator = new OrderFlowGenerator(config);
        instrumentIds = new int[config.instruments()];
        for (int i = 0; i < instrumentIds.length; i++) {
            final int id = registry.register(symbol(i), PRICE_EXPONENT, SIZE_EXPONENT, config.tickSize(), config.lotSize());
            if (id == InstrumentRegistry.NOT_FOUND) {
                throw new IllegalStateException("the instrument registry is full: cannot register " + symbol(i));
            }
            instrumentIds[i] = id;
        }
    }

    /**
     * Symbol of a synthetic instrument.
     *
     * @param index the generator's instrument index.
     * @return {@code SYN} followed by the index in four digits or more.
     */
    public static String symbol(final int index) {
        return String.format(Locale.ROOT, "%s%04d", SYMBOL_PREFIX, index);
    }

    /**
     * Registry id of a synthetic instrument.
     *
     * @param index the generator's instrument index.
     * @return the id it was registered under.
     */
    public int instrumentId(final int index) {
        return instrumentIds[index];
    }

    /** @return the number of instruments. */
    public int instruments() {
        return instrumentIds.length;
    }

    /** @return how many events this feed has published, over every run. */
    public long published() {
        return published;
    }

    /** Makes a running {@link #run} return soon; a later run starts unstopped. */
    public void stop() {
        stopped = true;
    }

    /**
     * Publishes events until a count, a duration or {@link #stop()}, whichever comes first; a later run continues the
     * same order flow.
     *
     * @param publisher      the engine publisher owned by the calling thread.
     * @param eventsPerSecond the paced rate, or {@link #UNPACED} for as fast as possible.
     * @param maxEvents      the most events to publish, or {@link Long#MAX_VALUE}.
     * @param durationNs     the longest time to run, or 0 for no limit.
     * @return how many events this run published.
     */
    public long run(final MarketEventPublisher publisher, final long eventsPerSecond, final long maxEvents,
        final long durationNs) {
        if (eventsPerSecond < 0 || maxEvents < 0 || durationNs < 0) {
            throw new IllegalArgumentException("rate, count and duration must not be negative");
        }
        final long startNs = System.nanoTime();
        final long deadlineNs = durationNs > 0 ? startNs + durationNs : Long.MAX_VALUE;
        final boolean paced = eventsPerSecond != UNPACED;
        final double periodNs = paced ? 1e9 / eventsPerSecond : 0;
        long count = 0;
        while (count < maxEvents) {
            if (paced) {
                final long dueNs = startNs + (long) (count * periodNs);
                if (!awaitDue(dueNs, deadlineNs)) {
                    break;
                }
            } else if (count % CHECK_EVERY == 0 && (stopped || System.nanoTime() >= deadlineNs)) {
                break;
            }
            generator.next(event);
            publish(publisher, event, paced ? publisher.clock().nanoTime() : event.eventTimeNs());
            count++;
        }
        published += count;
        stopped = false;
        return count;
    }

    /** Waits until {@code dueNs}; false when stopped or when the deadline comes first. */
    private boolean awaitDue(final long dueNs, final long deadlineNs) {
        long nowNs = System.nanoTime();
        while (nowNs < dueNs) {
            if (stopped || nowNs >= deadlineNs) {
                return false;
            }
            final long earlyNs = dueNs - nowNs;
            if (earlyNs > SPIN_THRESHOLD_NS) {
                LockSupport.parkNanos(earlyNs - SPIN_THRESHOLD_NS);
            } else {
                Thread.onSpinWait();
            }
            nowNs = System.nanoTime();
        }
        return !stopped && nowNs < deadlineNs;
    }

    private void publish(final MarketEventPublisher publisher, final SyntheticEvent e, final long eventTimeNs) {
        final int id = instrumentIds[e.instrumentId()];
        switch (e.type()) {
            case EventType.ORDER_ADD -> publisher.orderAdd(id, e.sequence(), eventTimeNs, e.orderId(), e.side(), e.price(),
                e.size(), 0);
            case EventType.ORDER_CANCEL -> publisher.orderCancel(id, e.sequence(), eventTimeNs, e.orderId(), e.size());
            case EventType.ORDER_DELETE -> publisher.orderDelete(id, e.sequence(), eventTimeNs, e.orderId());
            case EventType.ORDER_EXECUTE -> publisher.orderExecute(id, e.sequence(), eventTimeNs, e.orderId(), e.size(),
                e.price(), e.tradeId());
            default -> throw new IllegalStateException("unexpected synthetic event " + e);
        }
    }
}
