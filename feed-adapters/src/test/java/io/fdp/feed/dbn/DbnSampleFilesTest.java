package io.fdp.feed.dbn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record of every Databento v2 sample file, field by field, as stored in the file.
 *
 * <p>Expected values were read from the bytes by hand (little-endian; the first 48 bytes of each record are quoted) and
 * agree with the values other DBN decoders assert for these same files (for example MBO order 647784973705 at
 * 3722750000000, the imbalance reference price 229430000000, the definition's round lot of 100 for MSFT).
 */
class DbnSampleFilesTest {
    private static final String ESH1 = "pub=1 iid=5482 ";

    /** Every field after ts_recv of both MSFT definitions; absent values keep Databento's sentinels. */
    private static final String MSFT_DEFINITION_FIELDS = " minTick=9223372036854775807 displayFactor=100000000000000"
        + " expiration=18446744073709551615 activation=18446744073709551615 highLimit=9223372036854775807"
        + " lowLimit=9223372036854775807 maxVariation=9223372036854775807 refPx=9223372036854775807"
        + " uomQty=9223372036854775807 minTickAmount=9223372036854775807 priceRatio=9223372036854775807"
        + " strike=9223372036854775807 attrib=2147483647 underlyingId=0 rawId=2147483647 depthImplied=2147483647"
        + " depth=2147483647 segment=4294967295 maxVol=4294967295 minLot=2147483647 minBlock=2147483647 roundLot=100"
        + " minVol=4294967295 multiplier=2147483647 decayQty=2147483647 originalSize=2147483647 refDate=65535"
        + " applId=32767 maturityYear=65535 decayStart=65535 channel=0 currency='' settlCurrency='' secsubtype='Z '"
        + " rawSymbol='MSFT' group='pxnas-1' exchange='XNAS' asset='' cfi='' securityType='' uom='' underlying=''"
        + " strikeCurrency='' class=K match=F tradingStatus=78 mainFraction=255 displayFormat=255 settlPriceType=255"
        + " subFraction=255 product=255 updateAction=A maturity=255/255/255 userDefined=N multiplierUnit=127"
        + " flowSchedule=127 tickRule=255";

    private final RecordingDbnListener listener = new RecordingDbnListener();
    private final DbnFileReader reader = new DbnFileReader(listener);

    @Test
    void mboFileHoldsTwoCancelsOfAskOrders() throws IOException {
        // @353: 0e a0 0100 6a150000 07afa6acdbe25416 8945fed296000000 80fb30c562030000 01000000 80 00 43 41 3cdeaaacdbe25416 ...
        assertRecords("mbo",
            "MBO " + ESH1 + "ts=1609160400000429831 order=647784973705 px=3722750000000 size=1 flags=128 channel=0 action=C"
                + " side=A recv=1609160400000704060 delta=22993 seq=1170352",
            "MBO " + ESH1 + "ts=1609160400000431665 order=647784973631 px=3723000000000 size=1 flags=128 channel=0 action=C"
                + " side=A recv=1609160400000711344 delta=19621 seq=1170353");
        assertThat(reader.recordCount(DbnDescriptor.RTYPE_MBO)).isEqualTo(2);
    }

    @Test
    void tradesFileHoldsTwoTradesLiftingTheOffer() throws IOException {
        // @353: 0c 00 0100 6a150000 410784b2dbe25416 80022e3062030000 05000000 54 41 81 00 e90889b2dbe25416 334b0000 ccdb1100
        assertRecords("trades",
            "TRADE " + ESH1 + "ts=1609160400098821953 px=3720250000000 size=5 action=T side=A flags=129 depth=0"
                + " recv=1609160400099150057 delta=19251 seq=1170380",
            "TRADE " + ESH1 + "ts=1609160400107665963 px=3720250000000 size=21 action=T side=A flags=129 depth=0"
                + " recv=1609160400108142648 delta=20728 seq=1170414");
        assertThat(reader.recordCount(DbnDescriptor.RTYPE_MBP_0)).isEqualTo(2);
    }

    @Test
    void mbp1FileHoldsTwoAddsAtTheAskWithTheTopOfBookAfterThem() throws IOException {
        // @353: 14 01 0100 6a150000 4fb3fbacdbe25416 00b5143f62030000 01000000 41 41 80 00 ...; level at +48:
        // 80022e3062030000 00b5143f62030000 18000000 0b000000 0f000000 09000000
        assertRecords("mbp-1",
            "MBP1 " + ESH1 + "ts=1609160400006001487 px=3720500000000 size=1 action=A side=A flags=128 depth=0"
                + " recv=1609160400006136329 delta=17214 seq=1170362 top=3720250000000x24(15)/3720500000000x11(9)",
            "MBP1 " + ESH1 + "ts=1609160400006146661 px=3720500000000 size=1 action=A side=A flags=128 depth=0"
                + " recv=1609160400006246513 delta=18858 seq=1170364 top=3720250000000x24(15)/3720500000000x12(10)");
    }

    @Test
    void tbboFileHoldsTheTradesWithTheTopOfBookBeforeThem() throws IOException {
        // Same rtype 0x01 as MBP-1: only the metadata's schema 3 (TBBO) routes these to onTbbo.
        assertRecords("tbbo",
            "TBBO " + ESH1 + "ts=1609160400098821953 px=3720250000000 size=5 action=T side=A flags=129 depth=0"
                + " recv=1609160400099150057 delta=19251 seq=1170380 top=3720250000000x26(16)/3720500000000x7(6)",
            "TBBO " + ESH1 + "ts=1609160400107665963 px=3720250000000 size=21 action=T side=A flags=129 depth=0"
                + " recv=1609160400108142648 delta=20728 seq=1170414 top=3720250000000x21(13)/3720500000000x22(15)");
        assertThat(listener.count("MBP1")).isZero();
    }

    @Test
    void mbp10FileHoldsTwoCancelsWithTenLevelsEach() throws IOException {
        // The first record is the MBO file's first cancel (same ts_event and sequence) seen at depth 9: the 10th ask,
        // 3722750000000, is the cancelled price.
        final String deeperLevels = " 3719750000000x32(23)/3721000000000x39(25) 3719500000000x39(26)/3721250000000x28(17)"
            + " 3719250000000x50(35)/3721500000000x33(19) 3719000000000x42(28)/3721750000000x45(33)"
            + " 3718750000000x44(35)/3722000000000x55(40) 3718500000000x64(39)/3722250000000x59(38)"
            + " 3718250000000x53(32)/3722500000000x49(35) 3718000000000x67(39)/3722750000000x44(26)]";
        assertRecords("mbp-10",
            "MBP10 " + ESH1 + "ts=1609160400000429831 px=3722750000000 size=1 action=C side=A flags=128 depth=9"
                + " recv=1609160400000704060 delta=22993 seq=1170352 levels=[3720250000000x24(15)/3720500000000x10(8)"
                + " 3720000000000x31(18)/3720750000000x34(24)" + deeperLevels,
            "MBP10 " + ESH1 + "ts=1609160400000435673 px=3720000000000 size=1 action=C side=B flags=128 depth=1"
                + " recv=1609160400000750544 delta=20625 seq=1170356 levels=[3720250000000x24(15)/3720500000000x10(8)"
                + " 3720000000000x30(17)/3720750000000x34(24)" + deeperLevels);
    }

    @Test
    void ohlcv1sFileHoldsTwoOneSecondBars() throws IOException {
        // @353: 0e 20 0100 6a150000 0020a0acdbe25416 00faf8d15a520100 00b416a460520100 ... 3900000000000000
        assertRecords("ohlcv-1s",
            "OHLCV " + ESH1 + "ts=1609160400000000000 rtype=0x20 o=372025000000000 h=372050000000000 l=372025000000000"
                + " c=372050000000000 v=57",
            "OHLCV " + ESH1 + "ts=1609160401000000000 rtype=0x20 o=372050000000000 h=372050000000000 l=372050000000000"
                + " c=372050000000000 v=13");
    }

    @Test
    void ohlcv1mFileHoldsTwoOneMinuteBars() throws IOException {
        assertRecords("ohlcv-1m",
            "OHLCV " + ESH1 + "ts=1609160400000000000 rtype=0x21 o=372025000000000 h=372150000000000 l=372025000000000"
                + " c=372100000000000 v=353",
            "OHLCV " + ESH1 + "ts=1609160460000000000 rtype=0x21 o=372100000000000 h=372150000000000 l=372100000000000"
                + " c=372150000000000 v=152");
    }

    @Test
    void ohlcv1hFileHoldsTwoOneHourBars() throws IOException {
        assertRecords("ohlcv-1h",
            "OHLCV " + ESH1 + "ts=1609160400000000000 rtype=0x22 o=372025000000000 h=372350000000000 l=372025000000000"
                + " c=372225000000000 v=9385",
            "OHLCV " + ESH1 + "ts=1609164000000000000 rtype=0x22 o=372225000000000 h=372450000000000 l=371600000000000"
                + " c=371950000000000 v=112698");
    }

    @Test
    void statusFileHoldsFourTradingStateChanges() throws IOException {
        // @353: 0a 12 0100 6a150000 0060870205b55416 000040334bb85416 0700 0100 0000 59 59 7e 00000000000000
        assertRecords("status",
            "STATUS " + ESH1 + "ts=1609110000000000000 recv=1609113600000000000 action=7 reason=1 event=0 trading=Y"
                + " quoting=Y ssr=~",
            "STATUS " + ESH1 + "ts=1609190100000000000 recv=1609190100007055917 action=1 reason=1 event=0 trading=N"
                + " quoting=Y ssr=~",
            "STATUS " + ESH1 + "ts=1609190970000000000 recv=1609190970068184258 action=1 reason=1 event=1 trading=N"
                + " quoting=Y ssr=~",
            "STATUS " + ESH1 + "ts=1609191000000000000 recv=1609191000007282029 action=6 reason=1 event=0 trading=Y"
                + " quoting=Y ssr=~");
    }

    @Test
    void statisticsFileHoldsTwoPriceStatisticsWithoutQuantity() throws IOException {
        // @128: 10 18 0100 013e0200 7f468edf3a9f5817 a5ff21e03a9f5817 ffffffffffffffff 00e8764817000000 ffffff7f
        // 02000000 51690000 0700 0d00 01 ff 000000000000: the v2 quantity is an i32, here i32::MAX (undefined).
        assertRecords("statistics",
            "STAT pub=1 iid=146945 ts=1682269536030443135 recv=1682269536040124325 ref=18446744073709551615"
                + " px=100000000000 qty=2147483647 seq=2 delta=26961 type=7 channel=13 action=1 flags=255",
            "STAT pub=1 iid=146945 ts=1682269536071497081 recv=1682269536121890092 ref=18446744073709551615"
                + " px=100000000000 qty=2147483647 seq=7 delta=28456 type=5 channel=13 action=1 flags=255");
    }

    @Test
    void imbalanceFileHoldsTwoOpeningCrossImbalancesForSpot() throws IOException {
        // @5330: 1c 14 0200 df240000 7392c7ffb7d6aa16 9eb8c7ffb7d6aa16 80f9176b35000000 ...
        final String unused = " auctionTime=0 contBook=0 auctInterest=0 ssrFilling=0 indMatch=0 upper=0 lower=0";
        final String codes = " market=0 unpaired=0 type=O side=B status=0 freeze=0 extensions=0 unpairedSide=N significant=~";
        assertRecords("imbalance",
            "IMBALANCE pub=2 iid=9439 ts=1633353900633854579 recv=1633353900633864350 ref=229430000000" + unused
                + " paired=0 total=2000" + codes,
            "IMBALANCE pub=2 iid=9439 ts=1633353910208114778 recv=1633353910208124734 ref=229990000000" + unused
                + " paired=1719 total=281" + codes);
    }

    @Test
    void definitionFileHoldsTwoMsftDefinitionsFieldByField() throws IOException {
        assertRecords("definition",
            "DEF pub=2 iid=6819 ts=1633331241618018154 hd=2/6819/1633331241618018154 recv=1633331241618029519"
                + MSFT_DEFINITION_FIELDS,
            "DEF pub=2 iid=6830 ts=1633417621703109854 hd=2/6830/1633417621703109854 recv=1633417621703120931"
                + MSFT_DEFINITION_FIELDS);
    }

    @Test
    void everySampleEndsExactlyOnARecordBoundary() throws IOException {
        final List<String> schemas = List.of("mbo", "mbp-1", "mbp-10", "tbbo", "trades", "ohlcv-1s", "ohlcv-1m", "ohlcv-1h",
            "status", "statistics", "definition", "imbalance");
        final List<Integer> counts = List.of(2, 2, 2, 2, 2, 2, 2, 2, 4, 2, 2, 2);
        for (int i = 0; i < schemas.size(); i++) {
            final String schema = schemas.get(i);
            final RecordingDbnListener fileListener = new RecordingDbnListener();
            final DbnFileReader fileReader = new DbnFileReader(fileListener);

            assertThat(fileReader.read(SharedData.sample(schema))).as(schema).isEqualTo(DbnResult.OK);

            assertThat(fileReader.recordCount()).as(schema).isEqualTo((long) counts.get(i));
            assertThat(fileReader.position()).as(schema).isEqualTo(SharedData.sampleBytes(schema).length);
            assertThat(fileReader.skippedCount()).as(schema).isZero();
            assertThat(fileListener.rejections).as(schema).isEmpty();
        }
    }

    private void assertRecords(final String schema, final String... expected) throws IOException {
        assertThat(reader.read(SharedData.sample(schema))).isEqualTo(DbnResult.OK);

        assertThat(listener.events).containsExactly(expected);
        assertThat(reader.recordCount()).isEqualTo(expected.length);
        assertThat(listener.rejections).isEmpty();
    }
}
