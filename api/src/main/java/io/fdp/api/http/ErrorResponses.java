package io.fdp.api.http;

import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;
import io.undertow.server.HttpServerExchange;

/** Sends {@code fdp.common.v1.Error} bodies with their HTTP status and the request id. */
public final class ErrorResponses {
    private final ProtoCodec codec;

    /**
     * Creates the sender.
     *
     * @param codec the body codec.
     */
    public ErrorResponses(final ProtoCodec codec) {
        this.codec = codec;
    }

    /**
     * Sends a failure and ends the exchange.
     *
     * @param exchange the request.
     * @param failure  the failure.
     */
    public void send(final HttpServerExchange exchange, final ApiException failure) {
        send(exchange, failure.status(), failure.error());
    }

    /**
     * Sends an error and ends the exchange.
     *
     * @param exchange the request.
     * @param status   the HTTP status.
     * @param error    the error; the request id is filled in.
     */
    public void send(final HttpServerExchange exchange, final int status, final Error error) {
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        final String requestId = exchange.getAttachment(Attachments.REQUEST_ID);
        codec.send(exchange, status, requestId == null ? error : error.toBuilder().setRequestId(requestId).build());
    }

    /**
     * Sends a 500 for an unexpected fault without revealing its details.
     *
     * @param exchange the request.
     */
    public void sendInternal(final HttpServerExchange exchange) {
        send(exchange, 500, Error.newBuilder().setCode(ErrorCode.ERROR_CODE_INTERNAL)
            .setMessage("internal error; the server log has the details under this request id").build());
    }
}
