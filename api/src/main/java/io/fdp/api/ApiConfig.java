package io.fdp.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The API server's settings, each with a system property name and a default (Aeron's Context style); setters chain.
 *
 * <p>Authentication is on by default and needs a JWKS (file or URL), an issuer and an audience. It may be switched off
 * only when the server binds a loopback address; {@link ApiServer} refuses to start otherwise.
 */
public final class ApiConfig {
    /** Address to bind. */
    public static final String HOST_PROP_NAME = "fdp.api.host";
    /** Default address: loopback only. */
    public static final String HOST_DEFAULT = "127.0.0.1";
    /** Port to bind; 0 picks a free one (see {@link ApiServer#port()}). */
    public static final String PORT_PROP_NAME = "fdp.api.port";
    /** Default port. */
    public static final int PORT_DEFAULT = 8080;
    /** Undertow IO threads (non-blocking reads of engine views run here). */
    public static final String IO_THREADS_PROP_NAME = "fdp.api.io.threads";
    /** Default IO threads. */
    public static final int IO_THREADS_DEFAULT = 2;
    /** Worker threads for blocking routes (database). */
    public static final String WORKER_THREADS_PROP_NAME = "fdp.api.worker.threads";
    /** Default worker threads. */
    public static final int WORKER_THREADS_DEFAULT = 8;
    /** Largest request body in bytes; larger ones get 413. */
    public static final String MAX_BODY_BYTES_PROP_NAME = "fdp.api.body.max";
    /** Default largest body: 1 MiB. */
    public static final long MAX_BODY_BYTES_DEFAULT = 1L << 20;
    /** Largest page_size. */
    public static final String MAX_PAGE_SIZE_PROP_NAME = "fdp.api.page.max";
    /** Default largest page_size. */
    public static final int MAX_PAGE_SIZE_DEFAULT = 1_000;
    /** page_size used when a request gives none (engine-backed lists). */
    public static final String DEFAULT_PAGE_SIZE_PROP_NAME = "fdp.api.page.default";
    /** Default page_size. */
    public static final int DEFAULT_PAGE_SIZE_DEFAULT = 100;
    /** Book levels per side when a request gives no depth. */
    public static final String DEFAULT_BOOK_DEPTH_PROP_NAME = "fdp.api.book.depth";
    /** Default book depth. */
    public static final int DEFAULT_BOOK_DEPTH_DEFAULT = 10;
    /** Longest bounded time range of a query, ISO-8601 duration. */
    public static final String MAX_TIME_RANGE_PROP_NAME = "fdp.api.range.max";
    /** Default longest time range. */
    public static final String MAX_TIME_RANGE_DEFAULT = "P366D";
    /** Most candles of a gap-filled candle request. */
    public static final String MAX_CANDLE_BUCKETS_PROP_NAME = "fdp.api.candles.max";
    /** Default most gap-filled candles. */
    public static final long MAX_CANDLE_BUCKETS_DEFAULT = 100_000;
    /** Whether bearer tokens are required. */
    public static final String AUTH_ENABLED_PROP_NAME = "fdp.api.auth.enabled";
    /** Default: required. */
    public static final boolean AUTH_ENABLED_DEFAULT = true;
    /** JWKS file. */
    public static final String JWKS_FILE_PROP_NAME = "fdp.api.auth.jwks.file";
    /** JWKS URL. */
    public static final String JWKS_URL_PROP_NAME = "fdp.api.auth.jwks.url";
    /** Required token issuer. */
    public static final String ISSUER_PROP_NAME = "fdp.api.auth.issuer";
    /** Required token audience. */
    public static final String AUDIENCE_PROP_NAME = "fdp.api.auth.audience";
    /** Default audience. */
    public static final String AUDIENCE_DEFAULT = "fdp-api";
    /** Clock skew allowed on exp and nbf, ISO-8601 duration. */
    public static final String CLOCK_SKEW_PROP_NAME = "fdp.api.auth.clock.skew";
    /** Default clock skew. */
    public static final String CLOCK_SKEW_DEFAULT = "PT30S";
    /** Whether /metrics needs md:read. */
    public static final String METRICS_AUTHENTICATED_PROP_NAME = "fdp.api.metrics.authenticated";
    /** Default: /metrics is open, like /health, for Prometheus on a private network. */
    public static final boolean METRICS_AUTHENTICATED_DEFAULT = false;
    /** WebSocket sender threads. */
    public static final String STREAM_SENDERS_PROP_NAME = "fdp.api.stream.senders";
    /** Default sender threads. */
    public static final int STREAM_SENDERS_DEFAULT = 1;
    /** Messages a WebSocket client may have unflushed before it is conflated. */
    public static final String STREAM_MAX_PENDING_PROP_NAME = "fdp.api.stream.pending.max";
    /** Default unflushed messages. */
    public static final int STREAM_MAX_PENDING_DEFAULT = 256;
    /** StreamRequests a client may have waiting before it is disconnected. */
    public static final String STREAM_MAX_REQUESTS_PROP_NAME = "fdp.api.stream.requests.max";
    /** Default waiting requests. */
    public static final int STREAM_MAX_REQUESTS_DEFAULT = 64;
    /** Heartbeat interval of idle WebSocket connections, ISO-8601 duration. */
    public static final String STREAM_HEARTBEAT_PROP_NAME = "fdp.api.stream.heartbeat";
    /** Default heartbeat interval. */
    public static final String STREAM_HEARTBEAT_DEFAULT = "PT10S";
    /** Source system written into the metadata of messages built from engine state. */
    public static final String SOURCE_SYSTEM_PROP_NAME = "fdp.api.source";
    /** Default source system. */
    public static final String SOURCE_SYSTEM_DEFAULT = "fdp";

