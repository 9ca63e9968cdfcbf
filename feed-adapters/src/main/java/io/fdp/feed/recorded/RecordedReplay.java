package io.fdp.feed.recorded;

import org.agrona.DirectBuffer;

/**
 * Feeds a recorded capture to a venue adapter line by line and reports, by line number, every line the reader
 * could not split and every message the adapter rejected. Allocates nothing per line. Not thread safe.
 */
public final class RecordedReplay implements RecordedLineHandler {
    /** Decodes one inbound message; adapters' {@code onMessage} methods fit. */
    @FunctionalInterface
    public interface MessageDecoder {
        /**
         * Decode one message.
         *
         * @param buffer        holding the message.
         * @param offset        of its first byte.
         * @param length        of the message in bytes.
         * @param receiveTimeNs receive time in epoch nanoseconds.
         * @return the adapter's result code, negative for a rejection.
         */
        int decode(DirectBuffer buffer, int offset, int length, long receiveTimeNs);
    }

    /** Decodes one REST response; adapters' {@code onRestResponse} methods fit. */
    @FunctionalInterface
    public interface ResponseDecoder {
        /**
         * Decode one response.
         *
         * @param buffer        holding URL and body.
         * @param urlOffset     of the URL's first byte.
         * @param urlLength     of the URL in bytes.
         * @param offset        of the body's first byte.
         * @param length        of the body in bytes.
         * @param receiveTimeNs receive time in epoch nanoseconds.
         * @return the adapter's result code, negative for a rejection.
         */
        int decode(DirectBuffer buffer, int urlOffset, int urlLength, int offset, int length, long receiveTimeNs);
    }

    /** Told about the lines that did not decode. */
    public interface ProblemHandler {
        /**
         * The adapter rejected the message on a line.
         *
         * @param lineNumber 1-based line number.
         * @param reason     the adapter's negative result code.
         */
        void onRejectedLine(int lineNumber, int reason);

        /**
         * The reader could not split a line.
         *
         * @param lineNumber 1-based line number.
         * @param reason     a {@link RecordedLineReader} malformation code.
         */
        void onMalformedLine(int lineNumber, int reason);
    }

    /** Result code given to REST responses when no {@link ResponseDecoder} was supplied. */
    public static final int NO_RESPONSE_DECODER = Integer.MIN_VALUE;

    private final RecordedLineReader reader = new RecordedLineReader();
    private final MessageDecoder messageDecoder;
    private final ResponseDecoder responseDecoder;
    private final ProblemHandler problems;
    private long decodedLines;
    private long rejectedLines;

    /**
     * Create a replay.
     *
     * @param messageDecoder  for websocket message lines.
     * @param responseDecoder for REST response lines, or null to report them as rejected with
     *                        {@link #NO_RESPONSE_DECODER}.
     * @param problems        to tell about rejected and malformed lines.
     */
    public RecordedReplay(
        final MessageDecoder messageDecoder, final ResponseDecoder responseDecoder, final ProblemHandler problems) {
        this.messageDecoder = messageDecoder;
        this.responseDecoder = responseDecoder;
        this.problems = problems;
    }

    /**
     * Replay every line of a capture.
     *
     * @param buffer holding the capture.
     * @param offset of its first byte.
     * @param length of the capture in bytes.
     * @return number of lines read.
     */
    public int replay(final DirectBuffer buffer, final int offset, final int length) {
        return reader.read(buffer, offset, length, this);
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onMessage(
        final int lineNumber, final long receiveTimeNs, final DirectBuffer buffer, final int offset, final int length) {
        count(lineNumber, messageDecoder.decode(buffer, offset, length, receiveTimeNs));
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onResponse(
        final int lineNumber,
        final long receiveTimeNs,
        final DirectBuffer buffer,
        final int urlOffset,
        final int urlLength,
        final int offset,
        final int length) {
        count(lineNumber, responseDecoder == null ? NO_RESPONSE_DECODER :
            responseDecoder.decode(buffer, urlOffset, urlLength, offset, length, receiveTimeNs));
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onMalformedLine(final int lineNumber, final int reason) {
        problems.onMalformedLine(lineNumber, reason);
    }

    private void count(final int lineNumber, final int result) {
        decodedLines++;
        if (result < 0) {
            rejectedLines++;
            problems.onRejectedLine(lineNumber, result);
        }
    }

    /**
     * Message and response lines given to a decoder so far.
     *
     * @return count.
     */
    public long decodedLines() {
        return decodedLines;
    }

    /**
     * Lines whose message the decoder rejected so far.
     *
     * @return count.
     */
    public long rejectedLines() {
        return rejectedLines;
    }

    /**
     * The underlying reader, for its line counters.
     *
     * @return the reader.
     */
    public RecordedLineReader reader() {
        return reader;
    }
}
