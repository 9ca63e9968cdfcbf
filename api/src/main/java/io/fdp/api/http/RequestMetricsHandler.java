package io.fdp.api.http;

import io.fdp.api.metrics.Histogram;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

import java.util.concurrent.atomic.AtomicLong;

/** The outermost handler: gives each request an id ({@code X-Request-Id}) and records its latency by route and status. */
public final class RequestMetricsHandler implements HttpHandler {
    private static final HttpString REQUEST_ID = HttpString.tryFromString("X-Request-Id");

    private final HttpHandler next;
    private final Histogram latency;
    private final String idPrefix = Long.toHexString(System.currentTimeMillis()) + "-";
    private final AtomicLong ids = new AtomicLong();

    /**
     * Creates the handler.
     *
     * @param next    the router.
     * @param latency the histogram, labelled route, method and status.
     */
    public RequestMetricsHandler(final HttpHandler next, final Histogram latency) {
        this.next = next;
        this.latency = latency;
    }

    /** {@inheritDoc} */
    @Override
    public void handleRequest(final HttpServerExchange exchange) throws Exception {
        final long startNs = System.nanoTime();
        final String id = idPrefix + ids.incrementAndGet();
        exchange.putAttachment(Attachments.REQUEST_ID, id);
        exchange.getResponseHeaders().put(REQUEST_ID, id);
        exchange.addExchangeCompleteListener((done, proceed) -> {
            final String route = done.getAttachment(Attachments.ROUTE);
            latency.labels(route == null ? ApiRouter.UNMATCHED : route, done.getRequestMethod().toString(),
                Integer.toString(done.getStatusCode())).observeNs(System.nanoTime() - startNs);
            proceed.proceed();
        });
        next.handleRequest(exchange);
    }
}
