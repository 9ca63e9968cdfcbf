package io.fdp.app.serve;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.fdp.app.config.FdpConfig;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.persistence.kafka.InProcessKafkaBroker;
import io.fdp.persistence.kafka.KafkaEventPublisher;
import io.fdp.persistence.kafka.KafkaTopics;
import io.fdp.proto.api.v1.GetBookResponse;
import io.fdp.proto.api.v1.GetQuoteResponse;
import io.fdp.proto.api.v1.ListCandlesResponse;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.api.v1.ListObservationsResponse;
import io.fdp.proto.api.v1.ListRatesResponse;
import io.fdp.proto.api.v1.ListTradesResponse;
import io.fdp.proto.api.v1.StreamMessage;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.TradePrint;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.RateValue;
import io.fdp.proto.instrument.v1.SecurityInfo;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application end to end, started from a settings file as {@code fdp serve} reads it: embedded PostgreSQL, an
 * in-process Kafka broker (the Kafka sink publishes the engine's output, and a Kafka input feeds one more instrument),
 * the real LOBSTER and Kraken samples, a paced synthetic flow, reference data including ALFRED vintages, and the API
 * with OAuth2 on. Everything is read back over HTTP, the WebSocket stream and Kafka, with real tokens.
 */
@Timeout(300)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeEndToEndIT {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");
    private static final Path LOBSTER_MESSAGES = DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv");
    private static final Path LOBSTER_BOOKS = DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv");
    private static final Path SOFR = DATA.resolve("rates/SOFR.csv");
    private static final String FEED_TOPIC = "e2e.engine.events";
    private static final String KAFKA_SYMBOL = "KFK.E2E";
    /** Quarterly GDP: Q4 2023 released 2024-01-25, revised 2024-02-28 and 2024-03-28; Q1 2024 released 2024-04-25, revised 2024-05-30. */
    private static final String GDP_VINTAGES = """
        observation_date,GDP_20240125,GDP_20240228,GDP_20240328,GDP_20240425,GDP_20240530
        2023-10-01,27939.0,27956.0,27957.0,27957.0,27957.0
        2024-01-01,.,.,.,28269.2,28255.2
        """;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static TestTokens tokens;
    private static InProcessKafkaBroker broker;
    private static Platform platform;
    private static String readToken;
    private static boolean fed;

    @BeforeAll
    static void start() throws Exception {
        tokens = new TestTokens();
        readToken = tokens.rs256(TestTokens.claims("md:read").build());
        broker = InProcessKafkaBroker.start(dir.resolve("kafka"));
        publishKafkaInput(broker.bootstrapServers());
        final Path gdp = Files.writeString(dir.resolve("GDP_vintages.csv"), GDP_VINTAGES);
        final Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fdp.data.dir", dir.resolve("data").toString());
        settings.put("fdp.kafka.bootstrap.servers", broker.bootstrapServers());
        settings.put("fdp.kafka.feed.topic", FEED_TOPIC);
        settings.put("fdp.kafka.feed.group", "e2e");
        settings.put("fdp.feeds", "aapl,kraken,syn");
        settings.put("fdp.feed.aapl.format", "lobster");
        settings.put("fdp.feed.aapl.input", LOBSTER_MESSAGES.toString());
        settings.put("fdp.feed.aapl.orderbook", LOBSTER_BOOKS.toString());
        settings.put("fdp.feed.kraken.format", "kraken");
        settings.put("fdp.feed.kraken.input", DATA.resolve("crypto/KRAKEN.ws.50.0").toString());
        settings.put("fdp.feed.syn.format", "synthetic");
        settings.put("fdp.feed.syn.instruments", "2");
        settings.put("fdp.feed.syn.events", "4000");
        settings.put("fdp.feed.syn.rate", "400");
        settings.put("fdp.reference", "sofr,gdp,binance");
        settings.put("fdp.reference.sofr.kind", "fred-rate");
        settings.put("fdp.reference.sofr.file", SOFR.toString());
        settings.put("fdp.reference.gdp.kind", "alfred");
        settings.put("fdp.reference.gdp.file", gdp.toString());
        settings.put("fdp.reference.binance.kind", "binance-instruments");
        settings.put("fdp.reference.binance.file", DATA.resolve("crypto/BINANCE.0").toString());
        settings.put("fdp.api.host", "127.0.0.1");
        settings.put("fdp.api.port", "0");
        settings.put("fdp.api.auth.enabled", "true");
        settings.put("fdp.api.auth.jwks.file", tokens.writeJwks(dir).toString());
        settings.put("fdp.api.auth.issuer", TestTokens.ISSUER);
        settings.put("fdp.api.auth.audience", TestTokens.AUDIENCE);
        settings.put("fdp.progress", "never");
        final Path file = dir.resolve("fdp.properties");
        final Properties properties = new Properties();
        properties.putAll(settings);
        try (var writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "end-to-end test");
        }
        platform = Platform.start(PlatformConfig.from(FdpConfig.load(file, Map.of(), new Properties()).values()));
    }

    /** One instrument that only the Kafka input knows: a bid and an ask level. */
    private static void publishKafkaInput(final String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            KafkaTopics.create(admin, List.of(FEED_TOPIC), 2, 1, Map.of(), 30_000);
        }
        final InstrumentRegistry registry = new InstrumentRegistry();
        final int id = registry.register(KAFKA_SYMBOL, -2, 0, 1, 1);
        final long now = System.currentTimeMillis() * 1_000_000L;
        try (KafkaEventPublisher publisher = new KafkaEventPublisher(bootstrapServers, FEED_TOPIC, registry, Map.of())) {
            final MarketEvent event = new MarketEvent();
            event.type(EventType.LEVEL_SET).instrumentId(id).side(Side.BUY).price(10_000).size(5).sequence(1)
                .eventTimeNs(now).ingestionTimeNs(now);
            publisher.publish(event);
            event.side(Side.SELL).price(10_100).size(7).sequence(2);
            publisher.publish(event);
            publisher.flush();
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static void awaitFed() throws InterruptedException {
        if (!fed) {
            assertThat(platform.awaitFed(180, TimeUnit.SECONDS)).as("inputs fed and written by both sinks").isTrue();
            fed = true;
        }
    }

    private static HttpResponse<String> send(final String method, final String path, final String token, final String body)
        throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.api().port() + path))
            .timeout(Duration.ofSeconds(20)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T get(final String path, final T prototype) throws Exception {
        final HttpResponse<String> response = send("GET", path, readToken, null);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        final Message.Builder builder = prototype.newBuilderForType();
        JsonFormat.parser().merge(response.body(), builder);
        return (T) builder.build();
    }

    private static BigDecimal decimal(final Decimal value) {
        return BigDecimal.valueOf(value.getMantissa(), -value.getExponent());
    }

    @Test
    @Order(1)
    void webSocketClientsReceiveLiveBookUpdatesOfTheSyntheticFlow() throws Exception {
        final URI stream = URI.create("ws://127.0.0.1:" + platform.api().port() + "/v1/stream");
        final Throwable refused = catchThrowable(() -> HTTP.newWebSocketBuilder()
            .buildAsync(stream, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS));
        assertThat(refused).hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(401);

        final BlockingQueue<StreamMessage> received = new LinkedBlockingQueue<>();
        final WebSocket socket = HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + readToken)
            .buildAsync(stream, new Collector(received)).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"action\":\"STREAM_ACTION_SUBSCRIBE\",\"channel\":\"STREAM_CHANNEL_BOOK\","
                + "\"instrumentIds\":[\"SYN0000\"],\"requestId\":\"syn\",\"depth\":5}", true).get(10, TimeUnit.SECONDS);
            final List<BookSnapshot> books = new ArrayList<>();
            long lastSequence = -1;
            boolean subscribed = false;
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (books.size() < 20 && System.nanoTime() < deadline) {
                final StreamMessage message = received.poll(100, TimeUnit.MILLISECONDS);
                if (message == null) {
                    continue;
                }
                assertThat(message.hasError()).as("%s", message).isFalse();
                subscribed |= message.hasSubscription() && message.getSubscription().getRequestId().equals("syn");
                if (message.hasBookSnapshot()) {
                    assertThat(message.getStreamSequence()).isGreaterThan(lastSequence);
                    lastSequence = message.getStreamSequence();
                    books.add(message.getBookSnapshot());
                }
            }
            assertThat(subscribed).isTrue();
            assertThat(books).as("a snapshot and then live updates").hasSize(20);
            assertThat(books).allSatisfy(book -> assertThat(book.getInstrumentId()).isEqualTo("SYN0000"));
            assertThat(books.stream().map(book -> List.of(book.getBidsList(), book.getAsksList())).distinct().count())
                .as("the book moves").isGreaterThan(1);
            final BookSnapshot last = books.get(books.size() - 1);
            assertThat(last.getBidsCount()).isBetween(1, 5);
            assertThat(decimal(last.getBids(0).getPrice())).isLessThan(decimal(last.getAsks(0).getPrice()));
        } finally {
            socket.abort();
        }
    }

    @Test
    @Order(2)
    void booksAndQuotesAreTheOnesTheRecordedDataEndsWith() throws Exception {
        awaitFed();
        // A level-10 LOBSTER file holds only the events that touch the top 10 levels, so the deeper levels of a book
        // built from it can be stale (see SOURCES.md): the top of the book is what the file vouches for at its end.
        final List<String> lastRow = List.of(Files.readAllLines(LOBSTER_BOOKS).getLast().split(","));
        final BookSnapshot book = get("/v1/instruments/AAPL/book?depth=10", GetBookResponse.getDefaultInstance()).getBook();
        assertThat(book.getAsksCount()).isEqualTo(10);
        assertThat(book.getBidsCount()).isEqualTo(10);
        assertThat(book.getAsks(0).getPrice().getMantissa()).isEqualTo(Long.parseLong(lastRow.get(0)));
        assertThat(book.getAsks(0).getSize().getMantissa()).isEqualTo(Long.parseLong(lastRow.get(1)));
        assertThat(book.getBids(0).getPrice().getMantissa()).isEqualTo(Long.parseLong(lastRow.get(2)));
        assertThat(book.getBids(0).getSize().getMantissa()).isEqualTo(Long.parseLong(lastRow.get(3)));
        for (int level = 1; level < 10; level++) {
            assertThat(decimal(book.getAsks(level).getPrice())).isGreaterThan(decimal(book.getAsks(level - 1).getPrice()));
            assertThat(decimal(book.getBids(level).getPrice())).isLessThan(decimal(book.getBids(level - 1).getPrice()));
        }
        final GetQuoteResponse quote = get("/v1/instruments/AAPL/quote", GetQuoteResponse.getDefaultInstance());
        assertThat(quote.getQuote().getBidPrice()).isEqualTo(book.getBids(0).getPrice());
        assertThat(quote.getQuote().getAskSize()).isEqualTo(book.getAsks(0).getSize());

        final GetQuoteResponse fromKafka = get("/v1/instruments/" + KAFKA_SYMBOL + "/quote", GetQuoteResponse.getDefaultInstance());
        assertThat(decimal(fromKafka.getQuote().getBidPrice())).isEqualByComparingTo("100.00");
        assertThat(decimal(fromKafka.getQuote().getAskPrice())).isEqualByComparingTo("101.00");
        assertThat(fromKafka.getQuote().getAskSize().getMantissa()).isEqualTo(7);

        final ListInstrumentsResponse instruments = get("/v1/instruments?page_size=1000",
            ListInstrumentsResponse.getDefaultInstance());
        assertThat(instruments.getInstrumentsList()).extracting(SecurityInfo::getSymbol)
            .contains("AAPL", "XBT/CHF", "SYN0000", "SYN0001", KAFKA_SYMBOL);
    }

    @Test
    @Order(3)
    void storedTradesCandlesAndKafkaTopicsAgree() throws Exception {
        awaitFed();
        final List<TradePrint> trades = get("/v1/trades/AAPL?page_size=1000", ListTradesResponse.getDefaultInstance())
            .getTradesList();
        assertThat(trades).isNotEmpty();
        final BigDecimal tradedVolume = trades.stream().map(trade -> decimal(trade.getSize())).reduce(BigDecimal.ZERO, BigDecimal::add);
        final List<Candle> candles = get("/v1/candles/AAPL?interval=CANDLE_INTERVAL_1_MINUTE&page_size=1000",
            ListCandlesResponse.getDefaultInstance()).getCandlesList();
        assertThat(candles).isNotEmpty();
        assertThat(candles.stream().map(candle -> decimal(candle.getVolume())).reduce(BigDecimal.ZERO, BigDecimal::add))
            .as("one-minute candles hold every stored trade").isEqualByComparingTo(tradedVolume);

        // Both sinks take trades from the output journal's TRADE records, so Kafka holds exactly the stored trades.
        final List<TradePrint> onKafka = new ArrayList<>();
        final Map<String, Map<String, Integer>> published = consumeMarketTopics(onKafka);
        assertThat(onKafka).isNotEmpty();
        assertThat(onKafka.stream().map(ServeEndToEndIT::tradeKey).toList())
            .containsExactlyInAnyOrderElementsOf(trades.stream().map(ServeEndToEndIT::tradeKey).toList());
        assertThat(published.get(KafkaTopics.QUOTES)).containsKeys("AAPL", "XBT/CHF", "SYN0000", KAFKA_SYMBOL);
        assertThat(published.get(KafkaTopics.CANDLES)).containsKey("AAPL");
        assertThat(published.get(KafkaTopics.BOOKS)).containsKey("AAPL");
        assertThat(platform.kafkaSink().failure()).isNull();
        final String metrics = send("GET", "/metrics", readToken, null).body();
        assertThat(metrics).contains("fdp_sink_committed_records_total{sink=\"kafka\"} " + platform.kafkaSink().committedRecords())
            .contains("fdp_sink_failures_total{sink=\"kafka\"} 0").contains("fdp_sink_lag_events{sink=\"postgres\"}");
    }

    private static String tradeKey(final TradePrint trade) {
        return trade.getInstrumentId() + " " + decimal(trade.getPrice()) + " x " + decimal(trade.getSize()) + " at "
            + trade.getEventTime().getSeconds() + "." + trade.getEventTime().getNanos();
    }

    /** Records per topic and key, read committed, until all the Kafka sink committed are read; AAPL trades into a list. */
    private static Map<String, Map<String, Integer>> consumeMarketTopics(final List<TradePrint> aaplTrades) throws Exception {
        final Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        KafkaTopics.MARKET_TOPICS.forEach(topic -> counts.put(topic, new HashMap<>()));
        final long expected = platform.kafkaSink().committedRecords();
        long seen = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(KafkaTopics.MARKET_TOPICS);
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (seen < expected && System.nanoTime() < deadline) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    final String key = new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
                    counts.get(record.topic()).merge(key, 1, Integer::sum);
                    if (record.topic().equals(KafkaTopics.TRADES) && key.equals("AAPL")) {
                        aaplTrades.add(TradePrint.parseFrom(record.value()));
                    }
                    seen++;
                }
            }
        }
        assertThat(seen).as("records the Kafka sink committed").isEqualTo(expected);
        return counts;
    }

    @Test
    @Order(4)
    void ratesAreTheOnesOfTheFile() throws Exception {
        awaitFed();
        final Map<String, String> file = new HashMap<>();
        for (final String line : Files.readAllLines(SOFR).subList(1, Files.readAllLines(SOFR).size())) {
            final String[] cells = line.split(",", -1);
            file.put(cells[0], cells[1]);
        }
        final List<RateValue> rates = get("/v1/rates?rate_ids=FRED.SOFR&page_size=50", ListRatesResponse.getDefaultInstance())
            .getRatesList();
        assertThat(rates).hasSize(50);
        for (final RateValue rate : rates) {
            final String date = String.format("%04d-%02d-%02d", rate.getObservationDate().getYear(),
                rate.getObservationDate().getMonth(), rate.getObservationDate().getDay());
            assertThat(decimal(rate.getValue())).as(date).isEqualByComparingTo(file.get(date));
        }
    }

    @Test
    @Order(5)
    void indicatorObservationsAreTheVintageKnownOnTheAsOfDate() throws Exception {
        awaitFed();
        assertThat(observations("")).containsExactly("2023-10-01=27957.0", "2024-01-01=28255.2");
        assertThat(observations("&asOf=2024-02-15")).containsExactly("2023-10-01=27939.0");
        assertThat(observations("&asOf=2024-02-28")).containsExactly("2023-10-01=27956.0");
        assertThat(observations("&asOf=2024-05-01")).containsExactly("2023-10-01=27957.0", "2024-01-01=28269.2");
        assertThat(observations("&asOf=2024-01-24")).isEmpty();
    }

    private static List<String> observations(final String query) throws Exception {
        final List<String> values = new ArrayList<>();
        for (final Observation observation : get("/v1/indicators/FRED.GDP/observations?page_size=100" + query,
            ListObservationsResponse.getDefaultInstance()).getObservationsList()) {
            values.add(String.format("%04d-%02d-%02d=%s", observation.getPeriod().getYear(), observation.getPeriod().getMonth(),
                observation.getPeriod().getDay(), decimal(observation.getValue()).toPlainString()));
        }
        return values;
    }

    @Test
    @Order(6)
    void onlyValidTokensWithTheRightScopeGetIn() throws Exception {
        final Instant now = Instant.now();
        final Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("no token", null);
        rejected.put("alg none", TestTokens.unsigned(TestTokens.claims("md:read").build()));
        rejected.put("HS256 with a key of the JWKS", tokens.hs256WithJwksKey(TestTokens.claims("md:read").build()));
        rejected.put("HS256 keyed with the RSA public key", tokens.hs256WithRsaPublicKey(TestTokens.claims("md:read").build()));
        rejected.put("unknown key", tokens.signedByUnknownKey(TestTokens.claims("md:read").build()));
        rejected.put("wrong issuer", tokens.rs256(TestTokens.claims("md:read").issuer("https://evil.test").build()));
        rejected.put("wrong audience", tokens.es256(TestTokens.claims("md:read").audience("another-api").build()));
        rejected.put("expired", tokens.rs256(TestTokens.claims("md:read").expirationTime(Date.from(now.minusSeconds(300))).build()));
        rejected.put("not yet valid", tokens.es256(TestTokens.claims("md:read").notBeforeTime(Date.from(now.plusSeconds(300)))
            .build()));
        for (final Map.Entry<String, String> token : rejected.entrySet()) {
            for (final String path : List.of("/v1/instruments/AAPL/quote", "/v1/trades/AAPL?page_size=1")) {
                final HttpResponse<String> response = send("GET", path, token.getValue(), null);
                assertThat(response.statusCode()).as("%s on %s", token.getKey(), path).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(token.getKey()).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            }
        }
        final Map<String, String> accepted = Map.of("RS256", tokens.rs256(TestTokens.claims("md:read").build()),
            "ES256", tokens.es256(TestTokens.claims("md:read").build()));
        for (final Map.Entry<String, String> token : accepted.entrySet()) {
            assertThat(send("GET", "/v1/instruments/AAPL/quote", token.getValue(), null).statusCode()).as(token.getKey())
                .isEqualTo(200);
            assertThat(send("GET", "/v1/securities/BINANCE.BTCUSDT", token.getValue(), null).statusCode()).as(token.getKey())
                .isEqualTo(200);
        }

        final String writeOnly = tokens.es256(TestTokens.claims("md:write").build());
        final HttpResponse<String> readWithoutScope = send("GET", "/v1/instruments/AAPL/quote", writeOnly, null);
        assertThat(readWithoutScope.statusCode()).isEqualTo(403);
        assertThat(readWithoutScope.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("scope=\"md:read\"");
        final String rate = "{\"rates\":[{\"rateId\":\"E2E.TEST\",\"value\":{\"mantissa\":\"425\",\"exponent\":-2},"
            + "\"observationDate\":{\"year\":2026,\"month\":1,\"day\":2}}]}";
        final HttpResponse<String> writeWithoutScope = send("PUT", "/v1/rates", readToken, rate);
        assertThat(writeWithoutScope.statusCode()).isEqualTo(403);
        assertThat(writeWithoutScope.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("scope=\"md:write\"");
        assertThat(get("/v1/rates?rate_ids=E2E.TEST", ListRatesResponse.getDefaultInstance()).getRatesList()).isEmpty();
        final HttpResponse<String> written = send("PUT", "/v1/rates", writeOnly, rate);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(get("/v1/rates?rate_ids=E2E.TEST", ListRatesResponse.getDefaultInstance()).getRatesList())
            .extracting(value -> decimal(value.getValue()).toPlainString()).containsExactly("4.25");
    }

    /** Parses every text message of the stream. */
    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<StreamMessage> received;
        private final StringBuilder partial = new StringBuilder();

        Collector(final BlockingQueue<StreamMessage> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            partial.append(data);
            if (last) {
                final StreamMessage.Builder message = StreamMessage.newBuilder();
                try {
                    JsonFormat.parser().ignoringUnknownFields().merge(partial.toString(), message);
                } catch (final com.google.protobuf.InvalidProtocolBufferException e) {
                    throw new IllegalStateException("not a StreamMessage: " + partial, e);
                }
                received.add(message.build());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
