package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.AssetClass;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.instrument.v1.SecurityInfo;
import io.fdp.proto.instrument.v1.SecurityStatus;
import io.fdp.proto.instrument.v1.SecurityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.fdp.feed.reference.Protos.INGESTION_TIME;
import static io.fdp.feed.reference.Protos.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceExchangeInfoImporterTest {
    private static final String URL = "https://api.binance.com/api/v3/exchangeInfo";
    private static final String GOOD_SYMBOL = """
        {"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","quoteAsset":"BTC","filters":[\
        {"filterType":"PRICE_FILTER","minPrice":"0.00000100","tickSize":"0.00000100"},\
        {"filterType":"LOT_SIZE","minQty":"0.00010000","stepSize":"0.00010000"}]}""";

    private final BinanceExchangeInfoImporter importer = new BinanceExchangeInfoImporter(Protos.CLOCK);
    private final List<SecurityInfo> securities = new ArrayList<>();

    @Test
    void importsEverySymbolOfTheRecordedResponse() throws IOException {
        final ImportResult result = importer.importFile(SharedData.BINANCE_EXCHANGE_INFO, securities::add);

        // python: len(json['symbols']) == 1695, statuses TRADING 1262 and BREAK 433; line 2 is recorder configuration.
        assertThat(result).isEqualTo(new ImportResult(1695, 1695, 0, 0, List.of()));
        assertThat(securities.stream().collect(Collectors.groupingBy(SecurityInfo::getStatus, Collectors.counting())))
            .containsExactlyInAnyOrderEntriesOf(Map.of(
                SecurityStatus.SECURITY_STATUS_ACTIVE, 1262L, SecurityStatus.SECURITY_STATUS_SUSPENDED, 433L));
        final Map<String, SecurityInfo> bySymbol = securities.stream()
            .collect(Collectors.toMap(SecurityInfo::getSymbol, Function.identity()));
        assertThat(bySymbol).hasSize(1695);
        assertThat(bySymbol.get("BTCUSDT")).isEqualTo(SecurityInfo.newBuilder()
            .setInstrumentId("BINANCE.BTCUSDT")
            .setSymbol("BTCUSDT")
            .setName("BTC/USDT")
            .setSecurityType(SecurityType.SECURITY_TYPE_CRYPTO)
            .setAssetClass(AssetClass.ASSET_CLASS_CRYPTO)
            .setExchangeMic("BINANCE")
            .setCurrency("USDT")
            .setBaseCurrency("BTC")
            .setPriceExponent(-2)
            .setTickSize(decimal(1, -2))
            .setLotSize(decimal(1, -5))
            .setStatus(SecurityStatus.SECURITY_STATUS_ACTIVE)
            .setEventTime(Timestamp.newBuilder().setSeconds(1_633_998_511L).setNanos(132_921_000))
            .setIngestionTime(INGESTION_TIME)
            .setMetadata(Metadata.newBuilder()
                .setSource(Source.newBuilder().setSystem("Binance").setFeed("api/v3/exchangeInfo").setUri("BINANCE.0"))
                .setCategory("crypto")
                .setIngestionTime(INGESTION_TIME))
            .build());
        assertThat(securities.getFirst().getSymbol()).isEqualTo("ETHBTC");
        assertTradingParameters(bySymbol.get("ETHBTC"), 1, -6, 1, -4, -6, SecurityStatus.SECURITY_STATUS_ACTIVE);
        assertTradingParameters(bySymbol.get("BQXETH"), 10, 0, 10, 0, 0, SecurityStatus.SECURITY_STATUS_SUSPENDED);
        assertTradingParameters(bySymbol.get("BNBIDRT"), 1, 0, 1, -3, 0, SecurityStatus.SECURITY_STATUS_ACTIVE);
        assertThat(securities.getLast().getSymbol()).isEqualTo("RAREUSDT");
        assertTradingParameters(securities.getLast(), 1, -3, 1, -1, -3, SecurityStatus.SECURITY_STATUS_ACTIVE);
    }

    @Test
    void rejectsBadSymbolsAndBadLinesByLineNumberAndKeepsReading() throws IOException {
        final String file = String.join("\n",
            "configuration: {\"exchanges\":{}}",
            URL + " -> 1633998511.5: {\"symbols\":[" + GOOD_SYMBOL + ","
                + "{\"symbol\":\"NOPRICE\",\"status\":\"TRADING\",\"baseAsset\":\"A\",\"quoteAsset\":\"B\",\"filters\":[]},"
                + "{\"symbol\":\"X\",\"status\":\"HALT\"},"
                + GOOD_SYMBOL.replace("\"tickSize\":\"0.00000100\"", "\"tickSize\":\"0.00000000\"") + ",5]}",
            URL + " -> 1633998512: {\"symbols\":[" + GOOD_SYMBOL,
            "https://api.binance.com/api/v3/depth?symbol=ETHBTC -> 1633998513: {\"lastUpdateId\":1}",
            URL + " -> 16339985x: {\"symbols\":[]}",
            URL + " -> 1633998514.0000000019: {\"symbols\":[" + GOOD_SYMBOL.replace("TRADING", "END_OF_DAY") + "]}");

        final ImportResult result = importer.importFrom(new StringReader(file), "recording", securities::add);

        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.recordsProduced()).isEqualTo(2);
        assertThat(result.rejections()).map(RejectedRow::toString).containsExactly(
            "line 2: symbols[1] NOPRICE: no PRICE_FILTER filter",
            "line 2: symbols[2] X: no string field 'baseAsset'",
            "line 2: symbols[3] ETHBTC: PRICE_FILTER.tickSize is not positive: '0.00000000'",
            "line 2: symbols[4]: not an object",
            "line 3: malformed JSON at offset " + (URL.length() + 28 + GOOD_SYMBOL.length()) + ": unexpected end of input",
            "line 5: malformed recording time '16339985x'");
        assertThat(securities).extracting(SecurityInfo::getEventTime).containsExactly(
            Timestamp.newBuilder().setSeconds(1_633_998_511L).setNanos(500_000_000).build(),
            Timestamp.newBuilder().setSeconds(1_633_998_514L).setNanos(1).build());
        assertThat(securities.getLast().getStatus()).isEqualTo(SecurityStatus.SECURITY_STATUS_SUSPENDED);
    }

    @Test
    void refusesAFileWithoutAnExchangeInfoResponse() {
        assertThatThrownBy(() -> importer.importFrom(new StringReader("configuration: {}\n"), "other", securities::add))
            .isInstanceOf(ReferenceImportException.class)
            .hasMessage("other: no line of the form '<url>/api/v3/exchangeInfo -> <time>: <json>'");
    }

    private static void assertTradingParameters(final SecurityInfo security, final long tickMantissa, final int tickExponent,
                                                final long lotMantissa, final int lotExponent, final int priceExponent,
                                                final SecurityStatus status) {
        assertThat(security.getTickSize()).isEqualTo(decimal(tickMantissa, tickExponent));
        assertThat(security.getLotSize()).isEqualTo(decimal(lotMantissa, lotExponent));
        assertThat(security.getPriceExponent()).isEqualTo(priceExponent);
        assertThat(security.getStatus()).isEqualTo(status);
    }
}
