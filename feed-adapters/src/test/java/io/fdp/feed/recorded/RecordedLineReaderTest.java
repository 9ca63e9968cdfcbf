package io.fdp.feed.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecordedLineReaderTest {
    private final RecordedLineReader reader = new RecordedLineReader();
    private final List<String> seen = new ArrayList<>();
    private final RecordedLineHandler handler = new RecordedLineHandler() {
        @Override
        public void onMessage(
            final int lineNumber, final long receiveTimeNs, final DirectBuffer buffer, final int offset, final int length) {
            seen.add(lineNumber + " " + receiveTimeNs + " " + buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onResponse(
            final int lineNumber,
            final long receiveTimeNs,
            final DirectBuffer buffer,
            final int urlOffset,
            final int urlLength,
            final int offset,
            final int length) {
            seen.add(lineNumber + " " + receiveTimeNs + " " + buffer.getStringWithoutLengthAscii(urlOffset, urlLength) + " " +
                buffer.getStringWithoutLengthAscii(offset, length));
        }

        @Override
        public void onMalformedLine(final int lineNumber, final int reason) {
            seen.add(lineNumber + " malformed " + reason);
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "KRAKEN.ws.50.0, 4325, 4321, 0, 1, 1",
        "OKX.ws.1.0, 414, 410, 0, 1, 3",
        "BINANCE.http.0.0, 5, 0, 4, 0, 0",
        "BINANCE.ws.1.0, 267, 265, 0, 1, 0",
        "COINBASE.ws.28.0, 9952, 9946, 0, 1, 3",
    })
    void classifiesEveryLineOfTheRecordings(
        final String file, final int lines, final int messages, final int responses, final int connections, final int outbound) {
        final UnsafeBuffer buffer = RecordedFiles.load("crypto/" + file);

        assertThat(reader.read(buffer, 0, buffer.capacity(), handler)).isEqualTo(lines);
        assertThat(reader.messageLines()).isEqualTo(messages);
        assertThat(reader.responseLines()).isEqualTo(responses);
        assertThat(reader.connectionLines()).isEqualTo(connections);
        assertThat(reader.outboundLines()).isEqualTo(outbound);
        assertThat(reader.malformedLines()).isZero();
    }

    @Test
    void parsesReceiveTimesExactlyToTheNanosecond() {
        read("""
            1618678132.8258188: {"a":1}
            1618678134.22945: [2]
            1618678135: 3
            """);

        assertThat(seen).containsExactly(
            "1 1618678132825818800 {\"a\":1}",
            "2 1618678134229450000 [2]",
            "3 1618678135000000000 3");
    }

    @Test
    void givesTheUrlOfRestResponses() {
        read("https://api.binance.com/api/v3/depth?symbol=NKNUSDT&limit=1000 -> 1633998512.320639: {\"lastUpdateId\":1}\n");

        assertThat(seen).containsExactly(
            "1 1633998512320639000 https://api.binance.com/api/v3/depth?symbol=NKNUSDT&limit=1000 {\"lastUpdateId\":1}");
    }

    @Test
    void skipsConnectionOutboundAndBlankLines() {
        read("""
            wss://ws.kraken.com <-> 1618678132.3858151
            wss://ws.kraken.com <- 1618678132.8253062: {"event":"subscribe"}

            \t
            1.5: {}
            """);

        assertThat(seen).containsExactly("5 1500000000 {}");
        assertThat(reader.connectionLines()).isEqualTo(1);
        assertThat(reader.outboundLines()).isEqualTo(1);
    }

    @Test
    void reportsMalformedLinesByNumberAndContinues() {
        read("""
            1.0: {}
            garbage
            12x.5: {}
            13.5 {}
            14.5:
            1.0000000001: {}
            wss://x <-> later
            wss://x <~ 1: {}
            https://x -> 1.5:
            2.0: []
            """);

        assertThat(seen).containsExactly(
            "1 1000000000 {}",
            "2 malformed " + RecordedLineReader.UNKNOWN_SHAPE,
            "3 malformed " + RecordedLineReader.MALFORMED_TIMESTAMP,
            "4 malformed " + RecordedLineReader.MISSING_BODY,
            "5 malformed " + RecordedLineReader.MISSING_BODY,
            "6 malformed " + RecordedLineReader.MALFORMED_TIMESTAMP,
            "7 malformed " + RecordedLineReader.MALFORMED_TIMESTAMP,
            "8 malformed " + RecordedLineReader.UNKNOWN_SHAPE,
            "9 malformed " + RecordedLineReader.MISSING_BODY,
            "10 2000000000 []");
        assertThat(reader.malformedLines()).isEqualTo(8);
    }

    @Test
    void acceptsCarriageReturnLineEndingsAndAMissingFinalNewline() {
        read("1.0: {}\r\n2.0: [1]");

        assertThat(seen).containsExactly("1 1000000000 {}", "2 2000000000 [1]");
    }

    private void read(final String capture) {
        final byte[] bytes = capture.getBytes(StandardCharsets.US_ASCII);
        reader.read(new UnsafeBuffer(bytes), 0, bytes.length, handler);
    }
}
