package io.fdp.feed.reference;

import io.fdp.proto.common.v1.DataQualityFlag;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.reference.v1.Observation;
import io.fdp.proto.reference.v1.ObservationHistory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Revision histories of economic-indicator periods (ALFRED real-time periods): built from a period's value in each
 * vintage, and queried for the value that was current on a given date.
 *
 * <p>A revision starts at each vintage whose value differs from the previous vintage's (1.0 and 1.00 are equal),
 * and ends the day before the next such vintage; the last revision has no end. Vintages before the period's first
 * release carry no value and start nothing. A vintage that drops an already released value starts a revision
 * without a value: the publisher then reports the period as missing.
 */
public final class RevisionHistory {
    private RevisionHistory() {
    }

    /**
     * Finds the revision that was the published one on a date.
     *
     * @param history the revisions of one period, oldest first, as built by the ALFRED importer.
     * @param asOf the date of interest.
     * @return the revision whose real-time range contains {@code asOf} (its value is unset if the period was reported
     *     missing then), or empty if the period had not been released by that date.
     */
    public static Optional<Observation> valueAsOf(final ObservationHistory history, final LocalDate asOf) {
        for (final Observation revision : history.getRevisionsList()) {
            final boolean started = !ProtoDates.date(revision.getRealtimeStart()).isAfter(asOf);
            final boolean ended = revision.hasRealtimeEnd() && ProtoDates.date(revision.getRealtimeEnd()).isBefore(asOf);
            if (started && !ended) {
                return Optional.of(revision);
            }
        }
        return Optional.empty();
    }

    /**
     * Builds the history of one period.
     *
     * @param indicatorId series identifier of every observation.
     * @param period first day of the period.
     * @param vintages vintage dates, strictly ascending.
     * @param values the period's value in each vintage; {@code null} where the vintage carries none.
     * @param metadata metadata of the file; each revision gets its vintage date as source version and, from the
     *     second on, the {@code REVISED} quality flag.
     * @return the revisions, oldest first; none if no vintage carries a value.
     */
    static ObservationHistory build(final String indicatorId, final LocalDate period, final LocalDate[] vintages,
                                    final Decimal[] values, final Metadata metadata) {
        final ObservationHistory.Builder history = ObservationHistory.newBuilder()
            .setIndicatorId(indicatorId)
            .setPeriod(ProtoDates.date(period));
        Observation.Builder open = null;
        for (int i = 0; i < vintages.length; i++) {
            final Decimal value = values[i];
            if (open == null ? value == null : sameValue(open.hasValue() ? open.getValue() : null, value)) {
                continue;
            }
            if (open != null) {
                history.addRevisions(open.setRealtimeEnd(ProtoDates.date(vintages[i].minusDays(1))).build());
            }
            open = revision(indicatorId, period, vintages[i], value, history.getRevisionsCount(), metadata);
        }
        if (open != null) {
            history.addRevisions(open.build());
        }
        return history.build();
    }

    private static Observation.Builder revision(final String indicatorId, final LocalDate period, final LocalDate vintage,
                                                final Decimal value, final int number, final Metadata fileMetadata) {
        final Metadata.Builder metadata = fileMetadata.toBuilder();
        metadata.getSourceBuilder().setVersion(vintage.toString());
        if (number > 0) {
            metadata.addQualityFlags(DataQualityFlag.DATA_QUALITY_FLAG_REVISED);
        }
        final Observation.Builder observation = Observation.newBuilder()
            .setIndicatorId(indicatorId)
            .setPeriod(ProtoDates.date(period))
            .setRealtimeStart(ProtoDates.date(vintage))
            .setRevision(number)
            .setEventTime(ProtoDates.startOfDayUtc(vintage))
            .setIngestionTime(fileMetadata.getIngestionTime())
            .setMetadata(metadata);
        if (value != null) {
            observation.setValue(value);
        }
        return observation;
    }

    private static boolean sameValue(final Decimal a, final Decimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return BigDecimal.valueOf(a.getMantissa(), -a.getExponent()).compareTo(BigDecimal.valueOf(b.getMantissa(), -b.getExponent())) == 0;
    }
}
