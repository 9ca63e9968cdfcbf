package io.fdp.feed.recorded;

import io.fdp.feed.json.DecimalParser;
import org.agrona.DirectBuffer;

/**
 * Splits a recorded capture into lines and each line into receive time, optional URL and JSON body.
 * <p>
 * Line shapes, one per line, {@code \n} or {@code \r\n} terminated:
 * <pre>
 *   1618678132.8258188: {...}                      inbound message      -> onMessage
 *   https://host/path?q -> 1633998512.320639: {...} REST response       -> onResponse
 *   wss://host <-> 1618678132.3858151               connection opened   (counted, skipped)
 *   wss://host <- 1618678132.8253062: {...}         outbound message    (counted, skipped)
 *   (blank)                                                             (skipped)
 * </pre>
 * Timestamps are decimal epoch seconds, parsed exactly to nanoseconds; more than nine non-zero fraction digits make
 * the line malformed. Anything else is reported by line number and reading continues. Allocates nothing.
 * Not thread safe.
 */
public final class RecordedLineReader {
    /** The receive timestamp is not a decimal number of seconds representable in nanoseconds. */
    public static final int MALFORMED_TIMESTAMP = -1;
    /** The {@code ": "} between timestamp and body is missing, or the body is empty. */
    public static final int MISSING_BODY = -2;
    /** The line has none of the known shapes. */
    public static final int UNKNOWN_SHAPE = -3;

    private static final int NANOS_EXPONENT = -9;

    private final DecimalParser parser = new DecimalParser();
    private long messageLines;
    private long responseLines;
    private long connectionLines;
    private long outboundLines;
    private long malformedLines;

    /**
     * Read every line of a capture.
     *
     * @param buffer  holding the capture.
     * @param offset  of its first byte.
     * @param length  of the capture in bytes.
     * @param handler to call for each line that carries data or is malformed.
     * @return number of lines read.
     */
    public int read(final DirectBuffer buffer, final int offset, final int length, final RecordedLineHandler handler) {
        final int end = offset + length;
        int lineStart = offset;
        int lineNumber = 0;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && buffer.getByte(lineEnd) != '\n') {
                lineEnd++;
            }
            lineNumber++;
            final int contentEnd = lineEnd > lineStart && buffer.getByte(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            readLine(lineNumber, buffer, lineStart, contentEnd - lineStart, handler);
            lineStart = lineEnd + 1;
        }
        return lineNumber;
    }

    /**
     * Decode one line, without its line terminator.
     *
     * @param lineNumber number to report for this line.
     * @param buffer     holding the line.
     * @param offset     of its first byte.
     * @param length     of the line in bytes.
     * @param handler    to call if the line carries data or is malformed.
     */
    public void readLine(
        final int lineNumber, final DirectBuffer buffer, final int offset, final int length, final RecordedLineHandler handler) {
        if (isBlank(buffer, offset, length)) {
            return;
        }
        final byte first = buffer.getByte(offset);
        if (first >= '0' && first <= '9') {
            timestampedBody(lineNumber, buffer, offset, offset + length, offset, 0, handler);
            return;
        }
        final int end = offset + length;
        final int space = indexOf(buffer, offset, end, (byte)' ');
        if (space < 0) {
            malformed(lineNumber, UNKNOWN_SHAPE, handler);
            return;
        }
        final int arrowEnd = indexOf(buffer, space + 1, end, (byte)' ');
        if (arrowEnd < 0) {
            malformed(lineNumber, UNKNOWN_SHAPE, handler);
            return;
        }
        final int arrowLength = arrowEnd - space - 1;
        if (arrowLength == 3 && isArrow(buffer, space + 1, "<->")) {
            if (parseTimestamp(buffer, arrowEnd + 1, end - arrowEnd - 1)) {
                connectionLines++;
            } else {
                malformed(lineNumber, MALFORMED_TIMESTAMP, handler);
            }
        } else if (arrowLength == 2 && isArrow(buffer, space + 1, "<-")) {
            outboundLines++;
        } else if (arrowLength == 2 && isArrow(buffer, space + 1, "->")) {
            timestampedBody(lineNumber, buffer, arrowEnd + 1, end, offset, space - offset, handler);
        } else {
            malformed(lineNumber, UNKNOWN_SHAPE, handler);
        }
    }

    private void timestampedBody(
        final int lineNumber,
        final DirectBuffer buffer,
        final int from,
        final int end,
        final int urlOffset,
        final int urlLength,
        final RecordedLineHandler handler) {
        final int colon = indexOf(buffer, from, end, (byte)':');
        if (colon < 0 || colon + 1 >= end || buffer.getByte(colon + 1) != ' ' || isBlank(buffer, colon + 2, end - colon - 2)) {
            malformed(lineNumber, MISSING_BODY, handler);
            return;
        }
        if (!parseTimestamp(buffer, from, colon - from)) {
            malformed(lineNumber, MALFORMED_TIMESTAMP, handler);
            return;
        }
        final long receiveTimeNs = parser.mantissa();
        final int bodyOffset = colon + 2;
        if (urlLength == 0) {
            messageLines++;
            handler.onMessage(lineNumber, receiveTimeNs, buffer, bodyOffset, end - bodyOffset);
        } else {
            responseLines++;
            handler.onResponse(lineNumber, receiveTimeNs, buffer, urlOffset, urlLength, bodyOffset, end - bodyOffset);
        }
    }

    private boolean parseTimestamp(final DirectBuffer buffer, final int offset, final int length) {
        return parser.parse(buffer, offset, length, NANOS_EXPONENT) == DecimalParser.OK && parser.mantissa() >= 0;
    }

    private void malformed(final int lineNumber, final int reason, final RecordedLineHandler handler) {
        malformedLines++;
        handler.onMalformedLine(lineNumber, reason);
    }

    private static boolean isArrow(final DirectBuffer buffer, final int offset, final String arrow) {
        for (int i = 0; i < arrow.length(); i++) {
            if (buffer.getByte(offset + i) != arrow.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(final DirectBuffer buffer, final int from, final int end, final byte value) {
        for (int i = from; i < end; i++) {
            if (buffer.getByte(i) == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(final DirectBuffer buffer, final int offset, final int length) {
        for (int i = offset; i < offset + length; i++) {
            final byte b = buffer.getByte(i);
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Inbound message lines read so far.
     *
     * @return count.
     */
    public long messageLines() {
        return messageLines;
    }

    /**
     * REST response lines read so far.
     *
     * @return count.
     */
    public long responseLines() {
        return responseLines;
    }

    /**
     * Connection lines ({@code <->}) skipped so far.
     *
     * @return count.
     */
    public long connectionLines() {
        return connectionLines;
    }

    /**
     * Outbound message lines ({@code <-}) skipped so far.
     *
     * @return count.
     */
    public long outboundLines() {
        return outboundLines;
    }

    /**
     * Malformed lines reported so far.
     *
     * @return count.
     */
    public long malformedLines() {
        return malformedLines;
    }
}
