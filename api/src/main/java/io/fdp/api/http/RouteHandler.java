package io.fdp.api.http;

import com.google.protobuf.Message;
import io.fdp.api.security.AccessGuard;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link Route}: moves to a worker thread when the route or the authenticator may block, checks the token
 * and scope, runs the action and sends its response or error.
 */
public final class RouteHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RouteHandler.class);

    private final Route route;
    private final AccessGuard guard;
    private final QueryBinder binder;
    private final ProtoCodec codec;
    private final ErrorResponses errors;
    private final long maxBodyBytes;

    /**
     * Creates the handler of a route.
     *
     * @param route        the route.
     * @param guard        checks tokens and scopes.
     * @param binder       binds query parameters.
     * @param codec        reads and writes bodies.
     * @param errors       sends errors.
     * @param maxBodyBytes the largest request body.
     */
    public RouteHandler(final Route route, final AccessGuard guard, final QueryBinder binder, final ProtoCodec codec,
        final ErrorResponses errors, final long maxBodyBytes) {
        this.route = route;
        this.guard = guard;
        this.binder = binder;
        this.codec = codec;
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** {@inheritDoc} */
    @Override
    public void handleRequest(final HttpServerExchange exchange) {
        if (exchange.isInIoThread() && (route.blocking() || route.hasBody() || guard.authenticator().mayBlock())) {
            exchange.dispatch(this);
            return;
        }
        try {
            guard.check(exchange, route.scope());
            final Message response = route.action().handle(new RequestContext(exchange, binder, codec, maxBodyBytes));
            codec.send(exchange, 200, response);
        } catch (final ApiException e) {
            errors.send(exchange, e);
        } catch (final RuntimeException e) {
            LOG.error("{} {} failed (request {})", route.method(), route.path(), exchange.getAttachment(Attachments.REQUEST_ID), e);
            errors.sendInternal(exchange);
        }
    }
}
