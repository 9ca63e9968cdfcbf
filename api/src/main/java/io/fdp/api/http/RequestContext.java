package io.fdp.api.http;

import com.google.protobuf.Message;
import io.fdp.api.security.Principal;
import io.fdp.proto.common.v1.ErrorCode;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** One request as a route action sees it: path parameters, the query or body as a Protobuf request, and the caller. */
public final class RequestContext {
    private final HttpServerExchange exchange;
    private final QueryBinder binder;
    private final ProtoCodec codec;
    private final long maxBodyBytes;

    /**
     * Creates the context of a request.
     *
     * @param exchange     the request.
     * @param binder       binds query parameters.
     * @param codec        parses bodies.
     * @param maxBodyBytes the largest body accepted.
     */
    public RequestContext(final HttpServerExchange exchange, final QueryBinder binder, final ProtoCodec codec,
        final long maxBodyBytes) {
        this.exchange = exchange;
        this.binder = binder;
        this.codec = codec;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** @return the path parameters of the matched route. */
    public Map<String, String> pathParams() {
        final Map<String, String> params = exchange.getAttachment(Attachments.PATH_PARAMS);
        return params == null ? Map.of() : params;
    }

    /**
     * A path parameter.
     *
     * @param name its name in the route template.
     * @return its decoded value, or an empty string.
     */
    public String pathParam(final String name) {
        return pathParams().getOrDefault(name, "");
    }

    /** @return the authenticated caller. */
    public Principal principal() {
        return exchange.getAttachment(Attachments.PRINCIPAL);
    }

    /**
     * Builds the request message from the path and query parameters.
     *
     * @param prototype the request type's default instance.
     * @param <T>       the request type.
     * @return the request.
     * @throws ApiException 400 for a bad parameter.
     */
    public <T extends Message> T query(final T prototype) throws ApiException {
        return binder.bind(prototype, pathParams(), exchange.getQueryParameters());
    }

    /**
     * Reads and parses the body (worker threads only: it blocks).
     *
     * @param prototype the request type's default instance.
     * @param <T>       the request type.
     * @return the request.
     * @throws ApiException 413 for a body over the limit, 400 for one that does not parse.
     */
    public <T extends Message> T body(final T prototype) throws ApiException {
        if (exchange.getRequestContentLength() > maxBodyBytes) {
            throw tooLarge();
        }
        if (!exchange.isBlocking()) {
            exchange.startBlocking();
        }
        exchange.setMaxEntitySize(maxBodyBytes);
        final byte[] body;
        try (InputStream in = exchange.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        } catch (final RequestTooBigException e) {
            throw tooLarge();
        } catch (final IOException e) {
            throw ApiException.invalid("body", "the request body could not be read: " + e.getMessage());
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        return codec.parse(body, exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE), prototype);
    }

    private ApiException tooLarge() {
        // The unread rest of the body is still on the wire: close the connection rather than reuse it.
        exchange.setPersistent(false);
        return new ApiException(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 413,
            "the request body is larger than the limit of " + maxBodyBytes + " bytes", "body",
            Map.of("max_body_bytes", Long.toString(maxBodyBytes)));
    }
}
