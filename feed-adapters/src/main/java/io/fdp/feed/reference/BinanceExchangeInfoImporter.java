package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.AssetClass;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SecurityStatus;
import io.fdp.proto.instrument.v1.SecurityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports recorded Binance {@code GET /api/v3/exchangeInfo} responses, one a line as
 * {@code <url> -> <unix seconds>: <json>}, as one crypto {@code SecurityInfo} per symbol. Lines of other endpoints
 * or recorder configuration are ignored; a line that is not valid JSON is rejected, and so is a symbol that lacks a
 * field or filter the record needs, each with its line number, while the import carries on.
 *
 * <p>Mapping: instrument id {@code BINANCE.<SYMBOL>}, name {@code <BASE>/<QUOTE>}, quote asset as currency, base asset
 * as base currency; tick size from {@code PRICE_FILTER.tickSize} and lot size from {@code LOT_SIZE.stepSize} with
 * trailing fractional zeros dropped ({@code 0.01000000} is 1e-2); price exponent the tick's exponent. Binance has no
 * ISO 10383 MIC, so the exchange field holds {@value #EXCHANGE}. Status {@code TRADING} is active; {@code BREAK},
 * {@code HALT}, {@code AUCTION_MATCH}, {@code PRE_TRADING}, {@code POST_TRADING} and {@code END_OF_DAY} are suspended;
 * anything else unspecified. Event time is the recording timestamp of the line. Metadata: source system
 * {@value #SOURCE_SYSTEM}, feed {@code api/v3/exchangeInfo}, the file name as URI, category {@code crypto}, no region
 * and no report. Not thread-safe.
 */
public final class BinanceExchangeInfoImporter {
    /** Source system written into every record's metadata. */
    public static final String SOURCE_SYSTEM = "Binance";

    /** Written into {@code exchange_mic} and used as the instrument id prefix; not a registered MIC. */
    public static final String EXCHANGE = "BINANCE";

    private static final String ENDPOINT = "/api/v3/exchangeInfo";
    private static final String URL_SEPARATOR = " -> ";
    private static final String TIME_SEPARATOR = ": ";
    private static final int NANO_DIGITS = 9;

    private final Clock clock;

    /**
     * Creates an importer.
     *
     * @param clock gives the ingestion time, read once when an import starts.
     */
    public BinanceExchangeInfoImporter(final Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports a recording file.
     *
     * @param file the recording; its name becomes the source URI.
     * @param sink receives one instrument per symbol, in response order.
     * @return counts (rows are symbol entries) and rejected symbols and lines.
     * @throws IOException if the file cannot be read or holds no exchangeInfo response.
     */
    public ImportResult importFile(final Path file, final Consumer<? super SecurityInfo> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(reader, file.getFileName().toString(), sink);
        }
    }

    /**
     * Imports recording text; the reader is not closed.
     *
     * @param text the recording.
     * @param fileName name written as the source URI and used in error messages.
     * @param sink receives one instrument per symbol, in response order.
     * @return counts (rows are symbol entries) and rejected symbols and lines.
     * @throws IOException if the text cannot be read or holds no exchangeInfo response.
     */
    public ImportResult importFrom(final Reader text, final String fileName, final Consumer<? super SecurityInfo> sink)
        throws IOException {
        final BufferedReader reader = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
        final Timestamp ingestionTime = ProtoDates.timestamp(clock.instant());
        final Metadata metadata = Metadata.newBuilder()
            .setSource(Source.newBuilder().setSystem(SOURCE_SYSTEM).setFeed(ENDPOINT.substring(1)).setUri(fileName))
            .setCategory("crypto")
            .setIngestionTime(ingestionTime)
            .build();
        final ImportTally tally = new ImportTally();
        long lineNumber = 0;
        int responses = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            final int arrow = line.indexOf(URL_SEPARATOR);
            if (arrow < 0 || !line.substring(0, arrow).endsWith(ENDPOINT)) {
                continue;
            }
            responses++;
            try {
                final int colon = line.indexOf(TIME_SEPARATOR, arrow);
                if (colon < 0) {
                    throw new MalformedRowException("no '" + TIME_SEPARATOR + "' after the recording time");
                }
                final Timestamp recordedAt = parseEpochSeconds(line.substring(arrow + URL_SEPARATOR.length(), colon));
                final List<?> symbols = list(JsonReader.parse(line, colon + TIME_SEPARATOR.length()), "symbols");
                final SecurityInfo.Builder template = SecurityInfo.newBuilder()
                    .setSecurityType(SecurityType.SECURITY_TYPE_CRYPTO)
                    .setAssetClass(AssetClass.ASSET_CLASS_CRYPTO)
                    .setExchangeMic(EXCHANGE)
                    .setEventTime(recordedAt)
                    .setIngestionTime(ingestionTime)
                    .setMetadata(metadata);
                importSymbols(symbols, template, lineNumber, tally, sink);
            } catch (final MalformedRowException e) {
                tally.rejected(lineNumber, e.getMessage());
            }
        }
        if (responses == 0) {
            throw new ReferenceImportException(fileName + ": no line of the form '<url>" + ENDPOINT + " -> <time>: <json>'");
        }
        return tally.result();
    }

    private static void importSymbols(final List<?> symbols, final SecurityInfo.Builder template, final long lineNumber,
                                      final ImportTally tally, final Consumer<? super SecurityInfo> sink) {
        for (int i = 0; i < symbols.size(); i++) {
            tally.rowRead();
            final Object entry = symbols.get(i);
            try {
                final SecurityInfo security = security(object(entry), template);
                sink.accept(security);
                tally.recordProduced();
            } catch (final MalformedRowException e) {
                final Object symbol = entry instanceof Map<?, ?> map ? map.get("symbol") : null;
                tally.rejected(lineNumber, "symbols[" + i + "]" + (symbol instanceof String name ? " " + name : "") + ": "
                    + e.getMessage());
            }
        }
    }

    private static SecurityInfo security(final Map<?, ?> symbol, final SecurityInfo.Builder template) throws MalformedRowException {
        final String name = string(symbol, "symbol");
        final String base = string(symbol, "baseAsset");
        final String quote = string(symbol, "quoteAsset");
        final String status = string(symbol, "status");
        final List<?> filters = list(symbol, "filters");
        final Decimal tickSize = positive(filterValue(filters, "PRICE_FILTER", "tickSize"), "PRICE_FILTER.tickSize");
        final Decimal lotSize = positive(filterValue(filters, "LOT_SIZE", "stepSize"), "LOT_SIZE.stepSize");
        return template
            .setInstrumentId(EXCHANGE + "." + name)
            .setSymbol(name)
            .setName(base + "/" + quote)
            .setCurrency(quote)
            .setBaseCurrency(base)
            .setTickSize(tickSize)
            .setLotSize(lotSize)
            .setPriceExponent(Math.min(0, tickSize.getExponent()))
            .setStatus(status(status))
            .build();
    }

    private static SecurityStatus status(final String status) {
        return switch (status) {
            case "TRADING" -> SecurityStatus.SECURITY_STATUS_ACTIVE;
            case "BREAK", "HALT", "AUCTION_MATCH", "PRE_TRADING", "POST_TRADING", "END_OF_DAY" -> SecurityStatus.SECURITY_STATUS_SUSPENDED;
            default -> SecurityStatus.SECURITY_STATUS_UNSPECIFIED;
        };
    }

    private static String filterValue(final List<?> filters, final String filterType, final String field) throws MalformedRowException {
        for (final Object filter : filters) {
            if (filter instanceof Map<?, ?> map && filterType.equals(map.get("filterType"))) {
                return string(map, field);
            }
        }
        throw new MalformedRowException("no " + filterType + " filter");
    }

    private static Decimal positive(final String text, final String field) throws MalformedRowException {
        final Decimal value;
        try {
            value = DecimalText.parseStrippingZeros(text);
        } catch (final MalformedRowException e) {
            throw new MalformedRowException(field + ": " + e.getMessage());
        }
        if (value.getMantissa() <= 0) {
            throw new MalformedRowException(field + " is not positive: '" + text + "'");
        }
        return value;
    }

    private static String string(final Map<?, ?> object, final String field) throws MalformedRowException {
        if (object.get(field) instanceof String value && !value.isEmpty()) {
            return value;
        }
        throw new MalformedRowException("no string field '" + field + "'");
    }

    private static List<?> list(final Object object, final String field) throws MalformedRowException {
        if (object instanceof Map<?, ?> map && map.get(field) instanceof List<?> list) {
            return list;
        }
        throw new MalformedRowException("no array field '" + field + "'");
    }

    private static Map<?, ?> object(final Object value) throws MalformedRowException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new MalformedRowException("not an object");
    }

    /** Parses the recorder's {@code 1633998511.132921} exactly: digits beyond the ninth decimal are dropped. */
    private static Timestamp parseEpochSeconds(final String text) throws MalformedRowException {
        final int dot = text.indexOf('.');
        final String seconds = dot < 0 ? text : text.substring(0, dot);
        final String fraction = dot < 0 ? "" : text.substring(dot + 1);
        if (!isDigits(seconds) || seconds.length() > 12 || dot >= 0 && !isDigits(fraction)) {
            throw new MalformedRowException("malformed recording time '" + text + "'");
        }
        int nanos = 0;
        for (int i = 0; i < NANO_DIGITS; i++) {
            nanos = nanos * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return Timestamp.newBuilder().setSeconds(Long.parseLong(seconds)).setNanos(nanos).build();
    }

    private static boolean isDigits(final String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