    private String host = System.getProperty(HOST_PROP_NAME, HOST_DEFAULT);
    private int port = Integer.getInteger(PORT_PROP_NAME, PORT_DEFAULT);
    private int ioThreads = Integer.getInteger(IO_THREADS_PROP_NAME, IO_THREADS_DEFAULT);
    private int workerThreads = Integer.getInteger(WORKER_THREADS_PROP_NAME, WORKER_THREADS_DEFAULT);
    private long maxBodyBytes = Long.getLong(MAX_BODY_BYTES_PROP_NAME, MAX_BODY_BYTES_DEFAULT);
    private int maxPageSize = Integer.getInteger(MAX_PAGE_SIZE_PROP_NAME, MAX_PAGE_SIZE_DEFAULT);
    private int defaultPageSize = Integer.getInteger(DEFAULT_PAGE_SIZE_PROP_NAME, DEFAULT_PAGE_SIZE_DEFAULT);
    private int defaultBookDepth = Integer.getInteger(DEFAULT_BOOK_DEPTH_PROP_NAME, DEFAULT_BOOK_DEPTH_DEFAULT);
    private Duration maxTimeRange = Duration.parse(System.getProperty(MAX_TIME_RANGE_PROP_NAME, MAX_TIME_RANGE_DEFAULT));
    private long maxCandleBuckets = Long.getLong(MAX_CANDLE_BUCKETS_PROP_NAME, MAX_CANDLE_BUCKETS_DEFAULT);
    private boolean authEnabled = Boolean.parseBoolean(
        System.getProperty(AUTH_ENABLED_PROP_NAME, Boolean.toString(AUTH_ENABLED_DEFAULT)));
    private Path jwksFile = pathProperty(JWKS_FILE_PROP_NAME);
    private URI jwksUrl = uriProperty(JWKS_URL_PROP_NAME);
    private String issuer = System.getProperty(ISSUER_PROP_NAME, "");
    private String audience = System.getProperty(AUDIENCE_PROP_NAME, AUDIENCE_DEFAULT);
    private Duration clockSkew = Duration.parse(System.getProperty(CLOCK_SKEW_PROP_NAME, CLOCK_SKEW_DEFAULT));
    private boolean metricsAuthenticated = Boolean.parseBoolean(
        System.getProperty(METRICS_AUTHENTICATED_PROP_NAME, Boolean.toString(METRICS_AUTHENTICATED_DEFAULT)));
    private int streamSenders = Integer.getInteger(STREAM_SENDERS_PROP_NAME, STREAM_SENDERS_DEFAULT);
    private int streamMaxPending = Integer.getInteger(STREAM_MAX_PENDING_PROP_NAME, STREAM_MAX_PENDING_DEFAULT);
    private int streamMaxRequests = Integer.getInteger(STREAM_MAX_REQUESTS_PROP_NAME, STREAM_MAX_REQUESTS_DEFAULT);
    private Duration streamHeartbeat = Duration.parse(System.getProperty(STREAM_HEARTBEAT_PROP_NAME, STREAM_HEARTBEAT_DEFAULT));
    private String sourceSystem = System.getProperty(SOURCE_SYSTEM_PROP_NAME, SOURCE_SYSTEM_DEFAULT);

