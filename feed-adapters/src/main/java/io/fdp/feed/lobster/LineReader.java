package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines through one reusable window and hands each line, without its {@code \n} or
 * {@code \r\n} terminator, to a {@link Handler}; a final line without a terminator counts as a line.
 */
final class LineReader {
    /** Window size; a longer line is rejected with {@link LobsterResult#LINE_TOO_LONG}. */
    static final int DEFAULT_CAPACITY = 1 << 16;

    /** Receives lines and rejections. */
    interface Handler {
        /** Parses one line and returns a {@link LobsterResult} code. */
        int onLine(long lineNumber, DirectBuffer buffer, int offset, int length);

        /** Receives the number and reason of a line that was not accepted. */
        void onRejected(long lineNumber, int reason);
    }

    private final byte[] window;
    private final UnsafeBuffer windowBuffer;
    private final long[] rejectedByReason = new long[5];
    private long lineCount;
    private long acceptedCount;

    LineReader(final int capacity) {
        window = new byte[capacity];
        windowBuffer = new UnsafeBuffer(window);
    }

    /** Reads every line of the stream and returns the number of lines. */
    long read(final InputStream in, final Handler handler) throws IOException {
        lineCount = 0;
        acceptedCount = 0;
        Arrays.fill(rejectedByReason, 0);
        int end = 0;
        boolean skippingLongLine = false;
        while (true) {
            final int read = in.read(window, end, window.length - end);
            if (read < 0) {
                if (end > 0 && !skippingLongLine) {
                    line(handler, 0, end);
                }
                return lineCount;
            }
            end += read;
            int lineStart = 0;
            for (int index = end - read; index < end; index++) {
                if (window[index] == '\n') {
                    if (!skippingLongLine) {
                        line(handler, lineStart, index);
                    }
                    skippingLongLine = false;
                    lineStart = index + 1;
                }
            }
            if (lineStart == 0 && end == window.length) {
                if (!skippingLongLine) {
                    reject(handler, ++lineCount, LobsterResult.LINE_TOO_LONG);
                    skippingLongLine = true;
                }
                end = 0;
            } else {
                System.arraycopy(window, lineStart, window, 0, end - lineStart);
                end -= lineStart;
            }
        }
    }

    long lineCount() {
        return lineCount;
    }

    long acceptedCount() {
        return acceptedCount;
    }

    long rejectedCount(final int reason) {
        return reason < 0 && -reason < rejectedByReason.length ? rejectedByReason[-reason] : 0;
    }

    private void line(final Handler handler, final int start, final int end) {
        final int length = end > start && window[end - 1] == '\r' ? end - start - 1 : end - start;
        final int result = handler.onLine(++lineCount, windowBuffer, start, length);
        if (result == LobsterResult.OK) {
            acceptedCount++;
        } else {
            reject(handler, lineCount, result);
        }
    }

    private void reject(final Handler handler, final long lineNumber, final int reason) {
        rejectedByReason[-reason]++;
        handler.onRejected(lineNumber, reason);
    }
}
