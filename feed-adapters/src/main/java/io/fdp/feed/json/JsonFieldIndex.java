package io.fdp.feed.json;

import java.nio.charset.StandardCharsets;

import org.agrona.DirectBuffer;

/**
 * Records where the values of a fixed set of member names lie in one JSON object, so that a decoder can read them
 * in the order it needs rather than the order they were sent.
 * <p>
 * Names are given once at construction; {@link #scan(JsonTokenizer)} then walks one object without allocating,
 * skipping unknown members. Nested objects and arrays are recorded as byte ranges to re-tokenize with
 * {@link #wrap(int, JsonTokenizer)}. If a name occurs twice the last occurrence wins. Not thread safe.
 */
public final class JsonFieldIndex {
    private final byte[][] names;
    private final int[] types;
    private final int[] offsets;
    private final int[] lengths;
    private final int[] valueOffsets;
    private final int[] valueLengths;
    private final boolean[] escaped;
    private DirectBuffer buffer;

    /**
     * Create an index for the given member names; a field is then identified by its position in {@code names}.
     *
     * @param names ASCII member names.
     */
    public JsonFieldIndex(final String... names) {
        this.names = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        types = new int[names.length];
        offsets = new int[names.length];
        lengths = new int[names.length];
        valueOffsets = new int[names.length];
        valueLengths = new int[names.length];
        escaped = new boolean[names.length];
    }

    /**
     * Read the members of the object whose {@link JsonTokenizer#BEGIN_OBJECT} was the tokenizer's last token, up to
     * and including its {@link JsonTokenizer#END_OBJECT}.
     *
     * @param tokenizer positioned just inside an object.
     * @return true if the object was well formed; false if the tokenizer reported an error.
     */
    public boolean scan(final JsonTokenizer tokenizer) {
        buffer = tokenizer.buffer();
        for (int i = 0; i < types.length; i++) {
            types[i] = JsonTokenizer.END;
        }
        int t;
        while ((t = tokenizer.next()) == JsonTokenizer.FIELD_NAME) {
            final int field = find(tokenizer);
            final int type = tokenizer.skipValue();
            if (type == JsonTokenizer.ERROR || type == JsonTokenizer.END_ARRAY || type == JsonTokenizer.END_OBJECT) {
                return false;
            }
            if (field >= 0) {
                types[field] = type;
                valueOffsets[field] = tokenizer.valueOffset();
                valueLengths[field] = tokenizer.position() - tokenizer.valueOffset();
                final boolean container = type == JsonTokenizer.BEGIN_OBJECT || type == JsonTokenizer.BEGIN_ARRAY;
                offsets[field] = container ? tokenizer.valueOffset() : tokenizer.tokenOffset();
                lengths[field] = container ? valueLengths[field] : tokenizer.tokenLength();
                escaped[field] = tokenizer.tokenEscaped();
            }
        }
        return t == JsonTokenizer.END_OBJECT;
    }

    private int find(final JsonTokenizer tokenizer) {
        for (int i = 0; i < names.length; i++) {
            if (tokenizer.tokenEquals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the last scanned object had the field.
     *
     * @param field position of the name given at construction.
     * @return true if present.
     */
    public boolean has(final int field) {
        return types[field] != JsonTokenizer.END;
    }

    /**
     * Token type of the field's value, or {@link JsonTokenizer#END} if absent.
     *
     * @param field position of the name given at construction.
     * @return a {@link JsonTokenizer} token type.
     */
    public int type(final int field) {
        return types[field];
    }

    /**
     * Offset of the field's content: string content without quotes, a scalar's text, or a container's first byte.
     *
     * @param field position of the name given at construction.
     * @return absolute offset in the scanned buffer.
     */
    public int offset(final int field) {
        return offsets[field];
    }

    /**
     * Length of the field's content as delimited by {@link #offset(int)}.
     *
     * @param field position of the name given at construction.
     * @return length in bytes.
     */
    public int length(final int field) {
        return lengths[field];
    }

    /**
     * Whether the field's value is a string equal to an ASCII constant.
     *
     * @param field position of the name given at construction.
     * @param ascii bytes of the constant.
     * @return true if equal.
     */
    public boolean stringEquals(final int field, final byte[] ascii) {
        return types[field] == JsonTokenizer.STRING &&
            JsonTokenizer.stringEquals(buffer, offsets[field], lengths[field], escaped[field], ascii);
    }

    /**
     * Whether the field's value is a string containing backslash escapes.
     *
     * @param field position of the name given at construction.
     * @return true if escaped.
     */
    public boolean escaped(final int field) {
        return escaped[field];
    }

    /**
     * The buffer of the last scanned object, to which the offsets refer.
     *
     * @return the buffer.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Point another tokenizer at the complete value of a field, so a nested object or array can be read.
     *
     * @param field     position of the name given at construction.
     * @param tokenizer to wrap around the value's bytes.
     */
    public void wrap(final int field, final JsonTokenizer tokenizer) {
        tokenizer.wrap(buffer, valueOffsets[field], valueLengths[field]);
    }

    /**
     * Parse the field's content (string content or number text) as a decimal.
     *
     * @param field    position of the name given at construction.
     * @param parser   to parse with; the result is read from it.
     * @param exponent target exponent.
     * @return a {@link DecimalParser} result code; {@link DecimalParser#INVALID} if absent or not a string or number.
     */
    public int parseDecimal(final int field, final DecimalParser parser, final int exponent) {
        final int type = types[field];
        if (type != JsonTokenizer.STRING && type != JsonTokenizer.NUMBER) {
            return DecimalParser.INVALID;
        }
        return parser.parse(buffer, offsets[field], lengths[field], exponent);
    }
}
