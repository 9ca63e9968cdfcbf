package io.fdp.api;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import io.fdp.proto.common.v1.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(60)
class AuthenticationTest {
    private static final String QUOTE = "/v1/instruments/AAPL/quote";
    private static final String RATES_BODY = "{\"rates\":[{\"rateId\":\"FRED.SOFR\",\"value\":{\"mantissa\":\"531\",\"exponent\":-2}}]}";

    @TempDir
    static Path dir;

    private static final Tokens TOKENS = new Tokens();
    private static TestMarket market;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        market = new TestMarket();
        market.aaplBook();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(true).jwksFile(TOKENS.writeJwks(dir))
            .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE), market.engine, new MapReferenceData());
        server.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        market.close();
    }

    private static HttpResponse<String> getQuote(final String token) {
        return http.get(QUOTE, "Authorization", "Bearer " + token);
    }

    private static void assertInvalidToken(final HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
            .startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(Json.error(response.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_UNAUTHENTICATED);
    }

    @Test
    void rs256TokenWithReadScopeReadsAQuote() {
        assertThat(getQuote(TOKENS.rs256(Tokens.claims("md:read").build())).statusCode()).isEqualTo(200);
    }

    @Test
    void es256TokenWithReadScopeReadsAQuote() {
        assertThat(getQuote(TOKENS.es256(Tokens.claims("md:read").build())).statusCode()).isEqualTo(200);
    }

    @Test
    void scopesMayComeFromAnScpList() {
        final JWTClaimsSet claims = Tokens.claims(null).claim("scp", List.of("md:read", "md:write")).build();
        assertThat(getQuote(TOKENS.rs256(claims)).statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedTokenIsRejected() {
        assertInvalidToken(getQuote(Tokens.unsigned(Tokens.claims("md:read").build())));
    }

    @Test
    void hmacTokenIsRejectedEvenWithAKeyFromTheJwks() {
        assertInvalidToken(getQuote(TOKENS.hs256WithJwksKey(Tokens.claims("md:read").build())));
    }

    @Test
    void hmacTokenKeyedWithTheRsaPublicKeyIsRejected() {
        assertInvalidToken(getQuote(TOKENS.hs256WithRsaPublicKey(Tokens.claims("md:read").build())));
    }

    @Test
    void tokenSignedByAnotherKeyWithTheSameKeyIdIsRejected() {
        assertInvalidToken(getQuote(TOKENS.signedByStranger(Tokens.claims("md:read").build())));
    }

    @Test
    void wrongIssuerIsRejected() {
        assertInvalidToken(getQuote(TOKENS.rs256(Tokens.claims("md:read").issuer("https://evil.test").build())));
    }

    @Test
    void wrongAudienceIsRejected() {
        assertInvalidToken(getQuote(TOKENS.rs256(Tokens.claims("md:read").audience("another-api").build())));
    }

    @Test
    void expiredTokenIsRejected() {
        assertInvalidToken(getQuote(TOKENS.rs256(Tokens.claims("md:read")
            .expirationTime(Date.from(Instant.now().minusSeconds(300))).build())));
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsAccepted() {
        assertThat(getQuote(TOKENS.rs256(Tokens.claims("md:read")
            .expirationTime(Date.from(Instant.now().minusSeconds(5))).build())).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenNotYetValidIsRejected() {
        assertInvalidToken(getQuote(TOKENS.rs256(Tokens.claims("md:read")
            .notBeforeTime(Date.from(Instant.now().plusSeconds(300))).build())));
    }

    @Test
    void tokenWithoutExpiryIsRejected() {
        assertInvalidToken(getQuote(TOKENS.rs256(Tokens.claims("md:read").expirationTime(null).build())));
    }

    @Test
    void garbageTokenIsRejected() {
        assertInvalidToken(getQuote("not-a-jwt"));
    }

    @Test
    void missingTokenIsUnauthenticatedWithoutAnErrorCode() {
        final HttpResponse<String> response = http.get(QUOTE);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"fdp\"");
        assertThat(http.get(QUOTE, "Authorization", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
    }

    @Test
    void missingScopeIsForbidden() {
        final HttpResponse<String> read = getQuote(TOKENS.rs256(Tokens.claims("md:write").build()));
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("WWW-Authenticate").orElseThrow())
            .contains("error=\"insufficient_scope\"").contains("scope=\"md:read\"");
        assertThat(Json.error(read.body()).getCode()).isEqualTo(ErrorCode.ERROR_CODE_PERMISSION_DENIED);
        final HttpResponse<String> write = http.put("/v1/rates", RATES_BODY,
            "Authorization", "Bearer " + TOKENS.rs256(Tokens.claims("md:read").build()), "Content-Type", "application/json");
        assertThat(write.statusCode()).isEqualTo(403);
    }

    @Test
    void writeScopeAllowsWrites() {
        final HttpResponse<String> write = http.put("/v1/rates", RATES_BODY,
            "Authorization", "Bearer " + TOKENS.es256(Tokens.claims("md:write").build()), "Content-Type", "application/json");
        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(write.body()).contains("\"acceptedCount\":1");
    }

    @Test
    void webSocketUpgradeNeedsAToken() {
        final Throwable refused = catchThrowable(() -> HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/v1/stream"), new WebSocket.Listener() { })
            .get(10, TimeUnit.SECONDS));
        assertThat(refused).hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(401);
        final WebSocket accepted = HttpClient.newHttpClient().newWebSocketBuilder()
            .header("Authorization", "Bearer " + TOKENS.rs256(Tokens.claims("md:read").build()))
            .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/v1/stream"), new WebSocket.Listener() { })
            .join();
        accepted.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void operationalEndpointsAreOpenByDefault() {
        assertThat(http.get("/metrics").statusCode()).isEqualTo(200);
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/v1/openapi.json").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCanRequireTheReadScope() throws Exception {
        try (ApiServer guarded = new ApiServer(new ApiConfig().port(0).jwksFile(dir.resolve("jwks.json"))
            .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).metricsAuthenticated(true), market.engine)) {
            guarded.start();
            final Http client = new Http(guarded.port());
            assertThat(client.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(client.get("/metrics", "Authorization", "Bearer " + TOKENS.rs256(Tokens.claims("md:read").build()))
                .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void keysMayComeFromAJwksUrl() throws Exception {
        final HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer.createContext("/jwks.json", exchange -> {
            final byte[] body = TOKENS.jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
        try (ApiServer remote = new ApiServer(new ApiConfig().port(0)
            .jwksUrl(URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks.json"))
            .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE), market.engine)) {
            remote.start();
            final Http client = new Http(remote.port());
            assertThat(client.get(QUOTE, "Authorization", "Bearer " + TOKENS.es256(Tokens.claims("md:read").build()))
                .statusCode()).isEqualTo(200);
            assertInvalidToken(client.get(QUOTE, "Authorization", "Bearer "
                + TOKENS.hs256WithJwksKey(Tokens.claims("md:read").build())));
        } finally {
            issuer.stop(0);
        }
    }
}
