package io.fdp.feed.json;

import org.agrona.DirectBuffer;

/**
 * Pull tokenizer over one JSON document held in a {@link DirectBuffer} range; validates the grammar as it goes.
 * <p>
 * One instance is reused for every message: {@link #wrap(DirectBuffer, int, int)} resets it and nothing is allocated
 * afterwards. String tokens are reported as the byte range between the quotes with escapes left in place;
 * {@link #tokenEquals(byte[])} compares such a range (decoding escapes if there are any) with an ASCII constant.
 * Invalid input yields {@link #ERROR} with {@link #errorOffset()}; no exception is thrown for any input.
 * Not thread safe.
 */
public final class JsonTokenizer {
    /** The document is complete and only whitespace follows it. */
    public static final int END = 0;
    /** A {@code '{'}. */
    public static final int BEGIN_OBJECT = 1;
    /** A {@code '}'}. */
    public static final int END_OBJECT = 2;
    /** A {@code '['}. */
    public static final int BEGIN_ARRAY = 3;
    /** A {@code ']'}. */
    public static final int END_ARRAY = 4;
    /** A member name of an object; the tokenizer has consumed the following {@code ':'}. */
    public static final int FIELD_NAME = 5;
    /** A string value. */
    public static final int STRING = 6;
    /** A number value, syntactically valid per RFC 8259. */
    public static final int NUMBER = 7;
    /** The literal {@code true}. */
    public static final int TRUE = 8;
    /** The literal {@code false}. */
    public static final int FALSE = 9;
    /** The literal {@code null}. */
    public static final int NULL = 10;
    /** The input is not valid JSON (or nests deeper than {@link #MAX_DEPTH}); see {@link #errorOffset()}. */
    public static final int ERROR = -1;

    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;

    private static final int EXPECT_ROOT = 0;
    private static final int EXPECT_KEY_OR_END = 1;
    private static final int EXPECT_KEY = 2;
    private static final int EXPECT_VALUE = 3;
    private static final int EXPECT_VALUE_OR_END = 4;
    private static final int EXPECT_SEPARATOR = 5;
    private static final int DONE = 6;
    private static final int FAILED = 7;

    private static final byte[] TRUE_BYTES = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE_BYTES = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL_BYTES = {'n', 'u', 'l', 'l'};

    private DirectBuffer buffer;
    private int start;
    private int limit;
    private int position;
    private int depth;
    private long objectBits;
    private int state = DONE;
    private int tokenType = END;
    private int tokenStart;
    private int tokenOffset;
    private int tokenLength;
    private boolean tokenEscaped;
    private int errorOffset = -1;
    private int valueOffset;

