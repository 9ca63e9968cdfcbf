package io.fdp.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.ProducerType;

import java.time.Duration;
import java.util.Locale;

/**
 * The engine's settings, each with a system property name and a default (Aeron's Context style); setters chain.
 */
public final class EngineConfig {
    /** Ring size, a power of two. */
    public static final String RING_SIZE_PROP_NAME = "fdp.engine.ring.size";
    /** Default ring size. */
    public static final int RING_SIZE_DEFAULT = 65_536;
    /** How idle handler threads wait: blocking, sleeping, yielding or busy-spin. */
    public static final String WAIT_STRATEGY_PROP_NAME = "fdp.engine.wait.strategy";
    /** Default wait strategy: sleeping spins, then yields, then parks briefly; it leaves CPU for others on small hosts. */
    public static final String WAIT_STRATEGY_DEFAULT = "sleeping";
    /** Whether one feed thread (single) or several (multi) publish onto the ring. */
    public static final String PRODUCER_TYPE_PROP_NAME = "fdp.engine.producers";
    /** Default producer type. */
    public static final String PRODUCER_TYPE_DEFAULT = "multi";
    /** The most instruments. */
    public static final String MAX_INSTRUMENTS_PROP_NAME = "fdp.engine.instruments.max";
    /** Default most instruments. */
    public static final int MAX_INSTRUMENTS_DEFAULT = 16_384;
    /** Live orders per L3 book. */
    public static final String BOOK_ORDER_CAPACITY_PROP_NAME = "fdp.engine.book.orders";
    /** Default live orders per L3 book. */
    public static final int BOOK_ORDER_CAPACITY_DEFAULT = 100_000;
    /** Price levels per side of a book. */
    public static final String BOOK_LEVEL_CAPACITY_PROP_NAME = "fdp.engine.book.levels";
    /** Default price levels per side. */
    public static final int BOOK_LEVEL_CAPACITY_DEFAULT = 4_096;
    /** Levels per side kept in the views that the API and subscribers read. */
    public static final String VIEW_DEPTH_PROP_NAME = "fdp.engine.view.depth";
    /** Default view depth. */
    public static final int VIEW_DEPTH_DEFAULT = 20;
    /** Trade, candle and data-quality queue size of each subscriber. */
    public static final String SUBSCRIBER_QUEUE_PROP_NAME = "fdp.engine.subscriber.queue";
    /** Default subscriber queue size. */
    public static final int SUBSCRIBER_QUEUE_DEFAULT = 4_096;
    /** How late a trade may be and still revise a closed candle, as an ISO-8601 duration. */
    public static final String CANDLE_LATE_HORIZON_PROP_NAME = "fdp.engine.candle.late.horizon";
    /** Default late horizon. */
    public static final String CANDLE_LATE_HORIZON_DEFAULT = "PT5M";
    /** Trades per tick bar. */
    public static final String TICK_BAR_TRADES_PROP_NAME = "fdp.engine.candle.tick.trades";
    /** Default trades per tick bar. */
    public static final int TICK_BAR_TRADES_DEFAULT = 100;
    /** Volume per volume bar, as a size mantissa. */
    public static final String VOLUME_BAR_SIZE_PROP_NAME = "fdp.engine.candle.volume.size";
    /** Default volume per volume bar. */
    public static final long VOLUME_BAR_SIZE_DEFAULT = 10_000;

    private int ringSize = Integer.getInteger(RING_SIZE_PROP_NAME, RING_SIZE_DEFAULT);
    private String waitStrategy = System.getProperty(WAIT_STRATEGY_PROP_NAME, WAIT_STRATEGY_DEFAULT);
    private String producerType = System.getProperty(PRODUCER_TYPE_PROP_NAME, PRODUCER_TYPE_DEFAULT);
    private int maxInstruments = Integer.getInteger(MAX_INSTRUMENTS_PROP_NAME, MAX_INSTRUMENTS_DEFAULT);
    private int bookOrderCapacity = Integer.getInteger(BOOK_ORDER_CAPACITY_PROP_NAME, BOOK_ORDER_CAPACITY_DEFAULT);
    private int bookLevelCapacity = Integer.getInteger(BOOK_LEVEL_CAPACITY_PROP_NAME, BOOK_LEVEL_CAPACITY_DEFAULT);
    private int viewDepth = Integer.getInteger(VIEW_DEPTH_PROP_NAME, VIEW_DEPTH_DEFAULT);
    private int subscriberQueue = Integer.getInteger(SUBSCRIBER_QUEUE_PROP_NAME, SUBSCRIBER_QUEUE_DEFAULT);
    private long candleLateHorizonNs =
        Duration.parse(System.getProperty(CANDLE_LATE_HORIZON_PROP_NAME, CANDLE_LATE_HORIZON_DEFAULT)).toNanos();
    private int tickBarTrades = Integer.getInteger(TICK_BAR_TRADES_PROP_NAME, TICK_BAR_TRADES_DEFAULT);
    private long volumeBarSize = Long.getLong(VOLUME_BAR_SIZE_PROP_NAME, VOLUME_BAR_SIZE_DEFAULT);

