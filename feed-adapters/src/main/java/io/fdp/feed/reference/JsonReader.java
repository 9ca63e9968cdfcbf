package io.fdp.feed.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent JSON reader for recorded REST responses at the edge: objects become
 * {@code Map<String, Object>} in member order, arrays {@code List<Object>}, strings {@code String}, numbers
 * {@link BigDecimal} (exact, never a double), {@code true}/{@code false} {@code Boolean} and {@code null} null.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int position;

    private JsonReader(final String text, final int start) {
        this.text = text;
        this.position = start;
    }

    /**
     * Reads the one JSON value that fills {@code text} from {@code start} on, surrounding whitespace allowed.
     *
     * @throws MalformedRowException naming the offset of the first character that is not valid JSON.
     */
    static Object parse(final String text, final int start) throws MalformedRowException {
        final JsonReader reader = new JsonReader(text, start);
        final Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected content after the JSON value");
        }
        return value;
    }

    private Object value(final int depth) throws MalformedRowException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        if (position >= text.length()) {
            throw error("unexpected end of input");
        }
        final char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(final int depth) throws MalformedRowException {
        final Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            final String name = string();
            skipWhitespace();
            expect(':');
            members.put(name, value(depth + 1));
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return members;
            }
            expect(',');
        }
    }

    private List<Object> array(final int depth) throws MalformedRowException {
        final List<Object> elements = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return elements;
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return elements;
            }
            expect(',');
        }
    }

    private String string() throws MalformedRowException {
        position++;
        final StringBuilder builder = new StringBuilder();
        while (position < text.length()) {
            final char c = text.charAt(position++);
            if (c == '"') {
                return builder.toString();
            }
            if (c == '\\') {
                builder.append(escape());
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                builder.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char escape() throws MalformedRowException {
        if (position >= text.length()) {
            throw error("unterminated escape");
        }
        final char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("invalid escape '\\" + c + "'");
        };
    }

    private char unicode() throws MalformedRowException {
        if (position + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            final int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private Object literal(final String word, final Object value) throws MalformedRowException {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private BigDecimal number() throws MalformedRowException {
        final int start = position;
        if (peek() == '-') {
            position++;
        }
        final int integerStart = position;
        skipDigits();
        if (position == integerStart) {
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
        if (peek() == '.') {
            position++;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            requireDigits();
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (final NumberFormatException e) {
            throw error("number out of range");
        }
    }

    private void requireDigits() throws MalformedRowException {
        final int start = position;
        skipDigits();
        if (position == start) {
            throw error("expected a digit");
        }
    }

    private void skipDigits() {
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            final char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void expect(final char c) throws MalformedRowException {
        if (position >= text.length()) {
            throw error("unexpected end of input");
        }
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private MalformedRowException error(final String problem) {
        return new MalformedRowException("malformed JSON at offset " + position + ": " + problem);
    }
}
