package io.fdp.feed.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.feed.recorded.RecordedLineReader;
import io.fdp.feed.recorded.RecordedReplay;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class KrakenRecordedReplayTest {
    private final List<String> problems = new ArrayList<>();
    private final RecordingListener listener = new RecordingListener(false);
    private final KrakenBookAdapter adapter = new KrakenBookAdapter(listener, 4);
    private final RecordedReplay replay = new RecordedReplay(adapter::onMessage, null, new RecordedReplay.ProblemHandler() {
        @Override
        public void onRejectedLine(final int lineNumber, final int reason) {
            problems.add(lineNumber + " " + DecodeResult.name(reason));
        }

        @Override
        public void onMalformedLine(final int lineNumber, final int reason) {
            problems.add(lineNumber + " malformed " + reason);
        }
    });

    @Test
    void reportsEachBadLineByNumberAndKeepsGoing() {
        final String capture = """
            wss://ws.kraken.com <-> 1618678132.3858151
            1.1: {"channelID":1664,"event":"subscriptionStatus","pair":"WAVES/EUR","status":"subscribed","subscription":{"name":"book"}}
            1.2: [1664,{"as":[["13.260800","500.00000000","1.1"]],"bs":[["13.203800","15.02366304","1.1"]]},"book-10","WAVES/EUR"]
            1618678134.3: [1664,{"a":[["13.284500","1396.00000000","x"]]},"book-10","WAVES/EUR"]
            1618678134.4: {"event":
            1618678134.5: [9999,{"a":[]},"book-10","WAVES/EUR"]
            not a line
            1618678134.6: [1664,{"a":[["13.2845001","1396.00000000","1618678133.383209"]]},"book-10","WAVES/EUR"]
            1618678134.7: [1664,{"a":[["13.284500","1396.00000000","1618678133.383209"]]},"book-10","WAVES/EUR"]
            """;
        final byte[] bytes = capture.getBytes(StandardCharsets.US_ASCII);

        assertThat(replay.replay(new UnsafeBuffer(bytes), 0, bytes.length)).isEqualTo(9);

        assertThat(problems).containsExactly(
            "4 INVALID_VALUE",
            "5 INVALID_JSON",
            "6 UNKNOWN_SYMBOL",
            "7 malformed " + RecordedLineReader.UNKNOWN_SHAPE,
            "8 OUT_OF_RANGE");
        assertThat(replay.decodedLines()).isEqualTo(7);
        assertThat(replay.rejectedLines()).isEqualTo(4);
        assertThat(listener.updates[0]).isEqualTo(1);
        assertThat(adapter.book(0).asks().count()).isEqualTo(2);
    }
}
