package io.fdp.feed.json;

import static io.fdp.feed.json.JsonTokenizer.BEGIN_ARRAY;
import static io.fdp.feed.json.JsonTokenizer.BEGIN_OBJECT;
import static io.fdp.feed.json.JsonTokenizer.END;
import static io.fdp.feed.json.JsonTokenizer.END_ARRAY;
import static io.fdp.feed.json.JsonTokenizer.END_OBJECT;
import static io.fdp.feed.json.JsonTokenizer.ERROR;
import static io.fdp.feed.json.JsonTokenizer.FALSE;
import static io.fdp.feed.json.JsonTokenizer.FIELD_NAME;
import static io.fdp.feed.json.JsonTokenizer.NULL;
import static io.fdp.feed.json.JsonTokenizer.NUMBER;
import static io.fdp.feed.json.JsonTokenizer.STRING;
import static io.fdp.feed.json.JsonTokenizer.TRUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTokenizerTest {
    private final JsonTokenizer tokenizer = new JsonTokenizer();

    @Test
    void tokenizesEveryKindOfValue() {
        wrap(" {\"a\" : [1, -2.5e3, \"x\\\"y\", true, false, null], \"b\":{}, \"c\":[]} ");

        assertThat(allTokens()).containsExactly(
            BEGIN_OBJECT, FIELD_NAME, BEGIN_ARRAY, NUMBER, NUMBER, STRING, TRUE, FALSE, NULL, END_ARRAY,
            FIELD_NAME, BEGIN_OBJECT, END_OBJECT, FIELD_NAME, BEGIN_ARRAY, END_ARRAY, END_OBJECT, END);
    }

    @Test
    void reportsStringContentWithoutQuotes() {
        wrap("[\"ab\",\"c\\\"d\"]");
        tokenizer.next();

        assertThat(tokenizer.next()).isEqualTo(STRING);
        assertThat(tokenizer.tokenLength()).isEqualTo(2);
        assertThat(tokenizer.tokenEscaped()).isFalse();
        assertThat(tokenizer.tokenEquals(ascii("ab"))).isTrue();
        assertThat(tokenizer.next()).isEqualTo(STRING);
        assertThat(tokenizer.tokenEscaped()).isTrue();
        assertThat(tokenizer.tokenEquals(ascii("c\"d"))).isTrue();
        assertThat(tokenizer.tokenEquals(ascii("c\\\"d"))).isFalse();
    }

    @Test
    void comparesEscapedKeysWithTheirDecodedText() {
        wrap("{\"\\u0061s\":1,\"\\/\\n\":2}");
        tokenizer.next();

        assertThat(tokenizer.next()).isEqualTo(FIELD_NAME);
        assertThat(tokenizer.tokenEquals(ascii("as"))).isTrue();
        assertThat(tokenizer.tokenEquals(ascii("a"))).isFalse();
        assertThat(tokenizer.tokenEquals(ascii("asx"))).isFalse();
        tokenizer.next();
        tokenizer.next();
        assertThat(tokenizer.tokenEquals(ascii("/\n"))).isTrue();
    }

    @Test
    void skipValueDelimitsANestedValue() {
        final String json = "{\"a\":{\"b\":[1,{\"c\":[]}]},\"d\":2}";
        wrap(json);
        tokenizer.next();
        tokenizer.next();

        assertThat(tokenizer.skipValue()).isEqualTo(BEGIN_OBJECT);
        assertThat(json.substring(tokenizer.valueOffset(), tokenizer.position())).isEqualTo("{\"b\":[1,{\"c\":[]}]}");
        assertThat(tokenizer.next()).isEqualTo(FIELD_NAME);
        assertThat(tokenizer.tokenEquals(ascii("d"))).isTrue();
        assertThat(tokenizer.skipValue()).isEqualTo(NUMBER);
        assertThat(tokenizer.next()).isEqualTo(END_OBJECT);
        assertThat(tokenizer.next()).isEqualTo(END);
    }

    @Test
    void tracksDepth() {
        wrap("[[{}]]");
        tokenizer.next();
        tokenizer.next();
        tokenizer.next();

        assertThat(tokenizer.depth()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} fails at {1}")
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "'   '|3",
        "{\"a\":1,}|7",
        "[1 2]|3",
        "{\"a\" 1}|5",
        "\"abc|4",
        "01|1",
        "[1,]|3",
        "{\"a\":tru}|8",
        "{} x|3",
        "\"\\x\"|2",
        "-|1",
        "1.|2",
        "1e|2",
        "1e+|3",
        "[}|1",
        "{]|1",
        "{\"a\":1]|6",
        "[\"\\u12G4\"]|6",
        "nul|0",
        "{1:2}|1",
        "[1]]|3",
        "[|1",
    })
    void reportsTheOffsetOfInvalidInput(final String json, final int offset) {
        wrap(json);

        assertThat(allTokens()).endsWith(ERROR);
        assertThat(tokenizer.errorOffset()).isEqualTo(offset);
    }

    @Test
    void rejectsControlCharactersInStrings() {
        wrap("\"a\tb\"");

        assertThat(tokenizer.next()).isEqualTo(ERROR);
        assertThat(tokenizer.errorOffset()).isEqualTo(2);
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        wrap("[".repeat(JsonTokenizer.MAX_DEPTH) + "]".repeat(JsonTokenizer.MAX_DEPTH));
        assertThat(allTokens()).endsWith(END);

        wrap("[".repeat(JsonTokenizer.MAX_DEPTH + 1));
        assertThat(allTokens()).endsWith(ERROR);
        assertThat(tokenizer.errorOffset()).isEqualTo(JsonTokenizer.MAX_DEPTH);
    }

    @Test
    void keepsReportingTheFirstErrorAfterFailing() {
        wrap("[1,,2]");

        assertThat(allTokens()).containsExactly(BEGIN_ARRAY, NUMBER, ERROR);
        assertThat(tokenizer.next()).isEqualTo(ERROR);
        assertThat(tokenizer.errorOffset()).isEqualTo(3);
    }

    @Test
    void tokenizesAWindowOfALargerBuffer() {
        final byte[] bytes = ascii("xx[1]yy");
        tokenizer.wrap(new UnsafeBuffer(bytes), 2, 3);

        assertThat(allTokens()).containsExactly(BEGIN_ARRAY, NUMBER, END_ARRAY, END);
        assertThat(tokenizer.errorOffset()).isEqualTo(-1);
    }

    private List<Integer> allTokens() {
        final List<Integer> tokens = new ArrayList<>();
        int t;
        do {
            t = tokenizer.next();
            tokens.add(t);
        }
        while (t != END && t != ERROR && tokens.size() < 1000);
        return tokens;
    }

    private void wrap(final String json) {
        final byte[] bytes = ascii(json);
        tokenizer.wrap(new UnsafeBuffer(bytes), 0, bytes.length);
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
