package io.fdp.api;

import io.fdp.api.health.Readiness;
import io.fdp.api.health.ReadinessCheck;
import io.fdp.api.http.ApiException;
import io.fdp.api.http.ApiRouter;
import io.fdp.api.http.ErrorResponses;
import io.fdp.api.http.ProtoCodec;
import io.fdp.api.http.QueryBinder;
import io.fdp.api.http.RequestMetricsHandler;
import io.fdp.api.http.Route;
import io.fdp.api.http.RouteHandler;
import io.fdp.api.market.MarketDataRoutes;
import io.fdp.api.metrics.EngineMetrics;
import io.fdp.api.metrics.MetricsRegistry;
import io.fdp.api.openapi.OpenApiGenerator;
import io.fdp.api.reference.ReferenceDataRoutes;
import io.fdp.api.security.AccessGuard;
import io.fdp.api.security.Authenticator;
import io.fdp.api.security.JwtAuthenticator;
import io.fdp.api.security.NoAuthentication;
import io.fdp.api.security.Scopes;
import io.fdp.api.store.ReferenceData;
import io.fdp.api.stream.StreamEndpoint;
import io.fdp.api.stream.StreamSettings;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.pipeline.Engine;
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fdp API server: REST under {@code /v1} (proto3 JSON or binary Protobuf), the WebSocket stream {@code /v1/stream},
 * the OpenAPI document, and {@code /metrics}, {@code /health}, {@code /ready}.
 *
 * <p>It needs only a running {@link Engine} (and, for the repository-backed routes, a {@link ReferenceData} store), so
 * a plain {@code main} can start it: {@code new ApiServer(new ApiConfig().port(0).authEnabled(false), engine).start()}.
 * Engine-backed reads run on the IO threads and copy out of the engine's views; routes that may block run on workers.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final ApiConfig config;
    private final Engine engine;
    private final ProtoCodec codec = new ProtoCodec();
    private final ErrorResponses errors = new ErrorResponses(codec);
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final Readiness readiness = new Readiness();
    private final AccessGuard guard;
    private final List<Route> routes = new ArrayList<>();
    private final StreamEndpoint stream;
    private final String openApi;
    private Undertow undertow;
    private InetSocketAddress address;

    /**
     * Creates a server without a reference-data store: its repository-backed routes answer 503.
     *
     * @param config the settings.
     * @param engine the engine, started or not.
     */
    public ApiServer(final ApiConfig config, final Engine engine) {
        this(config, engine, null);
    }

    /**
     * Creates a server.
     *
     * @param config the settings.
     * @param engine the engine, started or not.
     * @param store  the store behind the repository-backed routes, or null for none.
     * @throws IllegalStateException when authentication is off on a non-loopback address, or on but not configured.
     */
    public ApiServer(final ApiConfig config, final Engine engine, final ReferenceData store) {
        this.config = config;
        this.engine = engine;
        this.guard = new AccessGuard(authenticator(config));
        final ProtoConverter converter = new ProtoConverter(engine.registry(), config.sourceSystem());
        routes.addAll(new MarketDataRoutes(engine, converter, config.defaultBookDepth(), config.defaultPageSize()).routes());
        routes.addAll(new ReferenceDataRoutes(store, config.maxCandleBuckets()).routes());
        stream = new StreamEndpoint(new StreamSettings(engine, converter, codec, config.streamMaxPending(),
            config.streamMaxRequests(), config.streamHeartbeat().toNanos()), config.streamSenders());
        EngineMetrics.register(metrics, engine);
        stream.registerMetrics(metrics);
        readiness.add("engine-ring", () -> engine.ring().remainingCapacity() > 0 ? ReadinessCheck.Status.up()
            : ReadinessCheck.Status.down("the inbound ring is full: the engine is not keeping up"));
        openApi = OpenApiGenerator.generate(routes, config.metricsAuthenticated());
    }

    /**
     * Checks the security settings the constructor checks, without loading any key: an application can refuse a bad
     * configuration before it starts anything else.
     *
     * @param config the settings.
     * @throws IllegalStateException when authentication is off on a non-loopback address, or on but not configured.
     */
    public static void checkSecurity(final ApiConfig config) {
        if (!config.authEnabled()) {
            if (!isLoopback(config.host())) {
                throw new IllegalStateException("authentication may be switched off only on a loopback address, but the "
                    + "server is configured to bind " + config.host() + " (" + ApiConfig.HOST_PROP_NAME
                    + "); bind 127.0.0.1 or configure a JWKS, issuer and audience");
            }
            return;
        }
        if (config.issuer().isBlank() || config.audience().isBlank()) {
            throw new IllegalStateException("authentication is on but " + ApiConfig.ISSUER_PROP_NAME + " or "
                + ApiConfig.AUDIENCE_PROP_NAME + " is not set");
        }
        if (config.jwksFile() == null && config.jwksUrl() == null) {
            throw new IllegalStateException("authentication is on but no JWKS is configured: neither "
                + ApiConfig.JWKS_FILE_PROP_NAME + " nor "
                + ApiConfig.JWKS_URL_PROP_NAME + " is set");
        }
    }

    private static Authenticator authenticator(final ApiConfig config) {
        checkSecurity(config);
        if (!config.authEnabled()) {
            LOG.warn("Authentication is OFF: every caller of {} has every scope", config.host());
            return new NoAuthentication();
        }
        if (config.jwksFile() != null) {
            return JwtAuthenticator.fromFile(config.jwksFile(), config.issuer(), config.audience(), config.clockSkew());
        }
        return JwtAuthenticator.fromUrl(config.jwksUrl(), config.issuer(), config.audience(), config.clockSkew());
    }

    private static boolean isLoopback(final String host) {
        try {
            for (final InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (final UnknownHostException e) {
            return false;
        }
    }

    /** @return the registry served at {@code /metrics}; other modules add their series here. */
    public MetricsRegistry metrics() {
        return metrics;
    }

    /** @return the checks behind {@code /ready}; other modules add theirs here. */
    public Readiness readiness() {
        return readiness;
    }

    /** @return the REST routes (without the stream and the operational endpoints). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** @return the engine served. */
    public Engine engine() {
        return engine;
    }

    /** Binds the address and starts serving. */
    public synchronized void start() {
        if (undertow != null) {
            throw new IllegalStateException("the server is already started");
        }
        final QueryBinder binder = new QueryBinder(config.maxPageSize(), config.maxTimeRange());
        final ApiRouter router = new ApiRouter(errors);
        for (final Route route : routes) {
            router.add(route.method(), route.path(), new RouteHandler(route, guard, binder, codec, errors, config.maxBodyBytes()));
        }
        router.add("GET", "/v1/stream", guarded(Scopes.READ, new WebSocketProtocolHandshakeHandler(stream,
            exchange -> errors.send(exchange, 400, Error.newBuilder().setCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT)
                .setMessage("/v1/stream is a WebSocket: send an Upgrade: websocket request").build()))));
        router.add("GET", "/v1/openapi.json", exchange -> text(exchange, ProtoCodec.JSON, openApi));
        router.add("GET", "/metrics", config.metricsAuthenticated()
            ? guarded(Scopes.READ, exchange -> text(exchange, MetricsRegistry.CONTENT_TYPE, metrics.scrape()))
            : exchange -> text(exchange, MetricsRegistry.CONTENT_TYPE, metrics.scrape()));
        router.add("GET", "/health", exchange -> text(exchange, ProtoCodec.JSON, "{\"status\":\"UP\"}"));
        router.add("GET", "/ready", this::ready);
        final HttpHandler root = new RequestMetricsHandler(router, metrics.histogram("fdp_api_request_duration_seconds",
            "REST request latency from arrival to completion, by route template, method and status.",
            MetricsRegistry.LATENCY_BUCKETS_SECONDS, "route", "method", "status"));
        undertow = Undertow.builder()
            .addHttpListener(config.port(), config.host())
            .setIoThreads(config.ioThreads())
            .setWorkerThreads(config.workerThreads())
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, config.maxBodyBytes())
            .setHandler(root)
            .build();
        undertow.start();
        address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        LOG.info("API listening on http://{}:{} (authentication {})", config.host(), address.getPort(),
            guard.authenticator().enabled() ? "on" : "OFF");
    }

    /** @return the bound port (useful with port 0); -1 before {@link #start()}. */
    public synchronized int port() {
        return address == null ? -1 : address.getPort();
    }

    /** @return the bound address, or null before {@link #start()}. */
    public synchronized InetSocketAddress address() {
        return address;
    }

    private HttpHandler guarded(final String scope, final HttpHandler next) {
        return new HttpHandler() {
            @Override
            public void handleRequest(final HttpServerExchange exchange) throws Exception {
                if (exchange.isInIoThread() && guard.authenticator().mayBlock()) {
                    exchange.dispatch(this);
                    return;
                }
                try {
                    guard.check(exchange, scope);
                } catch (final ApiException e) {
                    errors.send(exchange, e);
                    return;
                }
                next.handleRequest(exchange);
            }
        };
    }

    private void ready(final HttpServerExchange exchange) {
        final Map<String, io.fdp.api.health.ReadinessCheck.Status> results = readiness.run();
        final boolean ready = results.values().stream().allMatch(ReadinessCheck.Status::ready);
        final StringBuilder body = new StringBuilder("{\"status\":\"").append(ready ? "UP" : "DOWN").append("\",\"checks\":{");
        boolean first = true;
        for (final Map.Entry<String, ReadinessCheck.Status> entry : results.entrySet()) {
            body.append(first ? "" : ",").append('"').append(jsonText(entry.getKey())).append("\":{\"status\":\"")
                .append(entry.getValue().ready() ? "UP" : "DOWN").append("\",\"detail\":\"")
                .append(jsonText(entry.getValue().detail())).append("\"}");
            first = false;
        }
        body.append("}}");
        exchange.setStatusCode(ready ? 200 : 503);
        text(exchange, ProtoCodec.JSON, body.toString());
    }

    private static String jsonText(final String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    private static void text(final HttpServerExchange exchange, final String type, final String body) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    /** Closes the WebSocket connections and stops serving; the engine is left running. */
    @Override
    public synchronized void close() {
        stream.close();
        if (undertow != null) {
            undertow.stop();
            undertow = null;
        }
    }
}
