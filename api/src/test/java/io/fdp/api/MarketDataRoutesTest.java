package io.fdp.api;

import io.fdp.proto.api.v1.GetBookResponse;
import io.fdp.proto.api.v1.GetQuoteResponse;
import io.fdp.proto.api.v1.ListInstrumentsResponse;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.fdp.proto.instrument.v1.SecurityInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class MarketDataRoutesTest {
    private static TestMarket market;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        market = new TestMarket();
        market.aaplBook();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(false).defaultPageSize(2), market.engine);
        server.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        market.close();
    }

    @Test
    void quoteIsTheTopOfTheEngineBook() {
        final HttpResponse<String> response = http.get("/v1/instruments/AAPL/quote");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        final GetQuoteResponse quote = Json.parse(response.body(), GetQuoteResponse.getDefaultInstance());
        assertThat(quote.getQuote().getInstrumentId()).isEqualTo("AAPL");
        assertThat(quote.getQuote().getBidPrice()).isEqualTo(Decimal.newBuilder().setMantissa(1_000_000).setExponent(-4).build());
        assertThat(quote.getQuote().getAskPrice().getMantissa()).isEqualTo(1_000_100);
        assertThat(quote.getQuote().getAskSize().getMantissa()).isEqualTo(200);
        assertThat(response.body()).contains("\"mantissa\":\"1000000\"");
    }

    @Test
    void bookIsCutToTheRequestedDepthAndDefaultsToTheViewDepth() {
        final GetBookResponse two = Json.parse(http.get("/v1/instruments/AAPL/book?depth=2").body(),
            GetBookResponse.getDefaultInstance());
        assertThat(two.getBook().getBidsList()).extracting(level -> level.getPrice().getMantissa())
            .containsExactly(1_000_000L, 999_900L);
        assertThat(two.getBook().getAsksCount()).isEqualTo(2);
        assertThat(two.getBook().getDepth()).isEqualTo(2);
        final GetBookResponse all = Json.parse(http.get("/v1/instruments/AAPL/book").body(), GetBookResponse.getDefaultInstance());
        assertThat(all.getBook().getBidsCount()).isEqualTo(TestMarket.VIEW_DEPTH);
    }

    @Test
    void depthAboveTheViewDepthIsABadRequestThatSaysTheLimit() {
        final HttpResponse<String> response = http.get("/v1/instruments/AAPL/book?depth=50");
        assertThat(response.statusCode()).isEqualTo(400);
        final Error error = Json.error(response.body());
        assertThat(error.getCode()).isEqualTo(ErrorCode.ERROR_CODE_INVALID_ARGUMENT);
        assertThat(error.getField()).isEqualTo("depth");
        assertThat(error.getMessage()).contains("50").contains("5 levels");
        assertThat(error.getDetailsMap()).containsEntry("max_depth", "5");
        assertThat(error.getRequestId()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void malformedDepthIsABadRequest() {
        final HttpResponse<String> response = http.get("/v1/instruments/AAPL/book?depth=ten");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.error(response.body()).getField()).isEqualTo("depth");
    }

    @Test
    void unknownSymbolIsNotFound() {
        final HttpResponse<String> response = http.get("/v1/instruments/NOPE/quote");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.error(response.body()).getMessage()).contains("NOPE");
    }

    @Test
    void symbolWithASlashTravelsEncoded() {
        market.publisher.levelSet(market.btc, 0, TestMarket.T0, io.fdp.engine.book.Side.BUY, 600_000, 5);
        market.engine.drain();
        final HttpResponse<String> response = http.get("/v1/instruments/XBT%2FUSD/quote");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parse(response.body(), GetQuoteResponse.getDefaultInstance()).getQuote().getInstrumentId())
            .isEqualTo("XBT/USD");
    }

    @Test
    void instrumentWithoutDataIsAFailedPrecondition() {
        final HttpResponse<String> response = http.get("/v1/instruments/IDLE/book");
        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(Json.error(response.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_FAILED_PRECONDITION);
    }

    @Test
    void instrumentsArePagedWithOpaqueTokens() {
        final ListInstrumentsResponse first = Json.parse(http.get("/v1/instruments").body(),
            ListInstrumentsResponse.getDefaultInstance());
        assertThat(first.getInstrumentsList()).extracting(SecurityInfo::getSymbol).containsExactly("AAPL", "XBT/USD");
        assertThat(first.getPage().getTotalSize()).isEqualTo(3);
        assertThat(first.getInstruments(0).getTickSize()).isEqualTo(Decimal.newBuilder().setMantissa(100).setExponent(-4).build());
        final ListInstrumentsResponse second = Json.parse(http.get("/v1/instruments?page_token="
            + first.getPage().getNextPageToken()).body(), ListInstrumentsResponse.getDefaultInstance());
        assertThat(second.getInstrumentsList()).extracting(SecurityInfo::getSymbol).containsExactly("IDLE");
        assertThat(second.getPage().getNextPageToken()).isEmpty();
        final ListInstrumentsResponse prefixed = Json.parse(http.get("/v1/instruments?symbol_prefix=xb&pageSize=10").body(),
            ListInstrumentsResponse.getDefaultInstance());
        assertThat(prefixed.getInstrumentsList()).extracting(SecurityInfo::getSymbol).containsExactly("XBT/USD");
    }

    @Test
    void foreignPageTokenAndOversizedPageAreBadRequests() {
        assertThat(http.get("/v1/instruments?page_token=garbage").statusCode()).isEqualTo(400);
        final HttpResponse<String> oversized = http.get("/v1/instruments?page_size=100000");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(Json.error(oversized.body()).getField()).isEqualTo("page_size");
        assertThat(http.get("/v1/instruments?exchange_mic=XNAS").statusCode()).isEqualTo(400);
    }

    @Test
    void binaryProtobufWhenTheClientAcceptsIt() throws Exception {
        final HttpResponse<byte[]> response = http.getBytes("/v1/instruments/AAPL/book?depth=1",
            "Accept", "application/x-protobuf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-protobuf");
        final GetBookResponse book = GetBookResponse.parseFrom(response.body());
        assertThat(book.getBook().getBids(0).getPrice().getMantissa()).isEqualTo(1_000_000);
        final HttpResponse<byte[]> error = http.getBytes("/v1/instruments/NOPE/quote", "Accept", "application/x-protobuf");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(Error.parseFrom(error.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_NOT_FOUND);
    }

    @Test
    void unknownRouteIsNotFoundAndWrongMethodIsNotAllowed() {
        final HttpResponse<String> missing = http.get("/v1/nothing/here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.error(missing.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_NOT_FOUND);
        final HttpResponse<String> wrong = http.method("DELETE", "/v1/instruments/AAPL/quote");
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).contains("GET");
        assertThat(http.method("POST", "/v1/rates").headers().firstValue("Allow")).contains("GET, PUT");
    }

    @Test
    void unknownParameterIsABadRequestListingTheAcceptedOnes() {
        final HttpResponse<String> response = http.get("/v1/instruments/AAPL/book?levels=3");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.error(response.body()).getMessage()).contains("levels").contains("depth");
    }

    @Test
    void healthAndReadiness() {
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        final HttpResponse<String> ready = http.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"engine-ring\":{\"status\":\"UP\"");
    }

    @Test
    void failingReadinessCheckMakesTheServerNotReady() {
        try (TestMarket other = new TestMarket();
             ApiServer notReady = new ApiServer(new ApiConfig().port(0).authEnabled(false), other.engine)) {
            notReady.readiness().add("database", () -> io.fdp.api.health.ReadinessCheck.Status.down("connection refused"));
            notReady.start();
            final HttpResponse<String> ready = new Http(notReady.port()).get("/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("connection refused");
        }
    }

    @Test
    void authenticationCannotBeSwitchedOffOnANonLoopbackAddress() {
        assertThatThrownBy(() -> new ApiServer(new ApiConfig().host("0.0.0.0").port(0).authEnabled(false), market.engine))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("loopback").hasMessageContaining("0.0.0.0");
    }

    @Test
    void authenticationOnWithoutKeysFailsClearly() {
        assertThatThrownBy(() -> new ApiServer(new ApiConfig().port(0).authEnabled(true).issuer("https://issuer"),
            market.engine)).isInstanceOf(IllegalStateException.class).hasMessageContaining("JWKS");
    }
}
