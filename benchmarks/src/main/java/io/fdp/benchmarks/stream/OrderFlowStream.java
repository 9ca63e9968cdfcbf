package io.fdp.benchmarks.stream;

import io.fdp.engine.event.EventType;
import io.fdp.feed.synthetic.OrderFlowConfig;
import io.fdp.feed.synthetic.OrderFlowGenerator;
import io.fdp.feed.synthetic.SyntheticEvent;

import java.util.Arrays;

/**
 * One pass of synthetic L3 order flow from {@link OrderFlowGenerator}, as parallel primitive arrays indexed by event.
 * <p>
 * The pass is the generator's events followed by deletes of every order still live, so it starts and ends with
 * every book empty and can be replayed in a loop without clearing anything. A replay keeps time and sequence
 * numbers increasing by shifting them per pass: see {@link #eventTimeNs(int, long)} and {@link #sequence(int, long)}.
 * Order ids repeat from pass to pass, which is valid because no order outlives its pass.
 */
public final class OrderFlowStream {
    /** Generated events in the standard stream, before the closing deletes. */
    public static final int EVENTS = 1_000_000;
    /** Instruments in the standard stream. */
    public static final int INSTRUMENTS = 16;
    /** Cap on live orders per instrument in the standard stream; books are sized to it. */
    public static final int MAX_LIVE_ORDERS = 1_000;
    /** Seed of the standard stream. */
    public static final long SEED = 20_240_102L;
    /** Mean synthetic time between events of the standard stream: 100k events/s, so a pass spans about 10 s. */
    public static final long MEAN_GAP_NS = 10_000;

    private static OrderFlowStream standard;

    /** Number of events in one pass. */
    public final int length;
    /** Number of instruments, whose ids are {@code 0 .. instruments - 1}. */
    public final int instruments;
    /** Most live orders any instrument has at any point of the pass. */
    public final int maxLiveOrders;
    /** Event type per event: ORDER_ADD, ORDER_CANCEL, ORDER_DELETE or ORDER_EXECUTE. */
    public final byte[] types;
    /** Instrument id per event. */
    public final int[] instrumentIds;
    /** Per-instrument sequence number per event, from 1 in each pass. */
    public final long[] sequences;
    /** Event time per event in the first pass, nanoseconds since the Unix epoch. */
    public final long[] eventTimesNs;
    /** Order id per event. */
    public final long[] orderIds;
    /** Side of the order per event. */
    public final byte[] sides;
    /** Price mantissa of the order per event (exponent -4). */
    public final long[] prices;
    /** Added, cancelled, executed or deleted size per event. */
    public final long[] sizes;
    /** Match number per execution, 0 for other events. */
    public final long[] tradeIds;
    /** Events per instrument in one pass, which shifts that instrument's sequence numbers per pass. */
    public final long[] eventsPerInstrument;
    /** Time shift per pass: from the first event's time to one mean gap after the last's. */
    public final long spanNs;

    private OrderFlowStream(final OrderFlowConfig config, final int events) {
        final OrderFlowGenerator generator = new OrderFlowGenerator(config);
        final SyntheticEvent event = new SyntheticEvent();
        final int capacity = events + config.instruments() * config.maxLiveOrders();
        final byte[] t = new byte[capacity];
        final int[] ins = new int[capacity];
        final long[] seq = new long[capacity];
        final long[] time = new long[capacity];
        final long[] ids = new long[capacity];
        final byte[] sd = new byte[capacity];
        final long[] px = new long[capacity];
        final long[] qty = new long[capacity];
        final long[] trade = new long[capacity];
        int n = 0;
        int highestLive = 0;
        while (n < events || generator.nextClosing(event)) {
            if (n < events) {
                generator.next(event);
            }
            t[n] = event.type();
            ins[n] = event.instrumentId();
            seq[n] = event.sequence();
            time[n] = event.eventTimeNs();
            ids[n] = event.orderId();
            sd[n] = event.side();
            px[n] = event.price();
            qty[n] = event.size();
            trade[n] = event.tradeId();
            highestLive = Math.max(highestLive, generator.liveOrders(event.instrumentId()));
            n++;
        }
        length = n;
        instruments = config.instruments();
        maxLiveOrders = highestLive;
        types = Arrays.copyOf(t, n);
        instrumentIds = Arrays.copyOf(ins, n);
        sequences = Arrays.copyOf(seq, n);
        eventTimesNs = Arrays.copyOf(time, n);
        orderIds = Arrays.copyOf(ids, n);
        sides = Arrays.copyOf(sd, n);
        prices = Arrays.copyOf(px, n);
        sizes = Arrays.copyOf(qty, n);
        tradeIds = Arrays.copyOf(trade, n);
        eventsPerInstrument = new long[instruments];
        for (int i = 0; i < n; i++) {
            eventsPerInstrument[instrumentIds[i]]++;
        }
        spanNs = eventTimesNs[n - 1] - eventTimesNs[0] + config.meanGapNs();
    }

    /**
     * The stream every benchmark replays, built once per JVM.
     *
     * @return {@value #EVENTS} events over {@value #INSTRUMENTS} instruments plus the closing deletes.
     */
    public static synchronized OrderFlowStream standard() {
        if (standard == null) {
            standard = generate(new OrderFlowConfig().seed(SEED).instruments(INSTRUMENTS).maxLiveOrders(MAX_LIVE_ORDERS)
                .meanGapNs(MEAN_GAP_NS), EVENTS);
        }
        return standard;
    }

    /**
     * Builds a stream.
     *
     * @param config the order flow's settings.
     * @param events generated events, before the closing deletes.
     * @return the stream.
     */
    public static OrderFlowStream generate(final OrderFlowConfig config, final int events) {
        return new OrderFlowStream(config, events);
    }

    /**
     * Time of an event in a given pass of a replay.
     *
     * @param index the event's index in the pass.
     * @param pass  0 for the first pass.
     * @return its time shifted by whole passes, so that time keeps increasing.
     */
    public long eventTimeNs(final int index, final long pass) {
        return eventTimesNs[index] + pass * spanNs;
    }

    /**
     * Sequence number of an event in a given pass of a replay.
     *
     * @param index the event's index in the pass.
     * @param pass  0 for the first pass.
     * @return its instrument's sequence number, contiguous across passes.
     */
    public long sequence(final int index, final long pass) {
        return sequences[index] + pass * eventsPerInstrument[instrumentIds[index]];
    }

    /**
     * Counts the events of a type.
     *
     * @param type an {@link EventType} code.
     * @return how many events of one pass have it.
     */
    public int count(final byte type) {
        int count = 0;
        for (final byte each : types) {
            count += each == type ? 1 : 0;
        }
        return count;
    }
}
