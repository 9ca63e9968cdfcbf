package io.fdp.feed.lobster;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class LobsterMessageParserTest {
    private final RecordingLobsterListener listener = new RecordingLobsterListener();
    private final LobsterMessageParser parser = new LobsterMessageParser(listener);

    @Test
    void parsesTheFirstLineOfTheAaplSample() {
        assertThat(parse("34200.004241176,1,16113575,18,5853300,1")).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly("34200004241176,1,16113575,18,5853300,1");
    }

    @Test
    void parsesAVisibleExecutionOfASellOrder() {
        assertThat(parse("34200.275016159,4,5740544,40,5857400,-1")).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly("34200275016159,4,5740544,40,5857400,-1");
    }

    @Test
    void parsesATradingHaltWithItsNegativePrice() {
        assertThat(parse("34500.5,7,0,0,-1,-1")).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly("34500500000000,7,0,0,-1,-1");
    }

    @ParameterizedTest(name = "{0} s is {1} ns")
    @MethodSource("times")
    void parsesDecimalSecondsIntoExactNanoseconds(final String time, final long expectedNs) {
        assertThat(parse(time + ",1,1,1,1,1")).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly(expectedNs + ",1,1,1,1,1");
    }

    static Stream<Arguments> times() {
        return Stream.of(
            arguments("34200.004241176", 34_200_004_241_176L),
            arguments("34200.00426064", 34_200_004_260_640L),
            arguments("34436.83925", 34_436_839_250_000L),
            arguments("35615.6065", 35_615_606_500_000L),
            arguments("34200", 34_200_000_000_000L),
            arguments("0.000000001", 1L),
            arguments("35821.088778456004", 35_821_088_778_456L),
            arguments("1.0000000015", 1_000_000_002L),
            arguments("1.0000000014999", 1_000_000_001L),
            arguments("0.9999999995", 1_000_000_000L),
            arguments("9223372035.999999999", 9_223_372_035_999_999_999L));
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @MethodSource("malformedLines")
    void rejectsMalformedLinesWithoutDeliveringThem(final String line, final int expected) {
        assertThat(LobsterResult.name(parse(line))).isEqualTo(LobsterResult.name(expected));

        assertThat(listener.events).isEmpty();
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
            arguments("", LobsterResult.WRONG_FIELD_COUNT),
            arguments("34200.004241176,1,16113575,18,5853300", LobsterResult.WRONG_FIELD_COUNT),
            arguments("34200.004241176,1,16113575,18,5853300,1,7", LobsterResult.WRONG_FIELD_COUNT),
            arguments("34200.004241176;1;16113575;18;5853300;1", LobsterResult.WRONG_FIELD_COUNT),
            arguments("34200.004241176,x,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.004241176,1,,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments(".5,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.0042a,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("3.42e4,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("-1.5,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,1,-16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,1,16113575,-18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,1,16113575,18,-,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,1,16113575,18,585.33,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,1,16113575,18,5853300,1 ", LobsterResult.MALFORMED_NUMBER),
            arguments(" 34200.1,1,16113575,18,5853300,1", LobsterResult.MALFORMED_NUMBER),
            arguments("34200.1,0,16113575,18,5853300,1", LobsterResult.OUT_OF_RANGE),
            arguments("34200.1,8,16113575,18,5853300,1", LobsterResult.OUT_OF_RANGE),
            arguments("34200.1,1,16113575,18,5853300,0", LobsterResult.OUT_OF_RANGE),
            arguments("34200.1,1,16113575,18,5853300,2", LobsterResult.OUT_OF_RANGE),
            arguments("34200.1,1,9223372036854775808,18,5853300,1", LobsterResult.OUT_OF_RANGE),
            arguments("9223372036.1,1,16113575,18,5853300,1", LobsterResult.OUT_OF_RANGE));
    }

    @Test
    void acceptsTheLargestLongs() {
        assertThat(parse("1,1,9223372036854775807,9223372036854775807,-9223372036854775807,1")).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly("1000000000,1,9223372036854775807,9223372036854775807,-9223372036854775807,1");
    }

    @Test
    void readsOnlyTheGivenRange() {
        final byte[] bytes = "9,9,9\n34200.5,4,42,100,5853300,-1\n1,2,3".getBytes(StandardCharsets.US_ASCII);
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);

        assertThat(parser.parse(buffer, 6, 27)).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly("34200500000000,4,42,100,5853300,-1");
    }

    private int parse(final String line) {
        final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(new UnsafeBuffer(bytes), 0, bytes.length);
    }
}
