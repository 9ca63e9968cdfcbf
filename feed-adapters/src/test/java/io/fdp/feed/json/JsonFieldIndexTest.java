package io.fdp.feed.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class JsonFieldIndexTest {
    private static final int TYPE = 0;
    private static final int DATA = 1;
    private static final int PRICE = 2;

    private final JsonTokenizer tokenizer = new JsonTokenizer();
    private final JsonTokenizer nested = new JsonTokenizer();
    private final JsonFieldIndex fields = new JsonFieldIndex("type", "data", "price");
    private final DecimalParser parser = new DecimalParser();

    @Test
    void findsFieldsInAnyOrderAndSkipsUnknownOnes() {
        scan("{\"extra\":{\"type\":\"no\"},\"data\":[1,{\"x\":2}],\"price\":\"12.5\",\"type\":\"snapshot\"}");

        assertThat(fields.stringEquals(TYPE, "snapshot".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(fields.type(DATA)).isEqualTo(JsonTokenizer.BEGIN_ARRAY);
        assertThat(fields.parseDecimal(PRICE, parser, -2)).isEqualTo(DecimalParser.OK);
        assertThat(parser.mantissa()).isEqualTo(1250);
        fields.wrap(DATA, nested);
        assertThat(nested.next()).isEqualTo(JsonTokenizer.BEGIN_ARRAY);
        assertThat(nested.next()).isEqualTo(JsonTokenizer.NUMBER);
        assertThat(nested.next()).isEqualTo(JsonTokenizer.BEGIN_OBJECT);
        assertThat(nested.skipValue()).isEqualTo(JsonTokenizer.FIELD_NAME);
    }

    @Test
    void forgetsFieldsOfThePreviousObject() {
        scan("{\"type\":\"a\",\"price\":1}");
        scan("{\"data\":null}");

        assertThat(fields.has(TYPE)).isFalse();
        assertThat(fields.has(PRICE)).isFalse();
        assertThat(fields.type(DATA)).isEqualTo(JsonTokenizer.NULL);
        assertThat(fields.parseDecimal(DATA, parser, 0)).isEqualTo(DecimalParser.INVALID);
    }

    @Test
    void keepsTheLastOfDuplicateFields() {
        scan("{\"type\":\"a\",\"type\":\"b\"}");

        assertThat(fields.stringEquals(TYPE, new byte[] {'b'})).isTrue();
    }

    @Test
    void failsOnInvalidMembers() {
        assertThat(scan("{\"type\":\"a\",\"data\":[1,}")).isFalse();
        assertThat(tokenizer.errorOffset()).isEqualTo(22);
    }

    private boolean scan(final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);
        assertThat(tokenizer.next()).isEqualTo(JsonTokenizer.BEGIN_OBJECT);
        return fields.scan(tokenizer);
    }
}
