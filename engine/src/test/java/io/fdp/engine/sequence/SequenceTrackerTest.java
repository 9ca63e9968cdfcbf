package io.fdp.engine.sequence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceTrackerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        first_number_is_accepted           | 7          | 0        | false | 0 | 0
        consecutive_numbers                | 1 2 3 4    | 0 0 0 0  | false | 0 | 0
        gap_marks_stale                    | 1 2 5      | 0 0 1    | true  | 1 | 0
        duplicate_is_dropped               | 1 2 2      | 0 0 -1   | false | 0 | 1
        replayed_older_number_is_dropped   | 5 6 3      | 0 0 -1   | false | 0 | 1
        gap_then_continues_from_new_number | 1 4 5 6    | 0 1 0 0  | true  | 1 | 0
        two_gaps                           | 1 3 5      | 0 1 1    | true  | 2 | 0
        """)
    void tracksOneStream(final String name, final String numbers, final String results, final boolean stale,
        final long gaps, final long duplicates) {
        final SequenceTracker tracker = new SequenceTracker(4);
        final long[] sequence = Arrays.stream(numbers.split(" ")).mapToLong(Long::parseLong).toArray();
        final int[] expected = Arrays.stream(results.split(" ")).mapToInt(Integer::parseInt).toArray();
        for (int i = 0; i < sequence.length; i++) {
            assertThat(tracker.onSequence(2, sequence[i])).as("result for %d", sequence[i]).isEqualTo(expected[i]);
        }
        assertThat(tracker.isStale(2)).isEqualTo(stale);
        assertThat(tracker.gaps()).isEqualTo(gaps);
        assertThat(tracker.duplicates()).isEqualTo(duplicates);
    }

    @Test
    void gapReportsExpectedAndReceived() {
        final SequenceTracker tracker = new SequenceTracker(1);
        tracker.onSequence(0, 10);
        tracker.onSequence(0, 15);
        assertThat(tracker.lastGapExpected()).isEqualTo(11);
        assertThat(tracker.lastGapReceived()).isEqualTo(15);
    }

    @Test
    void resetAfterSnapshotMakesStreamFreshAndAcceptsAnyNextNumber() {
        final SequenceTracker tracker = new SequenceTracker(1);
        tracker.onSequence(0, 1);
        tracker.onSequence(0, 9);
        tracker.reset(0);
        assertThat(tracker.isStale(0)).isFalse();
        assertThat(tracker.onSequence(0, 3)).isEqualTo(SequenceTracker.IN_SEQUENCE);
    }

    @Test
    void streamsAreIndependent() {
        final SequenceTracker tracker = new SequenceTracker(2);
        tracker.onSequence(0, 1);
        tracker.onSequence(1, 100);
        assertThat(tracker.onSequence(0, 2)).isEqualTo(SequenceTracker.IN_SEQUENCE);
        assertThat(tracker.onSequence(1, 102)).isEqualTo(SequenceTracker.GAP);
        assertThat(tracker.isStale(0)).isFalse();
    }

    @Test
    void markStaleWithoutGap() {
        final SequenceTracker tracker = new SequenceTracker(1);
        tracker.markStale(0);
        assertThat(tracker.isStale(0)).isTrue();
        assertThat(tracker.gaps()).isZero();
    }

    @Test
    void hashDependsOnPositionsAndStaleness() {
        final SequenceTracker a = new SequenceTracker(3);
        final SequenceTracker b = new SequenceTracker(3);
        a.onSequence(1, 5);
        b.onSequence(1, 5);
        assertThat(a.hash(1)).isEqualTo(b.hash(1));
        b.markStale(1);
        assertThat(a.hash(1)).isNotEqualTo(b.hash(1));
        a.onSequence(1, 6);
        assertThat(a.hash(1)).isNotEqualTo(new SequenceTracker(3).hash(1));
    }
}
