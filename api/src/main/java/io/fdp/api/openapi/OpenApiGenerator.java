package io.fdp.api.openapi;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Timestamp;
import io.fdp.api.http.QueryBinder;
import io.fdp.api.http.Route;
import io.fdp.api.security.Scopes;
import io.fdp.proto.FdpSchemas;
import io.fdp.proto.api.v1.StreamMessage;
import io.fdp.proto.api.v1.StreamRequest;
import io.fdp.proto.common.v1.Error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the OpenAPI 3.1 document: a schema for every {@code fdp.api.v1} message and everything it references,
 * mapped by the proto3 JSON rules (64-bit integers as strings, enums as their names, Timestamp as a date-time
 * string, repeated fields as arrays, maps as objects), and every route with its parameters, bodies, errors and scope.
 */
public final class OpenApiGenerator {
    private static final String API_PACKAGE = "fdp.api.v1";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final String ERROR_NAME = Error.getDescriptor().getFullName();

    private final Map<String, Object> schemas = new TreeMap<>();

    private OpenApiGenerator() {
    }

    /**
     * Generates the document.
     *
     * @param routes               the REST routes.
     * @param metricsAuthenticated whether {@code /metrics} needs {@code md:read}.
     * @return the document as JSON.
     */
    public static String generate(final List<Route> routes, final boolean metricsAuthenticated) {
        return new OpenApiGenerator().document(routes, metricsAuthenticated);
    }

