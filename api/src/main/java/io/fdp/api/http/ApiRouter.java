package io.fdp.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.PathTemplateMatcher;
import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dispatches requests by path template and method: an unknown path is a 404, a known path with another method a 405
 * with {@code Allow}. Path parameters are attached to the exchange, with {@code %2F} decoded to a slash so symbols
 * such as {@code XBT/USD} fit in one segment.
 */
public final class ApiRouter implements HttpHandler {
    /** Route label of requests that matched no template. */
    public static final String UNMATCHED = "unmatched";

    private final PathTemplateMatcher<Map<String, HttpHandler>> matcher = new PathTemplateMatcher<>();
    private final Map<String, Map<String, HttpHandler>> byTemplate = new LinkedHashMap<>();
    private final ErrorResponses errors;

    /**
     * Creates an empty router.
     *
     * @param errors sends the 404 and 405 bodies.
     */
    public ApiRouter(final ErrorResponses errors) {
        this.errors = errors;
    }

    /**
     * Adds a handler.
     *
     * @param method   the HTTP method.
     * @param template the path template.
     * @param handler  the handler.
     * @return this.
     */
    public synchronized ApiRouter add(final String method, final String template, final HttpHandler handler) {
        Map<String, HttpHandler> methods = byTemplate.get(template);
        if (methods == null) {
            methods = new TreeMap<>();
            byTemplate.put(template, methods);
            matcher.add(template, methods);
        }
        if (methods.putIfAbsent(method, handler) != null) {
            throw new IllegalArgumentException("route " + method + " " + template + " is defined twice");
        }
        return this;
    }

    /** {@inheritDoc} */
    @Override
    public void handleRequest(final HttpServerExchange exchange) throws Exception {
        final PathTemplateMatcher.PathMatchResult<Map<String, HttpHandler>> match = matcher.match(exchange.getRelativePath());
        if (match == null) {
            exchange.putAttachment(Attachments.ROUTE, UNMATCHED);
            errors.send(exchange, 404, Error.newBuilder().setCode(ErrorCode.ERROR_CODE_NOT_FOUND)
                .setMessage("no route " + exchange.getRequestPath() + "; GET /v1/openapi.json lists the routes").build());
            return;
        }
        exchange.putAttachment(Attachments.ROUTE, match.getMatchedTemplate());
        final Map<String, HttpHandler> methods = match.getValue();
        final HttpHandler handler = methods.get(exchange.getRequestMethod().toString());
        if (handler == null) {
            exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", methods.keySet()));
            errors.send(exchange, 405, Error.newBuilder().setCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT).setField("method")
                .setMessage("method " + exchange.getRequestMethod() + " is not allowed on " + match.getMatchedTemplate()
                    + "; allowed: " + String.join(", ", methods.keySet()))
                .build());
            return;
        }
        final Map<String, String> params = new HashMap<>(match.getParameters().size() * 2);
        for (final Map.Entry<String, String> entry : match.getParameters().entrySet()) {
            params.put(entry.getKey(), entry.getValue().replace("%2F", "/").replace("%2f", "/"));
        }
        exchange.putAttachment(Attachments.PATH_PARAMS, params);
        handler.handleRequest(exchange);
    }
}
