package io.fdp.api;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.fdp.api.http.Route;
import io.fdp.proto.FdpSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class OpenApiTest {
    private static TestMarket market;
    private static ApiServer server;
    private static Struct document;

    @BeforeAll
    static void start() {
        market = new TestMarket();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(false), market.engine);
        server.start();
        final HttpResponse<String> response = new Http(server.port()).get("/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        document = Json.parse(response.body(), Struct.getDefaultInstance());
    }

    @AfterAll
    static void stop() {
        server.close();
        market.close();
    }

    private static Struct object(final Struct parent, final String... path) {
        Struct current = parent;
        for (final String key : path) {
            assertThat(current.getFieldsMap()).as("path %s", String.join("/", path)).containsKey(key);
            current = current.getFieldsOrThrow(key).getStructValue();
        }
        return current;
    }

    private static Struct schema(final String name) {
        return object(document, "components", "schemas", name);
    }

    private static Struct property(final String message, final String field) {
        return object(schema(message), "properties", field);
    }

    @Test
    void isOpenApi31WithBearerSecurity() {
        assertThat(document.getFieldsOrThrow("openapi").getStringValue()).isEqualTo("3.1.0");
        final Struct bearer = object(document, "components", "securitySchemes", "bearerAuth");
        assertThat(bearer.getFieldsOrThrow("scheme").getStringValue()).isEqualTo("bearer");
        assertThat(bearer.getFieldsOrThrow("description").getStringValue()).contains("md:read").contains("md:write");
    }

    @Test
    void listsEveryRouteWithItsScope() {
        final Struct paths = object(document, "paths");
        for (final Route route : server.routes()) {
            final Struct operation = object(paths, route.path(), route.method().toLowerCase(Locale.ROOT));
            final ListValue security = operation.getFieldsOrThrow("security").getListValue();
            assertThat(security.getValues(0).getStructValue().getFieldsOrThrow("bearerAuth").getListValue().getValues(0)
                .getStringValue()).isEqualTo(route.scope());
            assertThat(object(operation, "responses", "200", "content", "application/json", "schema")
                .getFieldsOrThrow("$ref").getStringValue())
                .isEqualTo("#/components/schemas/" + route.response().getDescriptorForType().getFullName());
            assertThat(object(operation, "responses").getFieldsMap()).containsKeys("400", "401", "403", "404");
        }
        assertThat(paths.getFieldsMap()).containsKeys("/v1/stream", "/metrics", "/health", "/ready", "/v1/openapi.json");
        assertThat(server.routes()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void hasASchemaForEveryApiMessage() {
        for (final Descriptor type : FdpSchemas.messageTypes()) {
            if (type.getFile().getPackage().equals("fdp.api.v1")) {
                assertThat(schema(type.getFullName()).getFieldsOrThrow("type").getStringValue()).isEqualTo("object");
            }
        }
        schema("fdp.common.v1.Error");
        schema("fdp.market.v1.BookLevel");
    }

    @Test
    void mapsFieldTypesByTheProto3JsonRules() {
        assertThat(property("fdp.common.v1.Decimal", "mantissa").getFieldsOrThrow("type").getStringValue()).isEqualTo("string");
        assertThat(property("fdp.common.v1.Decimal", "exponent").getFieldsOrThrow("type").getStringValue()).isEqualTo("integer");
        assertThat(property("fdp.market.v1.Quote", "eventTime").getFieldsOrThrow("format").getStringValue())
            .isEqualTo("date-time");
        assertThat(property("fdp.market.v1.BookSnapshot", "bids").getFieldsOrThrow("type").getStringValue()).isEqualTo("array");
        assertThat(property("fdp.common.v1.Error", "details").getFieldsOrThrow("type").getStringValue()).isEqualTo("object");
        assertThat(property("fdp.common.v1.Error", "code").getFieldsOrThrow("$ref").getStringValue())
            .isEqualTo("#/components/schemas/fdp.common.v1.ErrorCode");
        final ListValue codes = schema("fdp.common.v1.ErrorCode").getFieldsOrThrow("enum").getListValue();
        assertThat(codes.getValuesList()).extracting(Value::getStringValue).contains("ERROR_CODE_NOT_FOUND");
        assertThat(schema("fdp.api.v1.StreamMessage").getFieldsOrThrow("description").getStringValue())
            .contains("At most one of").contains("bookSnapshot");
    }

    @Test
    void queryParametersFollowTheRequestMessages() {
        final ListValue parameters = object(document, "paths", "/v1/trades/{instrument_id}", "get")
            .getFieldsOrThrow("parameters").getListValue();
        assertThat(parameters.getValuesList()).extracting(value -> value.getStructValue().getFieldsOrThrow("name")
            .getStringValue()).containsExactly("instrument_id", "start", "end", "limit", "page_size", "page_token");
        assertThat(object(document, "paths", "/v1/rates", "put", "requestBody", "content", "application/json", "schema")
            .getFieldsOrThrow("$ref").getStringValue()).isEqualTo("#/components/schemas/fdp.api.v1.PutRatesRequest");
    }
}
