package io.fdp.feed.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

class JsonTokenizerPropertyTest {
    private final JsonTokenizer tokenizer = new JsonTokenizer();

    @Property(tries = 500, seed = "7105312664")
    void tokenizesEveryValidDocumentToTheEnd(@ForAll("documents") final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);

        assertThat(lastToken(bytes.length)).isEqualTo(JsonTokenizer.END);
    }

    @Property(tries = 500, seed = "2207148839")
    void skipValueConsumesAWholeDocument(@ForAll("documents") final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);

        assertThat(tokenizer.skipValue()).isNotEqualTo(JsonTokenizer.ERROR);
        assertThat(tokenizer.valueOffset()).isEqualTo(json.length() - json.stripLeading().length());
        assertThat(tokenizer.position()).isEqualTo(bytes.length);
        assertThat(tokenizer.next()).isEqualTo(JsonTokenizer.END);
    }

    @Property(tries = 2000, seed = "5092266121")
    void terminatesOnArbitraryBytesWithoutThrowing(@ForAll final byte[] bytes) {
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);

        assertThat(lastToken(bytes.length)).isIn(JsonTokenizer.END, JsonTokenizer.ERROR);
        if (tokenizer.tokenType() == JsonTokenizer.ERROR) {
            assertThat(tokenizer.errorOffset()).isBetween(0, bytes.length);
        }
    }

    @Property(tries = 2000, seed = "8811904475")
    void terminatesOnMutatedDocumentsWithoutThrowing(
        @ForAll("documents") final String json, @ForAll @IntRange(max = 10_000) final int at, @ForAll final byte value) {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] = value;
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);

        assertThat(lastToken(bytes.length)).isIn(JsonTokenizer.END, JsonTokenizer.ERROR);
    }

    private int lastToken(final int length) {
        int t = JsonTokenizer.ERROR;
        for (int i = 0; i <= length + 1; i++) {
            t = tokenizer.next();
            if (t == JsonTokenizer.END || t == JsonTokenizer.ERROR) {
                return t;
            }
        }
        return t;
    }

    @Provide
    Arbitrary<String> documents() {
        return value(3);
    }

    private static Arbitrary<String> value(final int depth) {
        final Arbitrary<String> scalars = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8).map(JsonTokenizerPropertyTest::quote),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.bigDecimals().ofScale(6).map(BigDecimal::toString),
            Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalars;
        }
        final Arbitrary<List<String>> children = value(depth - 1).list().ofMaxSize(4);
        final Arbitrary<String> arrays = children.map(values -> " [ " + String.join(" ,", values) + "]");
        final Arbitrary<String> objects = children.map(JsonTokenizerPropertyTest::object);
        return Arbitraries.frequencyOf(Tuple.of(3, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    private static String object(final List<String> values) {
        final StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\\t\":\n").append(values.get(i));
        }
        return json.append('}').toString();
    }

    private static String quote(final String s) {
        final StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int)c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
