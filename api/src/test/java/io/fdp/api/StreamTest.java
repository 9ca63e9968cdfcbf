package io.fdp.api;

import io.fdp.engine.book.Side;
import io.fdp.proto.api.v1.StreamChannel;
import io.fdp.proto.api.v1.StreamMessage;
import io.fdp.proto.api.v1.SubscriptionStatus;
import io.fdp.proto.common.v1.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(90)
class StreamTest {
    private TestMarket market;
    private ApiServer server;

    @BeforeEach
    void start() {
        market = new TestMarket();
        market.aaplBook();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(false).streamMaxPending(4)
            .streamHeartbeat(Duration.ofMillis(300)), market.engine);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        market.close();
    }

    private static String subscribe(final String channel, final String symbols, final String extra) {
        return "{\"action\":\"STREAM_ACTION_SUBSCRIBE\",\"channel\":\"STREAM_CHANNEL_" + channel + "\",\"instrumentIds\":["
            + symbols + "],\"requestId\":\"" + channel.toLowerCase(java.util.Locale.ROOT) + "\"" + extra + "}";
    }

    @Test
    void bookSubscriptionGetsItsStatusASnapshotAndThenEveryChange() throws Exception {
        try (StreamClient client = new StreamClient(server.port(), true)) {
            client.send(subscribe("BOOK", "\"AAPL\"", ",\"depth\":2"));
            final SubscriptionStatus status = client.await(StreamMessage::hasSubscription).getSubscription();
            assertThat(status.getRequestId()).isEqualTo("book");
            assertThat(status.getInstrumentIdsList()).containsExactly("AAPL");
            assertThat(status.getDepth()).isEqualTo(2);
            final StreamMessage first = client.await(StreamMessage::hasBookSnapshot);
            assertThat(first.getBookSnapshot().getBidsCount()).isEqualTo(2);
            assertThat(first.getBookSnapshot().getBids(0).getPrice().getMantissa()).isEqualTo(1_000_000);

            market.publisher.levelSet(market.aapl, 0, TestMarket.T0 + 100, Side.BUY, 1_000_050, 7);
            market.engine.drain();
            final StreamMessage update = client.await(message -> message.hasBookSnapshot()
                && message.getBookSnapshot().getBids(0).getPrice().getMantissa() == 1_000_050);
            assertThat(update.getBookSnapshot().getBids(0).getSize().getMantissa()).isEqualTo(7);
            assertThat(update.getStreamSequence()).isGreaterThan(first.getStreamSequence());
            assertThat(update.hasSendTime()).isTrue();
        }
    }

    @Test
    void quotesAndTradesChannels() throws Exception {
        try (StreamClient client = new StreamClient(server.port(), true)) {
            client.send(subscribe("L1", "\"XBT/USD\"", ""));
            client.send(subscribe("TRADES", "\"XBT/USD\"", ""));
            client.await(message -> message.hasSubscription()
                && message.getSubscription().getChannel() == StreamChannel.STREAM_CHANNEL_TRADES);
            market.publisher.levelSet(market.btc, 0, TestMarket.T0, Side.SELL, 600_010, 3);
            market.publisher.trade(market.btc, 0, TestMarket.T0 + 1, 600_005, 2, Side.BUY, 77);
            market.engine.drain();
            final StreamMessage first = client.await(message -> message.hasQuote() || message.hasTrade());
            final StreamMessage second = client.await(message -> message.hasQuote() != first.hasQuote()
                && message.hasTrade() != first.hasTrade());
            final StreamMessage quote = first.hasQuote() ? first : second;
            final StreamMessage trade = first.hasTrade() ? first : second;
            assertThat(quote.getQuote().getInstrumentId()).isEqualTo("XBT/USD");
            assertThat(quote.getQuote().getAskPrice().getMantissa()).isEqualTo(600_010);
            assertThat(trade.getTrade().getTradeId()).isEqualTo("77");
            assertThat(trade.getTrade().getPrice().getMantissa()).isEqualTo(600_005);
        }
    }

    @Test
    void badRequestsAreAnsweredWithErrors() throws Exception {
        try (StreamClient client = new StreamClient(server.port(), true)) {
            client.send("{\"action\":\"subscribe please\"}");
            assertThat(client.await(StreamMessage::hasError).getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_INVALID_ARGUMENT);
            client.send("{\"action\":\"STREAM_ACTION_SUBSCRIBE\",\"instrumentIds\":[\"AAPL\"],\"requestId\":\"x\"}");
            final StreamMessage noChannel = client.await(StreamMessage::hasError);
            assertThat(noChannel.getError().getField()).isEqualTo("channel");
            assertThat(noChannel.getError().getRequestId()).isEqualTo("x");
            client.send(subscribe("CANDLES", "\"AAPL\"", ""));
            assertThat(client.await(StreamMessage::hasError).getError().getField()).isEqualTo("interval");
            client.send(subscribe("BOOK", "\"AAPL\",\"NOPE\"", ""));
            assertThat(client.await(StreamMessage::hasSubscription).getSubscription().getInstrumentIdsList())
                .containsExactly("AAPL");
            final StreamMessage unknown = client.await(StreamMessage::hasError);
            assertThat(unknown.getError().getCode()).isEqualTo(ErrorCode.ERROR_CODE_NOT_FOUND);
            assertThat(unknown.getError().getMessage()).contains("NOPE");
        }
    }

    @Test
    void unsubscribeStopsUpdatesAndIdleConnectionsGetHeartbeats() throws Exception {
        try (StreamClient client = new StreamClient(server.port(), true)) {
            client.send(subscribe("BOOK", "\"AAPL\"", ""));
            client.await(StreamMessage::hasBookSnapshot);
            client.send("{\"action\":\"STREAM_ACTION_UNSUBSCRIBE\",\"channel\":\"STREAM_CHANNEL_BOOK\",\"instrumentIds\":"
                + "[\"AAPL\"],\"requestId\":\"u\"}");
            client.await(message -> message.hasSubscription() && message.getSubscription().getRequestId().equals("u"));
            market.publisher.levelSet(market.aapl, 0, TestMarket.T0 + 100, Side.BUY, 1_000_070, 7);
            market.engine.drain();
            final StreamMessage heartbeat = client.await(message -> message.hasHeartbeat() || message.hasBookSnapshot());
            assertThat(heartbeat.hasHeartbeat()).as("no book after unsubscribing").isTrue();
            assertThat(client.received).noneMatch(StreamMessage::hasBookSnapshot);
        }
    }

    @Test
    void slowClientDropsWhileAFastClientGetsEverythingAndTheEngineGoesOn() throws Exception {
        final int trades = 40_000;
        try (TestMarket paced = new TestMarket(4096);
             ApiServer roomy = new ApiServer(new ApiConfig().port(0).authEnabled(false).streamMaxPending(32), paced.engine)) {
            roomy.start();
            try (StreamClient slow = new StreamClient(roomy.port(), false);
                 StreamClient fast = new StreamClient(roomy.port(), true)) {
                slow.send(subscribe("TRADES", "\"AAPL\"", ""));
                slow.await(StreamMessage::hasSubscription);
                fast.send(subscribe("TRADES", "\"AAPL\"", ""));
                fast.await(StreamMessage::hasSubscription);
                final long startNs = System.nanoTime();
                for (int i = 1; i <= trades; i++) {
                    paced.publisher.trade(paced.aapl, 0, TestMarket.T0 + i, 1_000_100, 1, Side.BUY, i);
                    if (i % 32 == 0) {
                        paced.engine.drain();
                        Thread.sleep(1);
                        // The fast client is one that keeps up: on a busy machine, wait for it rather than outrun it.
                        awaitReceived(fast, i - 1_024);
                    }
                }
                paced.engine.drain();
                final long publishMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNs);
                fast.await(message -> message.hasTrade() && message.getTrade().getTradeId().equals(Integer.toString(trades)));
                final String metrics = new Http(roomy.port()).get("/metrics").body();
                assertThat(publishMs).as("the engine never waits for WebSocket clients").isLessThan(60_000);
                final long slowDrops = drops(metrics, 1);
                assertThat(slowDrops).as("the slow client's drops: %s", metrics).isPositive();
                assertThat(drops(metrics, 2)).as("the fast client's drops").isZero();
                assertThat(metrics).contains("fdp_api_websocket_connection_pending_sends{connection=\"1\"} 32\n");
                assertThat(slow.received).as("the slow client read only its subscription status").isEmpty();
            }
        }
    }

    private static void awaitReceived(final StreamClient client, final int messages) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (client.received.size() < messages && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static long drops(final String metrics, final int connection) {
        final Matcher matcher = Pattern.compile("fdp_api_websocket_connection_drops_total\\{connection=\"" + connection
            + "\",kind=\"dropped\"} (\\d+)").matcher(metrics);
        assertThat(matcher.find()).as("connection %d in %s", connection, metrics).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
