package io.fdp.app.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class ProgressTest {
    @Test
    void lineShowsCountPercentageAndRate() {
        assertThat(Progress.line("lobster", "events", 45_000, 90_000, TimeUnit.MILLISECONDS.toNanos(500)))
            .isEqualTo("lobster: 45,000 events (50%), 90k events/s");
        assertThat(Progress.line("kraken", "events", 3_000_000, 0, TimeUnit.SECONDS.toNanos(2)))
            .isEqualTo("kraken: 3,000,000 events, 1.5M events/s");
    }

    @Test
    void hiddenProgressPrintsNothing() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            progress.track("file", "records", () -> 7, 0);
            progress.done();
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void shownProgressRedrawsInPlaceAndEndsEachTaskWithItsFinalCount() throws Exception {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final AtomicLong count = new AtomicLong();
        try (Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
            progress.track("first", "events", count::get, 10);
            count.set(5);
            Thread.sleep(600);
            count.set(10);
            progress.track("second", "records", () -> 3, 0);
        }
        final String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\rfirst: 5 events (50%)").contains("\rfirst: 10 events (100%)")
            .contains("\rsecond: 3 records");
        assertThat(text.split("\n")).hasSize(2);
    }
}
