package io.fdp.persistence.testing;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.DataQualityFlag;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.LocalDate;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import java.time.Instant;

/** Builders of the small value messages tests need. */
public final class Protos {
    private Protos() {
    }

    /**
     * A Decimal.
     *
     * @param mantissa the mantissa.
     * @param exponent the power of ten.
     * @return the Decimal.
     */
    public static Decimal decimal(final long mantissa, final int exponent) {
        return Decimal.newBuilder().setMantissa(mantissa).setExponent(exponent).build();
    }

    /**
     * A Timestamp.
     *
     * @param iso an ISO-8601 instant such as {@code 2024-05-01T12:00:00.123456789Z}.
     * @return the Timestamp.
     */
    public static Timestamp time(final String iso) {
        final Instant instant = Instant.parse(iso);
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /**
     * A LocalDate.
     *
     * @param iso such as {@code 2024-05-01}.
     * @return the LocalDate.
     */
    public static LocalDate date(final String iso) {
        final java.time.LocalDate date = java.time.LocalDate.parse(iso);
        return LocalDate.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
    }

    /**
     * Metadata with every kind of field set.
     *
     * @param system source system.
     * @return the metadata.
     */
    public static Metadata metadata(final String system) {
        return Metadata.newBuilder()
            .setSource(Source.newBuilder().setSystem(system).setFeed("feed-1").setChannel("A").setUri("file.csv").setVersion("v2"))
            .setRegion("US")
            .setCategory("test")
            .setReport("report-7")
            .addQualityFlags(DataQualityFlag.DATA_QUALITY_FLAG_PRELIMINARY)
            .addQualityFlags(DataQualityFlag.DATA_QUALITY_FLAG_REVISED)
            .setIngestionTime(time("2026-01-02T03:04:05.123456Z"))
            .putTags("desk", "rates")
            .putTags("quote\"d", "line\nbreak")
            .setCorrelationId("c-42")
            .build();
    }
}
