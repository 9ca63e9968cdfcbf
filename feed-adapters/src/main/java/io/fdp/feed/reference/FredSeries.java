package io.fdp.feed.reference;

import io.fdp.proto.reference.v1.RateType;
import io.fdp.proto.reference.v1.RateUnit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the values of one FRED series become records: a {@code RateValue} of a given type, tenor and unit, or an
 * {@code IndexValue} level. A FRED CSV file names its series only; everything else comes from this table.
 *
 * @param seriesId FRED series identifier, the header of the value column, such as {@code "SOFR"}.
 * @param kind whether the series is a rate or an index level.
 * @param id the record identifier: {@code rate_id} such as {@code "FRED.SOFR"}, or {@code index_id} such as
 *     {@code "CBOE.VIX"}.
 * @param rateType kind of rate; {@code RATE_TYPE_UNSPECIFIED} for an index.
 * @param tenor ISO 8601 tenor, {@code "ON"} for overnight, empty when none applies (spreads, indices).
 * @param unit unit of the values; {@code RATE_UNIT_UNSPECIFIED} for an index (its level is in points).
 * @param currency ISO 4217 currency of the rate or index; empty when none applies.
 * @param publisher institution that publishes the values (the rate's {@code publisher} field).
 */
public record FredSeries(String seriesId, Kind kind, String id, RateType rateType, String tenor, RateUnit unit,
                         String currency, String publisher) {
    /** The message a series' values become. */
    public enum Kind {
        /** {@code fdp.reference.v1.RateValue}. */
        RATE,
        /** {@code fdp.reference.v1.IndexValue}. */
        INDEX
    }

    private static final String NEW_YORK_FED = "Federal Reserve Bank of New York";
    private static final String FED_BOARD = "Board of Governors of the Federal Reserve System";
    private static final String ST_LOUIS_FED = "Federal Reserve Bank of St. Louis";
    private static final String CBOE = "Cboe Global Markets";

    private static final Map<String, FredSeries> KNOWN = table(
        rate("SOFR", RateType.RATE_TYPE_OVERNIGHT, "ON", NEW_YORK_FED),
        rate("DGS10", RateType.RATE_TYPE_GOVERNMENT_YIELD, "P10Y", FED_BOARD),
        rate("T10Y2Y", RateType.RATE_TYPE_SPREAD, "", ST_LOUIS_FED),
        new FredSeries("VIXCLS", Kind.INDEX, "CBOE.VIX", RateType.RATE_TYPE_UNSPECIFIED, "",
            RateUnit.RATE_UNIT_UNSPECIFIED, "", CBOE));

    /**
     * Checks that no component is null.
     *
     * @param seriesId FRED series identifier.
     * @param kind rate or index.
     * @param id record identifier.
     * @param rateType kind of rate.
     * @param tenor ISO 8601 tenor or empty.
     * @param unit unit of the values.
     * @param currency ISO 4217 currency or empty.
     * @param publisher publishing institution.
     */
    public FredSeries {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rateType, "rateType");
        Objects.requireNonNull(tenor, "tenor");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * Describes a US-dollar percent rate series whose {@code rate_id} is {@code "FRED.<seriesId>"}.
     *
     * @param seriesId FRED series identifier.
     * @param rateType kind of rate.
     * @param tenor ISO 8601 tenor, {@code "ON"}, or empty.
     * @param publisher publishing institution.
     * @return the description.
     */
    public static FredSeries rate(final String seriesId, final RateType rateType, final String tenor, final String publisher) {
        return new FredSeries(seriesId, Kind.RATE, "FRED." + seriesId, rateType, tenor, RateUnit.RATE_UNIT_PERCENT, "USD",
            publisher);
    }

    /**
     * The series the importer knows without being told: SOFR, DGS10, T10Y2Y and VIXCLS.
     *
     * @return an unmodifiable map from series identifier to description, in identifier order.
     */
    public static Map<String, FredSeries> known() {
        return KNOWN;
    }

    /**
     * Builds a lookup table from descriptions.
     *
     * @param series descriptions with distinct series identifiers.
     * @return an unmodifiable map from series identifier to description, in identifier order.
     */
    public static Map<String, FredSeries> table(final FredSeries... series) {
        final TreeMap<String, FredSeries> table = new TreeMap<>();
        for (final FredSeries entry : series) {
            if (table.put(entry.seriesId(), entry) != null) {
                throw new IllegalArgumentException("duplicate FRED series " + entry.seriesId());
            }
        }
        return Collections.unmodifiableSortedMap(table);
    }
}
