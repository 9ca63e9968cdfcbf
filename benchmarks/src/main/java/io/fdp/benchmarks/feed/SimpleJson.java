package io.fdp.benchmarks.feed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's JSON parser: a small recursive-descent parser over a {@link String} that builds the usual tree,
 * objects as {@link LinkedHashMap} (field order kept), arrays as {@link ArrayList}, strings as {@link String}, every
 * number as {@link BigDecimal}, {@code true}/{@code false} as {@link Boolean} and {@code null} as null.
 * <p>
 * It accepts RFC 8259 JSON (escapes included) and throws {@link IllegalArgumentException} at the first error.
 */
final class SimpleJson {
    private final String text;
    private int pos;

    private SimpleJson(final String text) {
        this.text = text;
    }

    /**
     * Parses one JSON value that makes up the whole text.
     *
     * @param text the JSON text.
     * @return the value as a tree.
     */
    static Object parse(final String text) {
        final SimpleJson parser = new SimpleJson(text);
        final Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("trailing characters");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        final char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        final Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a field name");
            }
            final String name = string();
            skipWhitespace();
            expect(':');
            object.put(name, value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return object;
            }
        }
    }

    private List<Object> array() {
        final List<Object> array = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            array.add(value());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return array;
            }
        }
    }

    private String string() {
        pos++;
        final StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            final char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                out.append(c);
            }
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("unterminated escape");
        }
        final char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw error("short unicode escape");
                }
                final char decoded = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                pos += 4;
                yield decoded;
            }
            default -> throw error("unknown escape");
        };
    }

    private BigDecimal number() {
        final int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw error("unexpected character");
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (final NumberFormatException ex) {
            throw error("malformed number");
        }
    }

    private Object literal(final String word, final Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private void expect(final char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            final char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(final String problem) {
        return new IllegalArgumentException("invalid JSON at " + pos + ": " + problem);
    }
}
