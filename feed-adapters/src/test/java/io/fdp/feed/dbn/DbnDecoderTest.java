package io.fdp.feed.dbn;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DbnDecoderTest {
    /** Record sizes of Databento's v2 structs ({@code size_of} in the dbn crate), typed in independently. */
    static final Map<Integer, Integer> V2_LENGTHS = Map.ofEntries(
        entry(0x00, 48), entry(0x01, 80), entry(0x0A, 368), entry(0x12, 40), entry(0x13, 400), entry(0x14, 112),
        entry(0x15, 320), entry(0x16, 176), entry(0x17, 320), entry(0x18, 64), entry(0x20, 56), entry(0x21, 56),
        entry(0x22, 56), entry(0x23, 56), entry(0x24, 56), entry(0xA0, 56));

    private static final int PUBLISHER = 0xBEEF;
    private static final long INSTRUMENT = 0xFEDC_BA98L;
    private static final long TS_EVENT = -2L;
    private static final String HEADER = " pub=48879 iid=4275878552 ts=18446744073709551614 ";

    private final RecordingDbnListener listener = new RecordingDbnListener();
    private final DbnDecoder decoder = new DbnDecoder(listener);

    @Test
    void knowsTheLayoutLengthOfEveryDecodedTypeAndNoOther() {
        for (int rtype = 0; rtype < 256; rtype++) {
            assertThat(DbnDescriptor.recordLength(rtype)).as("rtype 0x%02x", rtype)
                .isEqualTo(V2_LENGTHS.getOrDefault(rtype, -1));
        }
    }

    @Test
    void recordWriterLaysOutAnMboRecordByteForByte() {
        assertThat(HexFormat.of().formatHex(mbo())).isEqualTo("0e" + "a0" + "efbe" + "98badcfe" + "feffffffffffffff"
            + "ffffffffffffffff" + "fbffffffffffffff" + "feffffff" + "c1" + "07" + "4d" + "42" + "0100000000000000"
            + "85ffffff" + "ffffffff");
    }

    @Test
    void decodesMboWithUnsignedFieldsAtTheirFullRange() {
        assertDecodes(mbo(), "MBO" + HEADER + "order=18446744073709551615 px=-5 size=4294967294 flags=193 channel=7"
            + " action=M side=B recv=1 delta=-123 seq=4294967295");
    }

    @Test
    void decodesTrade() {
        final byte[] record = RecordWriter.header(0x00, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(4_100_250_000_000L).u32(7).ch('T').ch('B').u8(0x81).u8(0).u64(1_000).u32(-9).u32(42).toRecord();
        assertDecodes(record, "TRADE" + HEADER
            + "px=4100250000000 size=7 action=T side=B flags=129 depth=0 recv=1000 delta=-9 seq=42");
    }

    @Test
    void decodesMbp1AsTopOfBookUnlessTheSchemaIsTbbo() {
        final byte[] record = mbp1();
        final String body = HEADER + "px=4100250000000 size=3 action=A side=A flags=128 depth=0 recv=1000 delta=17 seq=5"
            + " top=4100000000000x11(2)/4100250000000x4294967295(4)";
        assertDecodes(record, "MBP1" + body);

        decoder.schema(DbnDescriptor.SCHEMA_TBBO);
        listener.events.clear();
        assertDecodes(record, "TBBO" + body);

        decoder.schema(DbnDescriptor.SCHEMA_MBP_1);
        listener.events.clear();
        assertDecodes(record, "MBP1" + body);
    }

    @Test
    void decodesMbp10LevelsThroughAReusedView() {
        final RecordWriter writer = RecordWriter.header(0x0A, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(100).u32(1).ch('C').ch('B').u8(0x80).u8(9).u64(1_000).u32(5).u32(6);
        final StringBuilder expected = new StringBuilder();
        for (int level = 0; level < 10; level++) {
            writer.u64(1_000 - level).u64(2_000 + level).u32(10 + level).u32(20 + level).u32(level).u32(30 + level);
            expected.append(level == 0 ? "" : " ").append(1_000 - level).append('x').append(10 + level).append('(')
                .append(level).append(")/").append(2_000 + level).append('x').append(20 + level).append('(')
                .append(30 + level).append(')');
        }
        assertDecodes(writer.toRecord(), "MBP10" + HEADER
            + "px=100 size=1 action=C side=B flags=128 depth=9 recv=1000 delta=5 seq=6 levels=[" + expected + "]");
    }

    @Test
    void bookLevelsRefuseALevelOutsideTheRecord() {
        final DbnBookLevels levels = new DbnBookLevels().wrap(new UnsafeBuffer(new byte[400]), 48, 10);

        assertThatThrownBy(() -> levels.bidPriceMantissa(10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> levels.askCount(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void decodesEveryBarIntervalAndPassesItsRtype() {
        for (int rtype = 0x20; rtype <= 0x24; rtype++) {
            listener.events.clear();
            final byte[] record = RecordWriter.header(rtype, PUBLISHER, INSTRUMENT, TS_EVENT)
                .u64(10).u64(40).u64(-30).u64(20).u64(-1).toRecord();
            assertDecodes(record, "OHLCV" + HEADER + String.format("rtype=0x%02x", rtype)
                + " o=10 h=40 l=-30 c=20 v=18446744073709551615");
        }
    }

    @Test
    void decodesStatus() {
        final byte[] record = RecordWriter.header(0x12, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(77).u16(0xFFFF).u16(14).u16(3).ch('N').ch('Y').ch('~').zeros(7).toRecord();
        assertDecodes(record, "STATUS" + HEADER + "recv=77 action=65535 reason=14 event=3 trading=N quoting=Y ssr=~");
    }

    @Test
    void decodesEveryFieldOfAnInstrumentDefinitionAtItsOwnOffset() {
        final RecordWriter writer = RecordWriter.header(0x13, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(1_000).u64(250_000_000L).u64(1_000_000_000L).u64(1_702_648_800_000_000_000L).u64(1_647_613_800_000_000_000L)
            .u64(4_500_000_000_000L).u64(3_900_000_000_000L).u64(60_000_000_000L).u64(4_100_250_000_000L)
            .u64(50_000_000_000L).u64(12_500_000_000L).u64(1_000_000_001L).u64(4_200_000_000_000L)
            .u32(0x10).u32(0xFFFF_FFF0L).u32(118).u32(2).u32(10).u32(64).u32(3_000).u32(1).u32(2).u32(3).u32(4).u32(5)
            .u32(6).u32(7).u16(19_523).u16(-2).u16(2023).u16(8).u16(9)
            .text("USD", 4).text("EUR", 4).text("SP", 6).text("ESM3", 71).text("ES", 21).text("XCME", 5).text("ES", 7)
            .text("FFIXSX", 7).text("FUT", 7).text("IPNT", 31).text("ESM3C4200", 21).text("USD", 4)
            .ch('F').ch('T').u8(17).u8(1).u8(2).u8(3).u8(4).u8(5).ch('M').u8(6).u8(7).u8(8).ch('Y').u8(-1).u8(-2).u8(9)
            .zeros(10);
        assertThat(writer.size()).isEqualTo(400);

        assertDecodes(writer.toRecord(), "DEF" + HEADER + "hd=48879/4275878552/18446744073709551614 recv=1000"
            + " minTick=250000000 displayFactor=1000000000 expiration=1702648800000000000 activation=1647613800000000000"
            + " highLimit=4500000000000 lowLimit=3900000000000 maxVariation=60000000000 refPx=4100250000000"
            + " uomQty=50000000000 minTickAmount=12500000000 priceRatio=1000000001 strike=4200000000000 attrib=16"
            + " underlyingId=4294967280 rawId=118 depthImplied=2 depth=10 segment=64 maxVol=3000 minLot=1 minBlock=2"
            + " roundLot=3 minVol=4 multiplier=5 decayQty=6 originalSize=7 refDate=19523 applId=-2 maturityYear=2023"
            + " decayStart=8 channel=9 currency='USD' settlCurrency='EUR' secsubtype='SP' rawSymbol='ESM3' group='ES'"
            + " exchange='XCME' asset='ES' cfi='FFIXSX' securityType='FUT' uom='IPNT' underlying='ESM3C4200'"
            + " strikeCurrency='USD' class=F match=T tradingStatus=17 mainFraction=1 displayFormat=2 settlPriceType=3"
            + " subFraction=4 product=5 updateAction=M maturity=6/7/8 userDefined=Y multiplierUnit=-1 flowSchedule=-2"
            + " tickRule=9");
    }

    @Test
    void definitionTextFillingItsWholeWidthHasNoTerminator() {
        final byte[] record = new byte[400];
        record[0] = 100;
        record[1] = 0x13;
        Arrays.fill(record, DbnDescriptor.DEF_RAW_SYMBOL_OFFSET, DbnDescriptor.DEF_RAW_SYMBOL_OFFSET + 71, (byte) 'Z');
        final DbnInstrumentDefinition definition = new DbnInstrumentDefinition().wrap(new UnsafeBuffer(record), 0);

        assertThat(definition.rawSymbol()).hasSize(71).matches("Z+");
        assertThat(definition.group()).isEmpty();
    }

    @Test
    void decodesImbalance() {
        final byte[] record = RecordWriter.header(0x14, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(1).u64(2).u64(3).u64(4).u64(5).u64(6).u64(7).u64(8).u64(9).u32(10).u32(11).u32(12).u32(0xFFFF_FFFFL)
            .ch('C').ch('A').u8(13).u8(14).u8(255).ch('B').ch('L').zeros(1).toRecord();
        assertDecodes(record, "IMBALANCE" + HEADER + "recv=1 ref=2 auctionTime=3 contBook=4 auctInterest=5 ssrFilling=6"
            + " indMatch=7 upper=8 lower=9 paired=10 total=11 market=12 unpaired=4294967295 type=C side=A status=13"
            + " freeze=14 extensions=255 unpairedSide=B significant=L");
    }

    @Test
    void decodesStatisticsWithTheVersion2SignedQuantity() {
        final byte[] record = RecordWriter.header(0x18, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(1).u64(-1).u64(Long.MAX_VALUE).u32(-7).u32(0xFFFF_FFFFL).u32(-3).u16(0xFFFF).u16(13).u8(2).u8(0x80)
            .zeros(6).toRecord();
        assertDecodes(record, "STAT" + HEADER + "recv=1 ref=18446744073709551615 px=9223372036854775807 qty=-7"
            + " seq=4294967295 delta=-3 type=65535 channel=13 action=2 flags=128");
    }

    @Test
    void decodesErrorSystemAndSymbolMappingTextInPlace() {
        final byte[] error = RecordWriter.header(0x15, 0, 0, 1).text("Authentication failed.", 302).u8(3).u8(1)
            .toRecord();
        final byte[] system = RecordWriter.header(0x17, 0, 0, 2).text("Heartbeat", 303).u8(0).toRecord();
        final byte[] mapping = RecordWriter.header(0x16, 1, 5482, 3).u8(1).text("ESM3", 71).u8(0).text("5482", 71)
            .u64(1_685_577_600_000_000_000L).u64(-1).toRecord();

        assertDecodes(error, "ERROR pub=0 iid=0 ts=1 msg='Authentication failed.' code=3 last=1");
        listener.events.clear();
        assertDecodes(system, "SYSTEM pub=0 iid=0 ts=2 msg='Heartbeat' code=0");
        listener.events.clear();
        assertDecodes(mapping,
            "MAPPING pub=1 iid=5482 ts=3 in=1:'ESM3' out=0:'5482' start=1685577600000000000 end=18446744073709551615");
    }

    @Test
    void textViewComparesWithoutAllocatingAndStopsAtTheFirstNul() {
        final byte[] bytes = {'E', 'S', 'M', '3', 0, 'X'};
        final DbnText text = new DbnText().wrap(new UnsafeBuffer(bytes), 0, bytes.length);

        assertThat(text.length()).isEqualTo(4);
        assertThat(text.contentEquals("ESM3")).isTrue();
        assertThat(text.contentEquals("ESM")).isFalse();
        assertThat(text.charAt(3)).isEqualTo('3');
        assertThat(text.subSequence(1, 3).toString()).isEqualTo("SM");
        assertThatThrownBy(() -> text.charAt(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void skipsAWellFramedUnknownRecordByItsLength() {
        final byte[] record = RecordWriter.header(0x42, PUBLISHER, INSTRUMENT, TS_EVENT).u64(99).toRecord();

        assertThat(decode(record)).isEqualTo(24);

        assertThat(listener.events).containsExactly("SKIPPED rtype=0x42 length=24");
    }

    @Test
    void consumesBytesARecordCarriesPastItsLayoutSuchAsTsOut() {
        final byte[] withTsOut = new RecordWriter().bytes(mbo()).u64(123_456).toRecord();

        assertThat(decode(withTsOut)).isEqualTo(64);

        assertThat(listener.events).hasSize(1);
        assertThat(listener.events.get(0)).startsWith("MBO" + HEADER + "order=18446744073709551615");
    }

    @Test
    void reportsFewerBytesThanTheHeaderAsTruncated() {
        final byte[] record = mbo();
        for (int length = 0; length < 16; length++) {
            assertThat(decoder.decode(new UnsafeBuffer(record, 0, length), 0, length)).as("length %d", length)
                .isEqualTo(DbnResult.TRUNCATED);
        }
        assertThat(listener.events).isEmpty();
    }

    @Test
    void reportsARecordRunningPastTheRangeAsTruncated() {
        final byte[] record = mbo();

        assertThat(decoder.decode(new UnsafeBuffer(record, 0, 55), 0, 55)).isEqualTo(DbnResult.TRUNCATED);
        assertThat(decoder.decode(new UnsafeBuffer(record), 0, 55)).isEqualTo(DbnResult.TRUNCATED);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void rejectsALengthBelowTheHeaderAsBadLength() {
        for (int words = 0; words < 4; words++) {
            final byte[] record = mbo();
            record[0] = (byte) words;
            assertThat(decode(record)).as("%d words", words).isEqualTo(DbnResult.BAD_LENGTH);
        }
        assertThat(listener.events).isEmpty();
    }

    @Test
    void rejectsAKnownTypeShorterThanItsLayout() {
        final byte[] record = mbo();
        record[0] = 13;

        assertThat(decode(record)).isEqualTo(DbnResult.SHORT_RECORD);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void decodesARecordInTheMiddleOfALargerBuffer() {
        final byte[] record = mbo();
        final byte[] padded = new byte[record.length + 20];
        System.arraycopy(record, 0, padded, 7, record.length);

        assertThat(decoder.decode(new UnsafeBuffer(padded), 7, record.length + 13)).isEqualTo(56);
        assertThat(listener.events).hasSize(1);
    }

    @Test
    void resultNamesCoverEveryCode() {
        for (int code = 0; code > -DbnResult.CODE_COUNT; code--) {
            assertThat(DbnResult.name(code)).as("code %d", code).isNotEqualTo("UNKNOWN_CODE");
        }
        assertThat(DbnResult.name(-DbnResult.CODE_COUNT)).isEqualTo("UNKNOWN_CODE");
    }

    private static byte[] mbo() {
        return RecordWriter.header(0xA0, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(-1).u64(-5).u32(0xFFFF_FFFEL).u8(0xC1).u8(7).ch('M').ch('B').u64(1).u32(-123).u32(0xFFFF_FFFFL)
            .toRecord();
    }

    private static byte[] mbp1() {
        return RecordWriter.header(0x01, PUBLISHER, INSTRUMENT, TS_EVENT)
            .u64(4_100_250_000_000L).u32(3).ch('A').ch('A').u8(0x80).u8(0).u64(1_000).u32(17).u32(5)
            .u64(4_100_000_000_000L).u64(4_100_250_000_000L).u32(11).u32(0xFFFF_FFFFL).u32(2).u32(4).toRecord();
    }

    private int decode(final byte[] record) {
        return decoder.decode(new UnsafeBuffer(record), 0, record.length);
    }

    private void assertDecodes(final byte[] record, final String expected) {
        assertThat(decode(record)).isEqualTo(record.length);
        assertThat(listener.events).containsExactly(expected);
    }
}
