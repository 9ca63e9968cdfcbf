package io.fdp.api;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.fdp.proto.FdpSchemas;
import io.fdp.proto.common.v1.Error;

/** Parses proto3 JSON bodies in the tests, strictly (unknown fields fail). */
final class Json {
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().usingTypeRegistry(FdpSchemas.typeRegistry());
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().usingTypeRegistry(FdpSchemas.typeRegistry());

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Message> T parse(final String json, final T prototype) {
        final Message.Builder builder = prototype.newBuilderForType();
        try {
            PARSER.merge(json, builder);
        } catch (final InvalidProtocolBufferException e) {
            throw new AssertionError("not a " + prototype.getDescriptorForType().getFullName() + ": " + json, e);
        }
        return (T) builder.build();
    }

    static Error error(final String json) {
        return parse(json, Error.getDefaultInstance());
    }

    static String print(final Message message) {
        try {
            return PRINTER.print(message);
        } catch (final InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
