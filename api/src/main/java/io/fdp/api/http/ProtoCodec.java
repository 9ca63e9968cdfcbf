package io.fdp.api.http;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.fdp.proto.FdpSchemas;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads and writes the API's bodies: the proto3 JSON mapping by default, binary Protobuf when asked by
 * {@code Accept: application/x-protobuf} (responses) or {@code Content-Type: application/x-protobuf} (requests).
 */
public final class ProtoCodec {
    /** Media type of proto3 JSON bodies. */
    public static final String JSON = "application/json";
    /** Media type of binary Protobuf bodies. */
    public static final String PROTOBUF = "application/x-protobuf";

    private final JsonFormat.Printer printer =
        JsonFormat.printer().usingTypeRegistry(FdpSchemas.typeRegistry()).omittingInsignificantWhitespace();
    private final JsonFormat.Parser parser = JsonFormat.parser().usingTypeRegistry(FdpSchemas.typeRegistry());

    /**
     * Prints a message as proto3 JSON.
     *
     * @param message the message.
     * @return compact JSON.
     */
    public String json(final Message message) {
        try {
            return printer.print(message);
        } catch (final InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + message.getDescriptorForType().getFullName() + " as JSON", e);
        }
    }

    /**
     * Tells whether the client asked for binary Protobuf.
     *
     * @param exchange the request.
     * @return true when its Accept header names {@value #PROTOBUF}.
     */
    public static boolean wantsProtobuf(final HttpServerExchange exchange) {
        final String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(PROTOBUF);
    }

    /**
     * Sends a message in the representation the client asked for and ends the exchange.
     *
     * @param exchange the request.
     * @param status   the HTTP status.
     * @param message  the body.
     */
    public void send(final HttpServerExchange exchange, final int status, final Message message) {
        exchange.setStatusCode(status);
        if (wantsProtobuf(exchange)) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, PROTOBUF);
            exchange.getResponseSender().send(ByteBuffer.wrap(message.toByteArray()));
        } else {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
            exchange.getResponseSender().send(json(message), StandardCharsets.UTF_8);
        }
    }

    /**
     * Parses a request body.
     *
     * @param body        the bytes.
     * @param contentType the request's Content-Type, or null.
     * @param prototype   the default instance of the expected message.
     * @param <T>         the message type.
     * @return the message.
     * @throws ApiException 400 when the body is not a valid message of the type.
     */
    @SuppressWarnings("unchecked")
    public <T extends Message> T parse(final byte[] body, final String contentType, final T prototype) throws ApiException {
        final String type = prototype.getDescriptorForType().getFullName();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PROTOBUF)) {
            try {
                return (T) prototype.getParserForType().parseFrom(body);
            } catch (final InvalidProtocolBufferException e) {
                throw ApiException.invalid("body", "the body is not a binary " + type + ": " + e.getMessage());
            }
        }
        final Message.Builder builder = prototype.newBuilderForType();
        try {
            parser.merge(new String(body, StandardCharsets.UTF_8), builder);
        } catch (final InvalidProtocolBufferException | RuntimeException e) {
            throw ApiException.invalid("body", "the body is not the proto3 JSON of " + type + ": " + e.getMessage());
        }
        return (T) builder.build();
    }
}
