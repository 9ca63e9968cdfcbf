package io.fdp.feed.coinbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "2021-04-17T16:43:37.075687Z",
        "2021-04-17T16:43:37Z",
        "1970-01-01T00:00:00Z",
        "2000-02-29T23:59:59.999999999Z",
        "2024-12-31T12:00:00.1Z",
        "2261-12-31T23:59:59.123456789Z",
    })
    void parsesExactlyLikeJavaTime(final String text) {
        final Instant instant = Instant.parse(text);

        assertThat(parse(text)).isEqualTo(instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-04-17T16:43:37.075687+00:00"})
    void acceptsAZeroOffset(final String text) {
        assertThat(parse(text)).isEqualTo(parse("2021-04-17T16:43:37.075687Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2021-04-17 16:43:37Z",
        "2021-02-29T00:00:00Z",
        "2021-13-01T00:00:00Z",
        "2021-04-17T24:00:00Z",
        "2021-04-17T16:60:00Z",
        "2021-04-17T16:43:37",
        "2021-04-17T16:43:37.Z",
        "2021-04-17T16:43:37.1234567890Z",
        "2021-04-17T16:43:37+01:00",
        "1969-12-31T23:59:59Z",
        "2021-04-1xT16:43:37Z",
        "",
    })
    void rejectsAnythingElse(final String text) {
        assertThat(parse(text)).isEqualTo(IsoTimestamp.INVALID);
    }

    private static long parse(final String text) {
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return IsoTimestamp.parse(new UnsafeBuffer(bytes), 0, bytes.length);
    }
}
