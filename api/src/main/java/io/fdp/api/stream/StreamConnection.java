package io.fdp.api.stream;

import io.fdp.api.http.ApiException;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.proto.api.v1.Heartbeat;
import io.fdp.proto.api.v1.StreamAction;
import io.fdp.proto.api.v1.StreamChannel;
import io.fdp.proto.api.v1.StreamMessage;
import io.fdp.proto.api.v1.StreamRequest;
import io.fdp.proto.api.v1.SubscriptionStatus;
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.fdp.proto.market.v1.CandleInterval;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket client: its subscriptions, its engine polling {@link Subscription}, and its sends.
 *
 * <p>Threads: {@link #offer} and {@link #markClosed} run on the connection's IO thread; everything else runs on the one
 * sender thread that owns the connection, which alone polls the subscription and writes to the socket, so messages
 * keep their order. Counters read by metrics are volatile.
 */
final class StreamConnection implements MarketDataListener, WebSocketCallback<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);

    private final long id;
    private final WebSocketChannel channel;
    private final StreamSettings settings;
    private final ProtoConverter converter;
    private final InstrumentRegistry registry;
    private final ArrayBlockingQueue<Command> commands;
    private final AtomicInteger pendingSends = new AtomicInteger();
    private final Map<Integer, Interest> interests = new HashMap<>();
    private final StreamTotals totals;
    private Subscription subscription;
    private int subscribedKinds;
    private int subscribedInstrument = Subscription.ALL_INSTRUMENTS;
    private long lastSendNs = System.nanoTime();
    private long sent;
    private volatile long conflatedBefore;
    private volatile long droppedBefore;
    private volatile boolean closed;
    private boolean released;

    /** A request read by the IO thread, or the error of one that could not be read. */
    record Command(StreamRequest request, Error error) {
    }

    /** What the client wants of one instrument. */
    private static final class Interest {
        private boolean book;
        private int depth;
        private boolean l1;
        private boolean trades;
        private final Set<CandleInterval> candles = EnumSet.noneOf(CandleInterval.class);

        int kinds() {
            return (book ? Subscription.BOOK : 0) | (l1 ? Subscription.QUOTES : 0) | (trades ? Subscription.TRADES : 0)
                | (candles.isEmpty() ? 0 : Subscription.CANDLES);
        }
    }

    StreamConnection(final long id, final WebSocketChannel channel, final StreamSettings settings, final StreamTotals totals) {
        this.id = id;
        this.channel = channel;
        this.settings = settings;
        this.totals = totals;
        this.converter = settings.converter();
        this.registry = settings.engine().registry();
        this.commands = new ArrayBlockingQueue<>(settings.maxQueuedRequests());
    }

    long id() {
        return id;
    }

    /** IO thread: queues a request for the sender thread; false when the queue is full. */
    boolean offer(final Command command) {
        return commands.offer(command);
    }

    /** Any thread: the socket closed; the sender thread releases the subscription. */
    void markClosed() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    /** @return book or L1 states replaced before they were sent. */
    long conflated() {
        final Subscription current = subscription;
        return conflatedBefore + (current == null ? 0 : current.conflated());
    }

    /** @return trades, candles and data-quality events dropped because the client was slow. */
    long dropped() {
        final Subscription current = subscription;
        return droppedBefore + (current == null ? 0
            : current.droppedTrades() + current.droppedCandles() + current.droppedDataQuality());
    }

    /** @return messages written but not yet flushed. */
    int pendingSends() {
        return pendingSends.get();
    }

    /**
     * Sender thread: applies queued requests, polls the engine when the socket keeps up, sends a heartbeat when idle.
     *
     * @param nowNs the monotonic time.
     * @return how much work was done.
     */
    int service(final long nowNs) {
        int work = 0;
        Command command;
        while ((command = commands.poll()) != null) {
            apply(command);
            work++;
        }
        final int room = settings.maxPendingSends() - pendingSends.get();
        if (subscription != null && room > 0) {
            work += subscription.poll(room);
        }
        if (work == 0 && nowNs - lastSendNs >= settings.heartbeatNs() && room > 0) {
            send(StreamMessage.newBuilder().setHeartbeat(Heartbeat.newBuilder()
                .setServerTime(ProtoConverter.timestamp(epochNs()))));
            work++;
        }
        return work;
    }

    /** Sender thread: closes the engine subscription once the socket is gone. */
    void release() {
        if (released) {
            return;
        }
        released = true;
        closed = true;
        replaceSubscription(0, Subscription.ALL_INSTRUMENTS);
        totals.onRelease(this);
        if (channel.isOpen()) {
            try {
                channel.sendClose();
            } catch (final IOException e) {
                LOG.debug("Closing WebSocket {} failed", id, e);
            }
        }
    }

    private void apply(final Command command) {
        if (command.error() != null) {
            send(StreamMessage.newBuilder().setError(command.error()));
            return;
        }
        final StreamRequest request = command.request();
        try {
            validate(request);
        } catch (final ApiException e) {
            send(StreamMessage.newBuilder().setError(e.error().toBuilder().setRequestId(request.getRequestId())));
            return;
        }
        final List<Integer> known = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
        for (final String symbol : request.getInstrumentIdsList()) {
            final int instrument = registry.id(symbol);
            if (instrument == InstrumentRegistry.NOT_FOUND) {
                unknown.add(symbol);
            } else {
                known.add(instrument);
            }
        }
        final int depth = request.getDepth() == 0 || request.getDepth() > settings.engine().views().depth()
            ? settings.engine().views().depth() : request.getDepth();
        for (final int instrument : known) {
            update(instrument, request, depth);
        }
        resubscribe();
        final SubscriptionStatus.Builder status = SubscriptionStatus.newBuilder().setRequestId(request.getRequestId())
            .setAction(request.getAction()).setChannel(request.getChannel());
        known.forEach(instrument -> status.addInstrumentIds(registry.symbol(instrument)));
        if (request.getChannel() == StreamChannel.STREAM_CHANNEL_BOOK) {
            status.setDepth(depth);
        } else if (request.getChannel() == StreamChannel.STREAM_CHANNEL_CANDLES) {
            status.setInterval(request.getInterval());
        }
        send(StreamMessage.newBuilder().setSubscription(status));
        if (!unknown.isEmpty()) {
            send(StreamMessage.newBuilder().setError(Error.newBuilder().setCode(ErrorCode.ERROR_CODE_NOT_FOUND)
                .setField("instrument_ids").setRequestId(request.getRequestId())
                .setMessage("unknown instruments: " + String.join(", ", unknown))));
        }
        if (request.getAction() == StreamAction.STREAM_ACTION_SUBSCRIBE) {
            sendInitialState(known, request.getChannel());
        }
    }

    private static void validate(final StreamRequest request) throws ApiException {
        if (request.getAction() != StreamAction.STREAM_ACTION_SUBSCRIBE
            && request.getAction() != StreamAction.STREAM_ACTION_UNSUBSCRIBE) {
            throw ApiException.invalid("action", "action must be STREAM_ACTION_SUBSCRIBE or STREAM_ACTION_UNSUBSCRIBE");
        }
        if (request.getChannel() == StreamChannel.STREAM_CHANNEL_UNSPECIFIED
            || request.getChannel() == StreamChannel.UNRECOGNIZED) {
            throw ApiException.invalid("channel", "channel must be STREAM_CHANNEL_BOOK, _L1, _TRADES or _CANDLES");
        }
        if (request.getInstrumentIdsCount() == 0) {
            throw ApiException.invalid("instrument_ids", "instrument_ids must name at least one instrument");
        }
        if (request.getChannel() == StreamChannel.STREAM_CHANNEL_CANDLES
            && request.getAction() == StreamAction.STREAM_ACTION_SUBSCRIBE
            && (request.getInterval() == CandleInterval.CANDLE_INTERVAL_UNSPECIFIED
                || request.getInterval() == CandleInterval.UNRECOGNIZED)) {
            throw ApiException.invalid("interval", "interval is required for STREAM_CHANNEL_CANDLES");
        }
    }

    private void update(final int instrument, final StreamRequest request, final int depth) {
        final boolean on = request.getAction() == StreamAction.STREAM_ACTION_SUBSCRIBE;
        final Interest interest = interests.computeIfAbsent(instrument, key -> new Interest());
        switch (request.getChannel()) {
            case STREAM_CHANNEL_BOOK -> {
                interest.book = on;
                interest.depth = depth;
            }
            case STREAM_CHANNEL_L1 -> interest.l1 = on;
            case STREAM_CHANNEL_TRADES -> interest.trades = on;
            case STREAM_CHANNEL_CANDLES -> {
                if (on) {
                    interest.candles.add(request.getInterval());
                } else if (request.getInterval() == CandleInterval.CANDLE_INTERVAL_UNSPECIFIED) {
                    interest.candles.clear();
                } else {
                    interest.candles.remove(request.getInterval());
                }
            }
            default -> throw new IllegalStateException("validated channel " + request.getChannel());
        }
        if (interest.kinds() == 0) {
            interests.remove(instrument);
        }
    }

    private void resubscribe() {
        int kinds = 0;
        for (final Interest interest : interests.values()) {
            kinds |= interest.kinds();
        }
        final int instrument = interests.size() == 1 ? interests.keySet().iterator().next() : Subscription.ALL_INSTRUMENTS;
        if (kinds != 0) {
            kinds |= Subscription.DATA_QUALITY;
        }
        if (kinds != subscribedKinds || instrument != subscribedInstrument) {
            replaceSubscription(kinds, instrument);
        }
    }

    private void replaceSubscription(final int kinds, final int instrument) {
        final Subscription old = subscription;
        if (old != null) {
            old.close();
            conflatedBefore += old.conflated();
            droppedBefore += old.droppedTrades() + old.droppedCandles() + old.droppedDataQuality();
        }
        subscription = kinds == 0 ? null : settings.engine().subscribers()
            .subscribeForPolling(instrument, kinds, settings.engine().views().depth(), this);
        subscribedKinds = kinds;
        subscribedInstrument = instrument;
    }

    private void sendInitialState(final List<Integer> instruments, final StreamChannel channel) {
        if (channel != StreamChannel.STREAM_CHANNEL_BOOK && channel != StreamChannel.STREAM_CHANNEL_L1) {
            return;
        }
        final BookSnapshot view = new BookSnapshot(settings.engine().views().depth());
        for (final int instrument : instruments) {
            if (settings.engine().views().read(instrument, view)) {
                if (channel == StreamChannel.STREAM_CHANNEL_BOOK) {
                    send(StreamMessage.newBuilder().setBookSnapshot(converter.book(view, interests.get(instrument).depth)));
                } else {
                    send(StreamMessage.newBuilder().setQuote(converter.quote(view)));
                }
            }
        }
    }

    @Override
    public void onBook(final BookSnapshot book) {
        final Interest interest = interests.get(book.instrumentId());
        if (interest != null && interest.book) {
            send(StreamMessage.newBuilder().setBookSnapshot(converter.book(book, interest.depth)));
        }
    }

    @Override
    public void onQuote(final BookSnapshot book) {
        final Interest interest = interests.get(book.instrumentId());
        if (interest != null && interest.l1) {
            send(StreamMessage.newBuilder().setQuote(converter.quote(book)));
        }
    }

    @Override
    public void onTrade(final int instrumentId, final long timeNs, final long price, final long size, final byte aggressorSide,
        final long tradeId) {
        final Interest interest = interests.get(instrumentId);
        if (interest != null && interest.trades) {
            send(StreamMessage.newBuilder().setTrade(converter.trade(instrumentId, timeNs, epochNs(), price, size,
                aggressorSide, tradeId)));
        }
    }

    @Override
    public void onCandle(final Candle candle) {
        final Interest interest = interests.get(candle.instrumentId());
        if (interest != null && !interest.candles.isEmpty()) {
            final io.fdp.proto.market.v1.Candle message = converter.candle(candle, epochNs());
            if (interest.candles.contains(message.getInterval())) {
                send(StreamMessage.newBuilder().setCandle(message));
            }
        }
    }

    @Override
    public void onDataQuality(final int instrumentId, final int kind, final long expected, final long received) {
        if (instrumentId < 0 || interests.containsKey(instrumentId)) {
            send(StreamMessage.newBuilder().setQualityEvent(converter.dataQuality(instrumentId, kind, expected, received,
                epochNs(), epochNs())));
        }
    }

    private void send(final StreamMessage.Builder message) {
        if (closed) {
            return;
        }
        sent++;
        message.setStreamSequence(sent + dropped()).setSendTime(ProtoConverter.timestamp(epochNs()));
        final String json = settings.codec().json(message.build());
        pendingSends.incrementAndGet();
        lastSendNs = System.nanoTime();
        totals.onSend();
        WebSockets.sendText(json, channel, this);
    }

    /** IO thread: a message reached the socket. */
    @Override
    public void complete(final WebSocketChannel webSocketChannel, final Void context) {
        pendingSends.decrementAndGet();
    }

    /** IO thread: a message could not be written; the connection is closed. */
    @Override
    public void onError(final WebSocketChannel webSocketChannel, final Void context, final Throwable throwable) {
        pendingSends.decrementAndGet();
        LOG.debug("WebSocket {} send failed; closing", id, throwable);
        markClosed();
    }

    private static long epochNs() {
        final java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
