package io.fdp.feed.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {
    @Test
    void readsObjectsArraysAndScalarsKeepingNumbersExact() throws MalformedRowException {
        final Object value = JsonReader.parse(
            "prefix: { \"a\" : [1, -2.50, 1e-3, true, false, null, \"x\\\"\\u00e9\\n\"], \"b\": {}, \"c\": [] } ", 8);

        final Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.50"), new BigDecimal("1e-3"),
            Boolean.TRUE, Boolean.FALSE, null, "x\"\u00e9\n"));
        expected.put("b", Map.of());
        expected.put("c", List.of());
        assertThat(value).isEqualTo(expected);
        assertThat(((BigDecimal) ((List<?>) ((Map<?, ?>) value).get("a")).get(1)).scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1} x | malformed JSON at offset 8: unexpected content after the JSON value",
        "{\"a\":1 | malformed JSON at offset 6: unexpected end of input",
        "{\"a\" 1} | malformed JSON at offset 5: expected ':'",
        "{a:1} | malformed JSON at offset 1: expected a member name",
        "[1,] | malformed JSON at offset 3: unexpected character ']'",
        "[tru] | malformed JSON at offset 1: unexpected character 't'",
        "\"abc | malformed JSON at offset 4: unterminated string",
        "\"\\q\" | malformed JSON at offset 3: invalid escape '\\q'",
        "[1.] | malformed JSON at offset 3: expected a digit",
        "'' | malformed JSON at offset 0: unexpected end of input"
    })
    void reportsTheOffsetOfTheFirstInvalidCharacter(final String text, final String message) {
        assertThatThrownBy(() -> JsonReader.parse(text, 0))
            .isInstanceOf(MalformedRowException.class)
            .hasMessage(message);
    }

    @Test
    void refusesNestingDeeperThanItsLimit() {
        assertThatThrownBy(() -> JsonReader.parse("[".repeat(300), 0))
            .isInstanceOf(MalformedRowException.class)
            .hasMessage("malformed JSON at offset 257: nesting deeper than 256");
    }
}
