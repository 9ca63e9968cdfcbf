package io.fdp.feed.lobster;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LobsterOrderbookReaderTest {
    private final List<String> rows = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private final LobsterBookListener listener = new LobsterBookListener() {
        @Override
        public void onBookRow(final long lineNumber, final LobsterBookRow row) {
            rows.add(lineNumber + ":" + format(row));
            checkSane(lineNumber, row);
        }

        @Override
        public void onRejected(final long lineNumber, final int reason) {
            rejections.add(lineNumber + ":" + LobsterResult.name(reason));
        }
    };

    @Test
    void readsEveryRowOfTheTenLevelSampleAsASaneBook() throws IOException {
        final LobsterOrderbookReader reader = new LobsterOrderbookReader(10, listener);

        assertThat(reader.read(SharedData.ORDERBOOK_10)).isEqualTo(999);

        assertThat(reader.rowCount()).isEqualTo(999);
        assertThat(rejections).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(rows.getFirst()).isEqualTo("1:"
            + "5859400,200,5853300,18,5859800,200,5853000,150,5861000,200,5851000,5,5868900,300,5850100,89,"
            + "5869500,50,5849700,5,5870000,100,5849300,300,5871000,10,5846500,300,5873900,100,5845300,300,"
            + "5876500,1160,5843800,200,5879000,500,5842700,300");
        assertThat(rows.getLast()).isEqualTo("999:"
            + "5857100,100,5853500,18,5857200,100,5853200,100,5858000,200,5851500,300,5858100,300,5851400,100,"
            + "5858500,100,5851000,5,5859300,59,5850500,1,5859800,5,5850400,2,5859900,115,5850100,89,"
            + "5860000,960,5850000,4997,5860300,100,5849900,2");
    }

    @Test
    void firstBookRowShowsTheFirstMessagesBuyOrderAtTheTop() throws IOException {
        final RecordingLobsterListener messages = new RecordingLobsterListener();
        new LobsterMessageReader(messages).read(SharedData.MESSAGES_10);
        new LobsterOrderbookReader(10, listener).read(SharedData.ORDERBOOK_10);

        // Message 1 adds a buy of 18 at 585.33; book row 1 has exactly that as its best bid.
        assertThat(messages.events.getFirst()).endsWith(",1,16113575,18,5853300,1");
        assertThat(rows.getFirst()).startsWith("1:5859400,200,5853300,18,");
    }

    @Test
    void keepsTheEmptyLevelSentinels() {
        final LobsterBookRow row = new LobsterBookRow(3);

        final int result = parse("5859400,200,5853300,18,9999999999,0,5853000,150,9999999999,0,-9999999999,0", row);

        assertThat(result).isEqualTo(LobsterResult.OK);
        assertThat(row.askDepth()).isEqualTo(1);
        assertThat(row.bidDepth()).isEqualTo(2);
        assertThat(row.askPrice(1)).isEqualTo(LobsterDescriptor.EMPTY_ASK_PRICE);
        assertThat(row.bidPrice(2)).isEqualTo(LobsterDescriptor.EMPTY_BID_PRICE);
        assertThat(row.bidSize(2)).isZero();
        assertThat(row.bidPrice(1)).isEqualTo(5_853_000);
        assertThat(row.bidSize(1)).isEqualTo(150);
    }

    @Test
    void rejectsMalformedRowsByNumberAndKeepsReading() throws IOException {
        final String file = """
            101,1,100,2
            101,1,100
            101,1,100,2,7
            101,x,100,2
            101,-1,100,2
            101,1,100,99999999999999999999
            102,3,-100,4""";
        final LobsterOrderbookReader reader = new LobsterOrderbookReader(1, listener);

        assertThat(reader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(7);

        assertThat(rows).containsExactly("1:101,1,100,2", "7:102,3,-100,4");
        assertThat(rejections).containsExactly(
            "2:WRONG_FIELD_COUNT", "3:WRONG_FIELD_COUNT", "4:MALFORMED_NUMBER", "5:MALFORMED_NUMBER", "6:OUT_OF_RANGE");
        assertThat(reader.rejectedCount(LobsterResult.WRONG_FIELD_COUNT)).isEqualTo(2);
    }

    private static int parse(final String line, final LobsterBookRow row) {
        final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return new LobsterOrderbookParser().parse(new UnsafeBuffer(bytes), 0, bytes.length, row);
    }

    private static String format(final LobsterBookRow row) {
        final StringBuilder text = new StringBuilder();
        for (int level = 0; level < row.levels(); level++) {
            text.append(level == 0 ? "" : ",").append(row.askPrice(level)).append(',').append(row.askSize(level))
                .append(',').append(row.bidPrice(level)).append(',').append(row.bidSize(level));
        }
        return text.toString();
    }

    /** The sample's books are never crossed, strictly ordered by price and have no empty level. */
    private void checkSane(final long lineNumber, final LobsterBookRow row) {
        if (row.askPrice(0) <= row.bidPrice(0)) {
            problems.add(lineNumber + ": crossed");
        }
        for (int level = 1; level < row.levels(); level++) {
            if (row.askPrice(level) <= row.askPrice(level - 1) || row.bidPrice(level) >= row.bidPrice(level - 1)) {
                problems.add(lineNumber + ": unordered at level " + level);
            }
        }
        for (int level = 0; level < row.levels(); level++) {
            if (row.askSize(level) <= 0 || row.bidSize(level) <= 0) {
                problems.add(lineNumber + ": empty level " + level);
            }
        }
    }
}
