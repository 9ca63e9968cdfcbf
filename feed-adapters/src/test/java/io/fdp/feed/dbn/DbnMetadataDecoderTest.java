package io.fdp.feed.dbn;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DbnMetadataDecoderTest {
    private final DbnMetadataDecoder decoder = new DbnMetadataDecoder();

    @Test
    void decodesTheMboSampleMetadataUpToItsFirstRecord() {
        // 44424e02 59010000: "DBN", version 2, 345 bytes of metadata, so the first record is at 353.
        final byte[] file = SharedData.sampleBytes("mbo");

        assertThat(decoder.decode(new UnsafeBuffer(file), 0, file.length)).isEqualTo(353);

        final DbnMetadata metadata = decoder.metadata();
        assertThat(metadata.version()).isEqualTo(2);
        assertThat(metadata.dataset()).isEqualTo("GLBX.MDP3");
        assertThat(metadata.schema()).isEqualTo(DbnDescriptor.SCHEMA_MBO);
        assertThat(metadata.startNs()).isEqualTo(1_609_160_400_000_000_000L);
        assertThat(metadata.endNs()).isEqualTo(1_609_200_000_000_000_000L);
        assertThat(metadata.limit()).isEqualTo(2);
        assertThat(metadata.stypeIn()).isEqualTo(DbnDescriptor.STYPE_RAW_SYMBOL);
        assertThat(metadata.stypeOut()).isEqualTo(DbnDescriptor.STYPE_INSTRUMENT_ID);
        assertThat(metadata.tsOut()).isFalse();
        assertThat(metadata.symbolCstrLength()).isEqualTo(DbnDescriptor.SYMBOL_CSTR_LEN_V2);
        assertThat(metadata.symbols()).containsExactly("ESH1");
        assertThat(metadata.partial()).isEmpty();
        assertThat(metadata.notFound()).isEmpty();
        assertThat(metadata.mappings()).containsExactly(new DbnMetadata.SymbolMapping(
            "ESH1", List.of(new DbnMetadata.MappingInterval(20_201_228, 20_201_229, "5482"))));
        assertThat(metadata.rawSymbolsByInstrumentId()).isEqualTo(Map.of(5482L, "ESH1"));
    }

    @Test
    void everyGlbxSampleNamesItsSchema() {
        final Map<String, Integer> schemas = Map.ofEntries(
            Map.entry("mbo", DbnDescriptor.SCHEMA_MBO), Map.entry("mbp-1", DbnDescriptor.SCHEMA_MBP_1),
            Map.entry("mbp-10", DbnDescriptor.SCHEMA_MBP_10), Map.entry("tbbo", DbnDescriptor.SCHEMA_TBBO),
            Map.entry("trades", DbnDescriptor.SCHEMA_TRADES), Map.entry("ohlcv-1s", DbnDescriptor.SCHEMA_OHLCV_1S),
            Map.entry("ohlcv-1m", DbnDescriptor.SCHEMA_OHLCV_1M), Map.entry("ohlcv-1h", DbnDescriptor.SCHEMA_OHLCV_1H),
            Map.entry("status", DbnDescriptor.SCHEMA_STATUS), Map.entry("statistics", DbnDescriptor.SCHEMA_STATISTICS),
            Map.entry("definition", DbnDescriptor.SCHEMA_DEFINITION), Map.entry("imbalance", DbnDescriptor.SCHEMA_IMBALANCE));
        schemas.forEach((name, schema) -> {
            final byte[] file = SharedData.sampleBytes(name);
            assertThat(decoder.decode(new UnsafeBuffer(file), 0, file.length)).as(name).isPositive();
            assertThat(decoder.metadata().schema()).as(name).isEqualTo(schema);
            assertThat(decoder.metadata().dataset()).as(name)
                .isEqualTo(name.equals("definition") || name.equals("imbalance") ? "XNAS.ITCH" : "GLBX.MDP3");
        });
    }

    @Test
    void definitionSampleMapsMsftToADifferentInstrumentIdMostDays() {
        final byte[] file = SharedData.sampleBytes("definition");

        assertThat(decoder.decode(new UnsafeBuffer(file), 0, file.length)).isEqualTo(5172);

        final DbnMetadata metadata = decoder.metadata();
        assertThat(metadata.startNs()).isEqualTo(1_633_305_600_000_000_000L);
        assertThat(metadata.endNs()).isEqualTo(1_641_254_400_000_000_000L);
        assertThat(metadata.symbols()).containsExactly("MSFT");
        final List<DbnMetadata.MappingInterval> intervals = metadata.mappings().get(0).intervals();
        assertThat(intervals).hasSize(62);
        assertThat(intervals.get(0)).isEqualTo(new DbnMetadata.MappingInterval(20_211_004, 20_211_005, "6819"));
        assertThat(intervals.get(61)).isEqualTo(new DbnMetadata.MappingInterval(20_220_103, 20_220_104, "7119"));
        assertThat(metadata.rawSymbolsByInstrumentId()).hasSize(60).containsEntry(6830L, "MSFT");
        assertThat(metadata.instrumentIdOn("MSFT", 20_211_005, -1)).isEqualTo(6830);
        assertThat(metadata.instrumentIdOn("MSFT", 20_211_003, -1)).isEqualTo(-1);
        assertThat(metadata.instrumentIdOn("AAPL", 20_211_005, -1)).isEqualTo(-1);
    }

    @Test
    void statisticsSampleHasNoSymbolsAndAnOpenEnd() {
        final byte[] file = SharedData.sampleBytes("statistics");

        assertThat(decoder.decode(new UnsafeBuffer(file), 0, file.length)).isEqualTo(128);

        final DbnMetadata metadata = decoder.metadata();
        // Bytes 26..33 are 00 00 00 00 00 00 0a 00: the sample's start really is 0x000A000000000000 ns.
        assertThat(metadata.startNs()).isEqualTo(0x000A_0000_0000_0000L);
        assertThat(metadata.endNs()).isEqualTo(DbnDescriptor.UNDEF_TIMESTAMP);
        assertThat(metadata.stypeIn()).isEqualTo(DbnDescriptor.STYPE_INSTRUMENT_ID);
        assertThat(metadata.symbols()).isEmpty();
        assertThat(metadata.mappings()).isEmpty();
    }

    @Test
    void rejectsAZstandardFrameAsUnsupportedCompression() {
        final byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x24, 0, 0, 0, 0, 0};

        assertThat(decode(zstd)).isEqualTo(DbnResult.UNSUPPORTED_COMPRESSION);
        assertThat(decoder.metadata()).isNull();
    }

    @Test
    void rejectsInputWithoutTheDbnMagic() {
        assertThat(decode("DBZ\2\0\0\0\0".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DbnResult.NOT_DBN);
        assertThat(decode("X".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DbnResult.NOT_DBN);
    }

    @Test
    void rejectsVersionsOtherThanTwo() {
        for (final int version : new int[] {1, 3}) {
            final byte[] file = SharedData.sampleBytes("mbo");
            file[3] = (byte) version;
            assertThat(decode(file)).as("version %d", version).isEqualTo(DbnResult.UNSUPPORTED_VERSION);
        }
    }

    @Test
    void reportsTruncationInsideThePrefixOrTheMetadata() {
        final byte[] file = SharedData.sampleBytes("mbo");

        assertThat(decode(new byte[0])).isEqualTo(DbnResult.TRUNCATED);
        assertThat(decode(Arrays.copyOf(file, 7))).isEqualTo(DbnResult.TRUNCATED);
        assertThat(decode(Arrays.copyOf(file, 352))).isEqualTo(DbnResult.TRUNCATED);
        assertThat(decode(Arrays.copyOf(file, 353))).isEqualTo(353);
    }

    @Test
    void rejectsAMetadataLengthShorterThanItsFixedPart() {
        final byte[] file = SharedData.sampleBytes("mbo");
        putInt(file, DbnDescriptor.METADATA_LENGTH_OFFSET, DbnDescriptor.METADATA_FIXED_LENGTH - 1);

        assertThat(decode(file)).isEqualTo(DbnResult.BAD_METADATA);
    }

    @Test
    void rejectsListsThatOverrunTheMetadata() {
        final byte[] symbols = SharedData.sampleBytes("mbo");
        putInt(symbols, DbnDescriptor.METADATA_VARIABLE_OFFSET, 1_000_000);
        final byte[] intervals = SharedData.sampleBytes("mbo");
        putInt(intervals, 270, 2);
        final byte[] schemaDefinition = SharedData.sampleBytes("mbo");
        putInt(schemaDefinition, DbnDescriptor.SCHEMA_DEFINITION_LENGTH_OFFSET, -1);
        final byte[] zeroWidth = SharedData.sampleBytes("mbo");
        zeroWidth[DbnDescriptor.SYMBOL_CSTR_LEN_OFFSET] = 0;

        assertThat(decode(symbols)).isEqualTo(DbnResult.BAD_METADATA);
        assertThat(decode(intervals)).isEqualTo(DbnResult.BAD_METADATA);
        assertThat(decode(schemaDefinition)).isEqualTo(DbnResult.BAD_METADATA);
        assertThat(decode(zeroWidth)).isEqualTo(DbnResult.BAD_METADATA);
    }

    @Test
    void findsTheRecordsFromThePrefixAlone() {
        final byte[] prefix = Arrays.copyOf(SharedData.sampleBytes("imbalance"), DbnDescriptor.PREFIX_LENGTH);

        assertThat(DbnMetadataDecoder.recordsOffset(new UnsafeBuffer(prefix), 0, prefix.length)).isEqualTo(5330);
    }

    private int decode(final byte[] bytes) {
        return decoder.decode(new UnsafeBuffer(bytes), 0, bytes.length);
    }

    private static void putInt(final byte[] bytes, final int offset, final int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    }
}