    private String document(final List<Route> routes, final boolean metricsAuthenticated) {
        for (final Descriptor type : FdpSchemas.messageTypes()) {
            if (type.getFile().getPackage().equals(API_PACKAGE)) {
                message(type);
            }
        }
        message(Error.getDescriptor());
        final Map<String, Object> paths = new TreeMap<>();
        final TreeSet<String> tags = new TreeSet<>();
        for (final Route route : routes) {
            tags.add(route.tag());
            operations(paths, route.path()).put(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        operations(paths, "/v1/stream").put("get", streamOperation());
        operations(paths, "/v1/openapi.json").put("get", plain("ops", "This document.", "application/json", null));
        operations(paths, "/metrics").put("get", plain("ops", "Prometheus metrics in the text exposition format.",
            "text/plain", metricsAuthenticated ? Scopes.READ : null));
        operations(paths, "/health").put("get", plain("ops", "Liveness: 200 while the server runs.", "application/json", null));
        operations(paths, "/ready").put("get", plain("ops", "Readiness: 200 when every check passes, else 503.",
            "application/json", null));
        tags.add("ops");

        final Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", map("title", "fdp market-data API", "version", "v1", "description",
            "REST bodies are the proto3 JSON mapping of the fdp.api.v1 Protobuf messages; send "
                + "Accept: application/x-protobuf for binary Protobuf. Errors are fdp.common.v1.Error."));
        document.put("tags", tags.stream().map(tag -> map("name", tag)).toList());
        document.put("paths", paths);
        document.put("components", map("schemas", schemas, "responses", errorResponses(), "securitySchemes",
            map("bearerAuth", map("type", "http", "scheme", "bearer", "bearerFormat", "JWT", "description",
                "OAuth2 access token: a JWT signed with RS256 or ES256 by a key of the configured JWKS, with the configured "
                    + "issuer and audience. Scopes, in the 'scope' or 'scp' claim: md:read (read market and reference data, "
                    + "the stream), md:write (write reference data)."))));
        return JsonWriter.write(document);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operations(final Map<String, Object> paths, final String path) {
        return (Map<String, Object>) paths.computeIfAbsent(path, key -> new TreeMap<>());
    }

    private Map<String, Object> operation(final Route route) {
        final Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", route.method().toLowerCase(java.util.Locale.ROOT) + route.path()
            .replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_"));
        operation.put("tags", List.of(route.tag()));
        operation.put("summary", route.summary());
        final List<String> pathParams = pathParams(route.path());
        final List<Object> parameters = new ArrayList<>();
        for (final String name : pathParams) {
            parameters.add(map("name", name, "in", "path", "required", true, "schema", map("type", "string")));
        }
        if (route.hasBody()) {
            operation.put("requestBody", map("required", true, "content", content(route.request().getDescriptorForType())));
        } else {
            for (final QueryBinder.Param param : QueryBinder.params(route.request().getDescriptorForType())) {
                if (!pathParams.contains(param.name())) {
                    parameters.add(queryParam(param));
                }
            }
        }
        operation.put("parameters", parameters);
        final Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", map("description", route.response().getDescriptorForType().getFullName(), "content",
            content(route.response().getDescriptorForType())));
        for (final String status : List.of("400", "401", "403", "404", "405", "412", "413", "500", "503")) {
            if (!status.equals("413") || route.hasBody()) {
                responses.put(status, map("$ref", "#/components/responses/Error" + status));
            }
        }
        operation.put("responses", responses);
        operation.put("security", List.of(map("bearerAuth", List.of(route.scope()))));
        return operation;
    }

    private Map<String, Object> queryParam(final QueryBinder.Param param) {
        final FieldDescriptor leaf = param.leaf();
        final Map<String, Object> schema = new LinkedHashMap<>(field(leaf));
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", param.name());
        out.put("in", "query");
        out.put("required", false);
        if (leaf.getJavaType() == FieldDescriptor.JavaType.MESSAGE
            && leaf.getMessageType().getFullName().equals(Timestamp.getDescriptor().getFullName())) {
            out.put("description", "An instant: ISO-8601 (2024-01-31T14:30:00Z, an offset, or a date for its UTC midnight) "
                + "or nanoseconds since the Unix epoch.");
        } else if (leaf.getJavaType() == FieldDescriptor.JavaType.ENUM) {
            out.put("description", "An enum name, with or without its prefix, case-insensitive.");
        } else if (leaf.isRepeated()) {
            out.put("description", "Repeat the parameter or separate values with commas.");
        }
        out.put("schema", schema);
        return out;
    }

    private Map<String, Object> streamOperation() {
        message(StreamRequest.getDescriptor());
        message(StreamMessage.getDescriptor());
        final Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", "stream");
        operation.put("tags", List.of("market-data"));
        operation.put("summary", "WebSocket stream: send StreamRequest JSON text frames, receive StreamMessage JSON text frames.");
        operation.put("description", "Upgrade with a bearer token. Channels BOOK (a BookSnapshot on subscription and after "
            + "every change, conflated for slow clients), L1 (Quote), TRADES (TradePrint), CANDLES (closed and revised "
            + "candles of an interval). stream_sequence jumps when messages were dropped for a slow client.");
        operation.put("parameters", List.of());
        operation.put("x-fdp-websocket", map("client", map("$ref", SCHEMA_REF + StreamRequest.getDescriptor().getFullName()),
            "server", map("$ref", SCHEMA_REF + StreamMessage.getDescriptor().getFullName())));
        operation.put("responses", map("101", map("description", "Switching Protocols: the WebSocket is open."),
            "401", map("$ref", "#/components/responses/Error401"), "403", map("$ref", "#/components/responses/Error403")));
        operation.put("security", List.of(map("bearerAuth", List.of(Scopes.READ))));
        return operation;
    }

    private static Map<String, Object> plain(final String tag, final String summary, final String type, final String scope) {
        final Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        operation.put("summary", summary);
        operation.put("responses", map("200", map("description", summary, "content", map(type, map("schema", map()))),
            "503", map("description", "Not ready.")));
        operation.put("security", scope == null ? List.of() : List.of(map("bearerAuth", List.of(scope))));
        return operation;
    }

    private Map<String, Object> content(final Descriptor type) {
        message(type);
        return map("application/json", map("schema", map("$ref", SCHEMA_REF + type.getFullName())),
            "application/x-protobuf", map("schema", map("type", "string", "format", "binary",
                "description", "binary Protobuf " + type.getFullName())));
    }

    private Map<String, Object> errorResponses() {
        final Map<String, Object> responses = new LinkedHashMap<>();
        final Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put("400", "A parameter or body field is malformed or out of range; field names it.");
        meanings.put("401", "No valid bearer token; see WWW-Authenticate.");
        meanings.put("403", "The token lacks the scope the route needs.");
        meanings.put("404", "Unknown route or resource.");
        meanings.put("405", "The route exists with other methods; see Allow.");
        meanings.put("412", "The resource has no data yet.");
        meanings.put("413", "The request body is over the size limit.");
        meanings.put("500", "An unexpected server fault.");
        meanings.put("503", "A store the route needs is unavailable or not configured.");
        for (final Map.Entry<String, String> entry : meanings.entrySet()) {
            responses.put("Error" + entry.getKey(), map("description", entry.getValue(), "content",
                map("application/json", map("schema", map("$ref", SCHEMA_REF + ERROR_NAME)))));
        }
        return responses;
    }

    private static List<String> pathParams(final String path) {
        final List<String> names = new ArrayList<>();
        final Matcher matcher = PATH_PARAM.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private void message(final Descriptor type) {
        if (schemas.containsKey(type.getFullName()) || isTimestamp(type)) {
            return;
        }
        schemas.put(type.getFullName(), Map.of());
        final Map<String, Object> properties = new LinkedHashMap<>();
        for (final FieldDescriptor field : type.getFields()) {
            properties.put(field.getJsonName(), field(field));
        }
        final Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", type.getName());
        final StringBuilder description = new StringBuilder("Protobuf message ").append(type.getFullName()).append('.');
        for (final OneofDescriptor oneof : type.getRealOneofs()) {
            description.append(" At most one of ").append(String.join(", ",
                oneof.getFields().stream().map(FieldDescriptor::getJsonName).toList())).append(" is set (").append(oneof.getName())
                .append(").");
        }
        schema.put("description", description.toString());
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        schemas.put(type.getFullName(), schema);
    }

    private Map<String, Object> field(final FieldDescriptor field) {
        if (field.isMapField()) {
            final FieldDescriptor value = field.getMessageType().findFieldByName("value");
            return map("type", "object", "additionalProperties", single(value));
        }
        final Map<String, Object> single = single(field);
        return field.isRepeated() ? map("type", "array", "items", single) : single;
    }

    private Map<String, Object> single(final FieldDescriptor field) {
        return switch (field.getType()) {
            case INT32, SINT32, SFIXED32 -> map("type", "integer", "format", "int32");
            case UINT32, FIXED32 -> map("type", "integer", "format", "int64", "minimum", 0, "maximum", 4_294_967_295L);
            case INT64, SINT64, SFIXED64 -> map("type", "string", "format", "int64", "pattern", "^-?[0-9]+$");
            case UINT64, FIXED64 -> map("type", "string", "format", "uint64", "pattern", "^[0-9]+$");
            case FLOAT -> map("type", "number", "format", "float");
            case DOUBLE -> map("type", "number", "format", "double");
            case BOOL -> map("type", "boolean");
            case STRING -> map("type", "string");
            case BYTES -> map("type", "string", "contentEncoding", "base64");
            case ENUM -> enumRef(field.getEnumType());
            default -> messageRef(field.getMessageType());
        };
    }

    private Map<String, Object> messageRef(final Descriptor type) {
        if (isTimestamp(type)) {
            return map("type", "string", "format", "date-time");
        }
        message(type);
        return map("$ref", SCHEMA_REF + type.getFullName());
    }

    private Map<String, Object> enumRef(final EnumDescriptor type) {
        if (!schemas.containsKey(type.getFullName())) {
            schemas.put(type.getFullName(), map("type", "string", "title", type.getName(), "description",
                "Protobuf enum " + type.getFullName() + ", as its value names.", "enum",
                type.getValues().stream().map(EnumValueDescriptor::getName).toList()));
        }
        return map("$ref", SCHEMA_REF + type.getFullName());
    }

    private static boolean isTimestamp(final Descriptor type) {
        return type.getFullName().equals(Timestamp.getDescriptor().getFullName());
    }

    private static Map<String, Object> map(final Object... pairs) {
        final Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
