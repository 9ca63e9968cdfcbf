package io.fdp.feed.recorded;

import org.agrona.DirectBuffer;

/**
 * Receives the lines of a recorded capture from {@link RecordedLineReader}; the buffer is only valid during a call.
 */
public interface RecordedLineHandler {
    /**
     * An inbound websocket message, from a {@code <ts>: <json>} line.
     *
     * @param lineNumber    1-based line number in the capture.
     * @param receiveTimeNs receive time in epoch nanoseconds.
     * @param buffer        holding the message.
     * @param offset        of the message's first byte.
     * @param length        of the message in bytes.
     */
    void onMessage(int lineNumber, long receiveTimeNs, DirectBuffer buffer, int offset, int length);

    /**
     * A REST response, from a {@code <url> -> <ts>: <json>} line.
     *
     * @param lineNumber    1-based line number in the capture.
     * @param receiveTimeNs receive time in epoch nanoseconds.
     * @param buffer        holding the line.
     * @param urlOffset     of the request URL's first byte.
     * @param urlLength     of the request URL in bytes.
     * @param offset        of the response body's first byte.
     * @param length        of the response body in bytes.
     */
    void onResponse(
        int lineNumber, long receiveTimeNs, DirectBuffer buffer, int urlOffset, int urlLength, int offset, int length);

    /**
     * A line that matches none of the recorded shapes; reading continues with the next line.
     *
     * @param lineNumber 1-based line number in the capture.
     * @param reason     one of the {@code RecordedLineReader} malformation codes.
     */
    void onMalformedLine(int lineNumber, int reason);
}
