package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Expected values for the importer tests. */
final class Protos {
    /** The ingestion time every test importer reads from its clock. */
    static final Instant INGESTED_AT = Instant.parse("2026-11-25T10:00:00.123Z");
    static final Clock CLOCK = Clock.fixed(INGESTED_AT, ZoneOffset.UTC);
    static final Timestamp INGESTION_TIME = Timestamp.newBuilder()
        .setSeconds(INGESTED_AT.getEpochSecond()).setNanos(INGESTED_AT.getNano()).build();

    private Protos() {
    }

    static Decimal decimal(final long mantissa, final int exponent) {
        return Decimal.newBuilder().setMantissa(mantissa).setExponent(exponent).build();
    }

    static io.fdp.proto.common.v1.LocalDate date(final int year, final int month, final int day) {
        return io.fdp.proto.common.v1.LocalDate.newBuilder().setYear(year).setMonth(month).setDay(day).build();
    }

    static Timestamp midnightUtc(final String isoDate) {
        return Timestamp.newBuilder().setSeconds(Instant.parse(isoDate + "T00:00:00Z").getEpochSecond()).build();
    }
}
