package io.fdp.feed.dbn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata at the head of a DBN version 2 stream: what was queried and how its symbols map to instrument ids.
 *
 * <p>Immutable; built by {@link DbnMetadataDecoder} off the hot path.
 *
 * @param version         the DBN version byte.
 * @param dataset         the dataset code, e.g. {@code "GLBX.MDP3"}.
 * @param schema          a {@code DbnDescriptor.SCHEMA_*} value, {@link DbnDescriptor#SCHEMA_MIXED} when mixed.
 * @param startNs         start of the query in ns since the epoch.
 * @param endNs           end of the query in ns since the epoch, {@link DbnDescriptor#UNDEF_TIMESTAMP} when open.
 * @param limit           the record limit of the query, 0 for none.
 * @param stypeIn         input symbology, a {@code DbnDescriptor.STYPE_*} value (255 when mixed).
 * @param stypeOut        output symbology, a {@code DbnDescriptor.STYPE_*} value.
 * @param tsOut           whether every record carries a trailing 8-byte live gateway send time.
 * @param symbolCstrLength width of every symbol field, 71 in version 2.
 * @param symbols         the symbols queried.
 * @param partial         symbols resolved for only part of the query range.
 * @param notFound        symbols that did not resolve at all.
 * @param mappings        for each input symbol, the output symbols over date intervals.
 */
public record DbnMetadata(
    int version,
    String dataset,
    int schema,
    long startNs,
    long endNs,
    long limit,
    int stypeIn,
    int stypeOut,
    boolean tsOut,
    int symbolCstrLength,
    List<String> symbols,
    List<String> partial,
    List<String> notFound,
    List<SymbolMapping> mappings) {

    /**
     * Copies the lists so the metadata stays immutable.
     */
    public DbnMetadata {
        symbols = List.copyOf(symbols);
        partial = List.copyOf(partial);
        notFound = List.copyOf(notFound);
        mappings = List.copyOf(mappings);
    }

    /**
     * Maps every instrument id named by a mapping interval to the input symbol it resolves; meaningful when
     * {@link #stypeOut()} is {@link DbnDescriptor#STYPE_INSTRUMENT_ID}, where interval symbols are decimal ids.
     * Intervals whose symbol is empty or not a number are left out.
     *
     * @return a new map from instrument id to raw symbol, e.g. {@code 5482 -> "ESH1"}.
     */
    public Map<Long, String> rawSymbolsByInstrumentId() {
        final Map<Long, String> byInstrumentId = new HashMap<>();
        for (final SymbolMapping mapping : mappings) {
            for (final MappingInterval interval : mapping.intervals()) {
                final long instrumentId = parseInstrumentId(interval.symbol());
                if (instrumentId >= 0) {
                    byInstrumentId.put(instrumentId, mapping.rawSymbol());
                }
            }
        }
        return byInstrumentId;
    }

    /**
     * Finds the instrument id an input symbol resolved to on a date.
     *
     * @param rawSymbol    the input symbol, e.g. {@code "ESH1"}.
     * @param yyyymmdd     the date as an integer, e.g. {@code 20201228}.
     * @param missingValue returned when no interval of that symbol covers the date with a numeric symbol.
     * @return the instrument id, or {@code missingValue}.
     */
    public long instrumentIdOn(final String rawSymbol, final int yyyymmdd, final long missingValue) {
        for (final SymbolMapping mapping : mappings) {
            if (!mapping.rawSymbol().equals(rawSymbol)) {
                continue;
            }
            for (final MappingInterval interval : mapping.intervals()) {
                if (interval.startDate() <= yyyymmdd && yyyymmdd < interval.endDate()) {
                    final long instrumentId = parseInstrumentId(interval.symbol());
                    if (instrumentId >= 0) {
                        return instrumentId;
                    }
                }
            }
        }
        return missingValue;
    }

    private static long parseInstrumentId(final String symbol) {
        if (symbol.isEmpty() || symbol.length() > 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < symbol.length(); i++) {
            final char c = symbol.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 0xFFFF_FFFFL ? value : -1;
    }

    /**
     * The output symbols an input symbol resolved to over time.
     *
     * @param rawSymbol the input symbol.
     * @param intervals the resolutions, in the order the metadata lists them.
     */
    public record SymbolMapping(String rawSymbol, List<MappingInterval> intervals) {
        /**
         * Copies the intervals so the mapping stays immutable.
         */
        public SymbolMapping {
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * One resolution of an input symbol.
     *
     * @param startDate first date, {@code YYYYMMDD}, inclusive.
     * @param endDate   last date, {@code YYYYMMDD}, exclusive.
     * @param symbol    the output symbol, the instrument id in decimal when the output symbology is instrument id.
     */
    public record MappingInterval(int startDate, int endDate, String symbol) {
    }
}