    /**
     * Start tokenizing {@code length} bytes of {@code buffer} from {@code offset}.
     *
     * @param buffer holding the document.
     * @param offset of the first byte of the document.
     * @param length of the document in bytes.
     */
    public void wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.start = offset;
        this.limit = offset + length;
        this.position = offset;
        this.depth = 0;
        this.objectBits = 0;
        this.state = EXPECT_ROOT;
        this.tokenType = END;
        this.tokenStart = offset;
        this.tokenOffset = offset;
        this.tokenLength = 0;
        this.tokenEscaped = false;
        this.errorOffset = -1;
    }

    /**
     * Advance to the next token.
     *
     * @return the token type: one of the constants of this class.
     */
    public int next() {
        skipWhitespace();
        switch (state) {
            case EXPECT_ROOT:
            case EXPECT_VALUE:
                return readValue();
            case EXPECT_VALUE_OR_END:
                if (position < limit && buffer.getByte(position) == ']') {
                    return closeContainer(false);
                }
                return readValue();
            case EXPECT_KEY_OR_END:
                if (position < limit && buffer.getByte(position) == '}') {
                    return closeContainer(true);
                }
                return readKey();
            case EXPECT_KEY:
                return readKey();
            case EXPECT_SEPARATOR:
                return readSeparator();
            case DONE:
                return END;
            default:
                return ERROR;
        }
    }

    /**
     * Read one complete value, skipping over the contents of an object or array.
     * <p>
     * Afterwards {@link #valueOffset()} and {@link #position()} delimit the value's bytes, so the range can be
     * re-tokenized with {@link #wrap(DirectBuffer, int, int)} on another instance.
     *
     * @return the type of the value's first token, {@link #ERROR}, or the end token found instead of a value.
     */
    public int skipValue() {
        final int type = next();
        valueOffset = tokenStart;
        if (type == BEGIN_OBJECT || type == BEGIN_ARRAY) {
            final int outerDepth = depth - 1;
            while (depth > outerDepth) {
                final int t = next();
                if (t == ERROR || t == END) {
                    return fail(position);
                }
            }
        }
        return type;
    }

    /**
     * Offset of the first byte of the value read by the last {@link #skipValue()}.
     *
     * @return absolute offset in the wrapped buffer.
     */
    public int valueOffset() {
        return valueOffset;
    }

    /**
     * Offset just after the last token read.
     *
     * @return absolute offset in the wrapped buffer.
     */
    public int position() {
        return position;
    }

    /**
     * Type of the last token read.
     *
     * @return one of the token constants.
     */
    public int tokenType() {
        return tokenType;
    }

    /**
     * Offset of the first byte of the last token, the opening quote for strings.
     *
     * @return absolute offset in the wrapped buffer.
     */
    public int tokenStart() {
        return tokenStart;
    }

    /**
     * Offset of the last token's content: after the opening quote for strings, else the token's first byte.
     *
     * @return absolute offset in the wrapped buffer.
     */
    public int tokenOffset() {
        return tokenOffset;
    }

    /**
     * Length of the last token's content, excluding quotes for strings.
     *
     * @return length in bytes.
     */
    public int tokenLength() {
        return tokenLength;
    }

    /**
     * Whether the last string token contains backslash escapes.
     *
     * @return true if the raw content differs from the decoded string.
     */
    public boolean tokenEscaped() {
        return tokenEscaped;
    }

    /**
     * Nesting depth after the last token: 1 inside the outermost object or array.
     *
     * @return current depth.
     */
    public int depth() {
        return depth;
    }

    /**
     * Offset relative to the start of the wrapped range at which invalid input was found.
     *
     * @return relative offset, or -1 if no error has occurred.
     */
    public int errorOffset() {
        return errorOffset < 0 ? -1 : errorOffset - start;
    }

    /**
     * Absolute offset in the wrapped buffer at which invalid input was found.
     *
     * @return absolute offset, or -1 if no error has occurred.
     */
    public int errorPosition() {
        return errorOffset;
    }

    /**
     * The buffer currently wrapped.
     *
     * @return the buffer passed to {@link #wrap(DirectBuffer, int, int)}.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Whether the last string or field-name token equals an ASCII constant, decoding escapes if present.
     *
     * @param ascii bytes of the constant.
     * @return true if equal.
     */
    public boolean tokenEquals(final byte[] ascii) {
        if (tokenType != STRING && tokenType != FIELD_NAME) {
            return false;
        }
        return stringEquals(buffer, tokenOffset, tokenLength, tokenEscaped, ascii);
    }

    /**
     * Whether raw JSON string content (between the quotes) equals an ASCII constant, decoding escapes if present.
     *
     * @param buffer  holding the content.
     * @param offset  of the content.
     * @param length  of the content in bytes.
     * @param escaped whether the content contains backslash escapes (already validated by a tokenizer).
     * @param ascii   bytes of the constant.
     * @return true if equal.
     */
    public static boolean stringEquals(
        final DirectBuffer buffer, final int offset, final int length, final boolean escaped, final byte[] ascii) {
        if (!escaped) {
            if (length != ascii.length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (buffer.getByte(offset + i) != ascii[i]) {
                    return false;
                }
            }
            return true;
        }
        return escapedEquals(buffer, offset, length, ascii);
    }

    private static boolean escapedEquals(final DirectBuffer buffer, final int offset, final int length, final byte[] ascii) {
        int p = offset;
        final int end = offset + length;
        int i = 0;
        while (p < end) {
            int c = buffer.getByte(p) & 0xFF;
            p++;
            if (c == '\\') {
                final int e = buffer.getByte(p);
                p++;
                if (e == 'u') {
                    c = hexValue(buffer, p);
                    p += 4;
                } else {
                    c = unescape(e);
                }
            }
            if (i >= ascii.length || (ascii[i] & 0xFF) != c) {
                return false;
            }
            i++;
        }
        return i == ascii.length;
    }

    private static int unescape(final int e) {
        switch (e) {
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                return e;
        }
    }

    private static int hexValue(final DirectBuffer buffer, final int offset) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 4) | hexDigit(buffer.getByte(offset + i));
        }
        return v;
    }

    private static int hexDigit(final byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private void skipWhitespace() {
        while (position < limit) {
            final byte b = buffer.getByte(position);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            position++;
        }
    }

    private int readSeparator() {
        if (depth == 0) {
            if (position == limit) {
                state = DONE;
                return token(END, position, position, 0);
            }
            return fail(position);
        }
        if (position >= limit) {
            return fail(position);
        }
        final byte b = buffer.getByte(position);
        final boolean inObject = (objectBits & (1L << (depth - 1))) != 0;
        if (b == ',') {
            position++;
            state = inObject ? EXPECT_KEY : EXPECT_VALUE;
            return next();
        }
        if (b == '}' && inObject) {
            return closeContainer(true);
        }
        if (b == ']' && !inObject) {
            return closeContainer(false);
        }
        return fail(position);
    }

    private int closeContainer(final boolean object) {
        final int at = position;
        position++;
        depth--;
        objectBits &= ~(1L << depth);
        state = EXPECT_SEPARATOR;
        return token(object ? END_OBJECT : END_ARRAY, at, at, 1);
    }

    private int openContainer(final boolean object) {
        if (depth == MAX_DEPTH) {
            return fail(position);
        }
        final int at = position;
        position++;
        if (object) {
            objectBits |= 1L << depth;
        }
        depth++;
        state = object ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END;
        return token(object ? BEGIN_OBJECT : BEGIN_ARRAY, at, at, 1);
    }

    private int readKey() {
        if (position >= limit || buffer.getByte(position) != '"') {
            return fail(position);
        }
        final int at = position;
        if (!scanString()) {
            return ERROR;
        }
        final int contentEnd = position - 1;
        skipWhitespace();
        if (position >= limit || buffer.getByte(position) != ':') {
            return fail(position);
        }
        position++;
        state = EXPECT_VALUE;
        return token(FIELD_NAME, at, at + 1, contentEnd - at - 1);
    }

    private int readValue() {
        if (position >= limit) {
            return fail(position);
        }
        final byte b = buffer.getByte(position);
        switch (b) {
            case '{':
                return openContainer(true);
            case '[':
                return openContainer(false);
            case '"': {
                final int at = position;
                if (!scanString()) {
                    return ERROR;
                }
                state = EXPECT_SEPARATOR;
                return token(STRING, at, at + 1, position - at - 2);
            }
            case 't':
                return readLiteral(TRUE_BYTES, TRUE);
            case 'f':
                return readLiteral(FALSE_BYTES, FALSE);
            case 'n':
                return readLiteral(NULL_BYTES, NULL);
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return readNumber();
                }
                return fail(position);
        }
    }

    private int readLiteral(final byte[] literal, final int type) {
        final int at = position;
        if (limit - at < literal.length) {
            return fail(position);
        }
        for (int i = 0; i < literal.length; i++) {
            if (buffer.getByte(at + i) != literal[i]) {
                return fail(at + i);
            }
        }
        position = at + literal.length;
        state = EXPECT_SEPARATOR;
        return token(type, at, at, literal.length);
    }

    private int readNumber() {
        final int at = position;
        if (buffer.getByte(position) == '-') {
            position++;
        }
        if (position >= limit) {
            return fail(position);
        }
        final byte first = buffer.getByte(position);
        if (first == '0') {
            position++;
        } else if (!scanDigits()) {
            return fail(position);
        }
        if (position < limit && buffer.getByte(position) == '.') {
            position++;
            if (!scanDigits()) {
                return fail(position);
            }
        }
        if (position < limit && (buffer.getByte(position) | 0x20) == 'e') {
            position++;
            if (position < limit && (buffer.getByte(position) == '+' || buffer.getByte(position) == '-')) {
                position++;
            }
            if (!scanDigits()) {
                return fail(position);
            }
        }
        state = EXPECT_SEPARATOR;
        return token(NUMBER, at, at, position - at);
    }

    private boolean scanDigits() {
        final int from = position;
        while (position < limit) {
            final byte b = buffer.getByte(position);
            if (b < '0' || b > '9') {
                break;
            }
            position++;
        }
        return position > from;
    }

    private boolean scanString() {
        position++;
        boolean escaped = false;
        while (position < limit) {
            final int b = buffer.getByte(position) & 0xFF;
            if (b == '"') {
                position++;
                tokenEscaped = escaped;
                return true;
            }
            if (b == '\\') {
                escaped = true;
                if (!scanEscape()) {
                    fail(position);
                    return false;
                }
            } else if (b < 0x20) {
                fail(position);
                return false;
            } else {
                position++;
            }
        }
        fail(position);
        return false;
    }

    private boolean scanEscape() {
        position++;
        if (position >= limit) {
            return false;
        }
        final byte e = buffer.getByte(position);
        switch (e) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                position++;
                return true;
            case 'u':
                position++;
                if (limit - position < 4) {
                    return false;
                }
                for (int i = 0; i < 4; i++) {
                    if (hexDigit(buffer.getByte(position)) < 0) {
                        return false;
                    }
                    position++;
                }
                return true;
            default:
                return false;
        }
    }

    private int token(final int type, final int at, final int contentOffset, final int contentLength) {
        if (type != STRING && type != FIELD_NAME) {
            tokenEscaped = false;
        }
        tokenType = type;
        tokenStart = at;
        tokenOffset = contentOffset;
        tokenLength = contentLength;
        return type;
    }

    private int fail(final int at) {
        if (state != FAILED) {
            errorOffset = Math.min(at, limit);
            state = FAILED;
        }
        tokenType = ERROR;
        return ERROR;
    }
}