    private static Path pathProperty(final String name) {
        final String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static URI uriProperty(final String name) {
        final String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : URI.create(value);
    }

    /** @return the address to bind. */
    public String host() {
        return host;
    }

    /** @param value the address to bind. @return this. */
    public ApiConfig host(final String value) {
        host = value;
        return this;
    }

    /** @return the port to bind, 0 for any free one. */
    public int port() {
        return port;
    }

    /** @param value the port to bind, 0 for any free one. @return this. */
    public ApiConfig port(final int value) {
        port = value;
        return this;
    }

    /** @return Undertow IO threads. */
    public int ioThreads() {
        return ioThreads;
    }

    /** @param value Undertow IO threads. @return this. */
    public ApiConfig ioThreads(final int value) {
        ioThreads = value;
        return this;
    }

    /** @return worker threads for blocking routes. */
    public int workerThreads() {
        return workerThreads;
    }

    /** @param value worker threads for blocking routes. @return this. */
    public ApiConfig workerThreads(final int value) {
        workerThreads = value;
        return this;
    }

    /** @return the largest request body in bytes. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** @param value the largest request body in bytes. @return this. */
    public ApiConfig maxBodyBytes(final long value) {
        maxBodyBytes = value;
        return this;
    }

    /** @return the largest page_size. */
    public int maxPageSize() {
        return maxPageSize;
    }

    /** @param value the largest page_size. @return this. */
    public ApiConfig maxPageSize(final int value) {
        maxPageSize = value;
        return this;
    }

    /** @return the page_size of engine-backed lists when a request gives none. */
    public int defaultPageSize() {
        return defaultPageSize;
    }

    /** @param value the page_size of engine-backed lists when a request gives none. @return this. */
    public ApiConfig defaultPageSize(final int value) {
        defaultPageSize = value;
        return this;
    }

    /** @return book levels per side when a request gives no depth (at most the engine's view depth). */
    public int defaultBookDepth() {
        return defaultBookDepth;
    }

    /** @param value book levels per side when a request gives no depth. @return this. */
    public ApiConfig defaultBookDepth(final int value) {
        defaultBookDepth = value;
        return this;
    }

    /** @return the longest bounded time range of a query. */
    public Duration maxTimeRange() {
        return maxTimeRange;
    }

    /** @param value the longest bounded time range of a query. @return this. */
    public ApiConfig maxTimeRange(final Duration value) {
        maxTimeRange = value;
        return this;
    }

    /** @return the most candles of a gap-filled request. */
    public long maxCandleBuckets() {
        return maxCandleBuckets;
    }

    /** @param value the most candles of a gap-filled request. @return this. */
    public ApiConfig maxCandleBuckets(final long value) {
        maxCandleBuckets = value;
        return this;
    }

    /** @return whether bearer tokens are required. */
    public boolean authEnabled() {
        return authEnabled;
    }

    /** @param value whether bearer tokens are required (false only on a loopback host). @return this. */
    public ApiConfig authEnabled(final boolean value) {
        authEnabled = value;
        return this;
    }

    /** @return the JWKS file, or null. */
    public Path jwksFile() {
        return jwksFile;
    }

    /** @param value the JWKS file. @return this. */
    public ApiConfig jwksFile(final Path value) {
        jwksFile = value;
        return this;
    }

    /** @return the JWKS URL, or null. */
    public URI jwksUrl() {
        return jwksUrl;
    }

    /** @param value the JWKS URL of the authorisation server. @return this. */
    public ApiConfig jwksUrl(final URI value) {
        jwksUrl = value;
        return this;
    }

    /** @return the required token issuer. */
    public String issuer() {
        return issuer;
    }

    /** @param value the required token issuer. @return this. */
    public ApiConfig issuer(final String value) {
        issuer = value;
        return this;
    }

    /** @return the required token audience. */
    public String audience() {
        return audience;
    }

    /** @param value the required token audience. @return this. */
    public ApiConfig audience(final String value) {
        audience = value;
        return this;
    }

    /** @return the clock skew allowed on exp and nbf. */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @param value the clock skew allowed on exp and nbf. @return this. */
    public ApiConfig clockSkew(final Duration value) {
        clockSkew = value;
        return this;
    }

    /** @return whether /metrics needs md:read. */
    public boolean metricsAuthenticated() {
        return metricsAuthenticated;
    }

    /** @param value whether /metrics needs md:read. @return this. */
    public ApiConfig metricsAuthenticated(final boolean value) {
        metricsAuthenticated = value;
        return this;
    }

    /** @return WebSocket sender threads. */
    public int streamSenders() {
        return streamSenders;
    }

    /** @param value WebSocket sender threads. @return this. */
    public ApiConfig streamSenders(final int value) {
        streamSenders = value;
        return this;
    }

    /** @return messages a WebSocket client may have unflushed before it is conflated. */
    public int streamMaxPending() {
        return streamMaxPending;
    }

    /** @param value messages a WebSocket client may have unflushed before it is conflated. @return this. */
    public ApiConfig streamMaxPending(final int value) {
        streamMaxPending = value;
        return this;
    }

    /** @return StreamRequests a client may have waiting before it is disconnected. */
    public int streamMaxRequests() {
        return streamMaxRequests;
    }

    /** @param value StreamRequests a client may have waiting before it is disconnected. @return this. */
    public ApiConfig streamMaxRequests(final int value) {
        streamMaxRequests = value;
        return this;
    }

    /** @return the heartbeat interval of idle WebSocket connections. */
    public Duration streamHeartbeat() {
        return streamHeartbeat;
    }

    /** @param value the heartbeat interval of idle WebSocket connections. @return this. */
    public ApiConfig streamHeartbeat(final Duration value) {
        streamHeartbeat = value;
        return this;
    }

    /** @return the source system written into metadata. */
    public String sourceSystem() {
        return sourceSystem;
    }

    /** @param value the source system written into metadata. @return this. */
    public ApiConfig sourceSystem(final String value) {
        sourceSystem = value;
        return this;
    }
}