    /** @return the ring size. */
    public int ringSize() {
        return ringSize;
    }

    /** @param value the ring size, a power of two. @return this. */
    public EngineConfig ringSize(final int value) {
        ringSize = value;
        return this;
    }

    /** @return the wait strategy name. */
    public String waitStrategy() {
        return waitStrategy;
    }

    /** @param value blocking, sleeping, yielding or busy-spin. @return this. */
    public EngineConfig waitStrategy(final String value) {
        waitStrategy = value;
        return this;
    }

    /** @return single or multi. */
    public String producerType() {
        return producerType;
    }

    /** @param value single (one feed thread) or multi. @return this. */
    public EngineConfig producerType(final String value) {
        producerType = value;
        return this;
    }

    /** @return the most instruments. */
    public int maxInstruments() {
        return maxInstruments;
    }

    /** @param value the most instruments. @return this. */
    public EngineConfig maxInstruments(final int value) {
        maxInstruments = value;
        return this;
    }

    /** @return live orders per L3 book. */
    public int bookOrderCapacity() {
        return bookOrderCapacity;
    }

    /** @param value live orders per L3 book. @return this. */
    public EngineConfig bookOrderCapacity(final int value) {
        bookOrderCapacity = value;
        return this;
    }

    /** @return price levels per side of a book. */
    public int bookLevelCapacity() {
        return bookLevelCapacity;
    }

    /** @param value price levels per side of a book. @return this. */
    public EngineConfig bookLevelCapacity(final int value) {
        bookLevelCapacity = value;
        return this;
    }

    /** @return levels per side in the views. */
    public int viewDepth() {
        return viewDepth;
    }

    /** @param value levels per side in the views. @return this. */
    public EngineConfig viewDepth(final int value) {
        viewDepth = value;
        return this;
    }

    /** @return each subscriber's queue size. */
    public int subscriberQueue() {
        return subscriberQueue;
    }

    /** @param value each subscriber's queue size. @return this. */
    public EngineConfig subscriberQueue(final int value) {
        subscriberQueue = value;
        return this;
    }

    /** @return how late a trade may revise a closed candle, ns. */
    public long candleLateHorizonNs() {
        return candleLateHorizonNs;
    }

    /** @param value how late a trade may revise a closed candle, ns. @return this. */
    public EngineConfig candleLateHorizonNs(final long value) {
        candleLateHorizonNs = value;
        return this;
    }

    /** @return trades per tick bar. */
    public int tickBarTrades() {
        return tickBarTrades;
    }

    /** @param value trades per tick bar. @return this. */
    public EngineConfig tickBarTrades(final int value) {
        tickBarTrades = value;
        return this;
    }

    /** @return volume per volume bar. */
    public long volumeBarSize() {
        return volumeBarSize;
    }

    /** @param value volume per volume bar. @return this. */
    public EngineConfig volumeBarSize(final long value) {
        volumeBarSize = value;
        return this;
    }

    WaitStrategy newWaitStrategy() {
        return switch (waitStrategy.toLowerCase(Locale.ROOT)) {
            case "blocking" -> new BlockingWaitStrategy();
            case "sleeping" -> new SleepingWaitStrategy();
            case "yielding" -> new YieldingWaitStrategy();
            case "busy-spin", "busyspin" -> new BusySpinWaitStrategy();
            default -> throw new IllegalArgumentException(WAIT_STRATEGY_PROP_NAME + " must be blocking, sleeping, yielding"
                + " or busy-spin, not '" + waitStrategy + "'");
        };
    }

    ProducerType newProducerType() {
        return switch (producerType.toLowerCase(Locale.ROOT)) {
            case "single" -> ProducerType.SINGLE;
            case "multi" -> ProducerType.MULTI;
            default -> throw new IllegalArgumentException(PRODUCER_TYPE_PROP_NAME + " must be single or multi, not '"
                + producerType + "'");
        };
    }
}
