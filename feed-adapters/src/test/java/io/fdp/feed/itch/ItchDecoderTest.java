package io.fdp.feed.itch;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ItchDecoderTest {
    /** Message lengths from the ITCH 5.0 specification, typed in independently of the descriptor. */
    private static final Map<Character, Integer> SPEC_LENGTHS = Map.ofEntries(
        entry('S', 12), entry('R', 39), entry('H', 25), entry('Y', 20), entry('L', 26), entry('V', 35), entry('W', 12),
        entry('K', 28), entry('J', 35), entry('h', 21), entry('A', 36), entry('F', 40), entry('E', 31), entry('C', 36),
        entry('X', 23), entry('D', 19), entry('U', 35), entry('P', 44), entry('Q', 40), entry('B', 19), entry('I', 50),
        entry('N', 20), entry('O', 48));

    private static final int LOCATE = 0xBEEF;
    private static final int TRACKING = 0x1234;
    private static final long TIMESTAMP_NS = 0xFEDC_BA98_7654L;
    private static final String HEADER = " locate=48879 tracking=4660 ts=280223976814164 ";

    private final RecordingItchListener listener = new RecordingItchListener();
    private final ItchDecoder decoder = new ItchDecoder(listener);

    @Test
    void knowsTheLengthOfEverySpecifiedTypeAndNoOther() {
        for (int b = 0; b < 256; b++) {
            final Integer specLength = SPEC_LENGTHS.get((char) b);
            assertThat(ItchDescriptor.messageLength((byte) b))
                .as("type 0x%02x", b)
                .isEqualTo(specLength == null ? ItchResult.UNKNOWN_TYPE : specLength);
        }
    }

    @Test
    void specWriterLaysOutAnAddOrderByteForByte() {
        final byte[] message = addOrder();
        assertThat(HexFormat.of().formatHex(message)).isEqualTo(
            "41" + "beef" + "1234" + "fedcba987654" + "0102030405060708" + "42" + "fffffffe" + "4141504c20202020" + "0001e240");
    }

    @Test
    void decodesAddOrder() {
        assertDecodes(addOrder(), 'A', "ref=72623859790382856 side=B shares=4294967294 stock=AAPL price=123456");
    }

    @Test
    void decodesAddOrderWithMpid() {
        final byte[] message = header('F').u64(-1L).ch('S').u32(100).stock("MSFT").u32(2_345_678).alpha("NITE", 4).toArray();
        assertDecodes(message, 'F',
            "ref=18446744073709551615 side=S shares=100 stock=MSFT price=2345678 attribution=NITE");
    }

    @Test
    void decodesOrderExecuted() {
        final byte[] message = header('E').u64(987_654_321L).u32(50).u64(Long.MAX_VALUE).toArray();
        assertDecodes(message, 'E', "ref=987654321 executed=50 match=9223372036854775807");
    }

    @Test
    void decodesOrderExecutedWithPrice() {
        final byte[] message = header('C').u64(42).u32(7).u64(1_234_567).ch('Y').u32(0xFFFF_FFFFL).toArray();
        assertDecodes(message, 'C', "ref=42 executed=7 match=1234567 printable=Y price=4294967295");
    }

    @Test
    void decodesOrderCancel() {
        assertDecodes(header('X').u64(42).u32(3).toArray(), 'X', "ref=42 cancelled=3");
    }

    @Test
    void decodesOrderDelete() {
        assertDecodes(header('D').u64(0x0A0B_0C0D_0E0F_1011L).toArray(), 'D', "ref=723685415333072913");
    }

    @Test
    void decodesOrderReplace() {
        final byte[] message = header('U').u64(42).u64(43).u32(500).u32(99_990_000).toArray();
        assertDecodes(message, 'U', "original=42 new=43 shares=500 price=99990000");
    }

    @Test
    void decodesTrade() {
        final byte[] message = header('P').u64(0).ch('S').u32(200).stock("AAPL").u32(5_853_300).u64(19_447).toArray();
        assertDecodes(message, 'P', "ref=0 side=S shares=200 stock=AAPL price=5853300 match=19447");
    }

    @Test
    void decodesCrossTradeWithEightByteShares() {
        final byte[] message = header('Q').u64(0x1_0000_0000L).stock("AAPL").u32(5_853_300).u64(77).ch('O').toArray();
        assertDecodes(message, 'Q', "shares=4294967296 stock=AAPL price=5853300 match=77 crossType=O");
    }

    @Test
    void decodesBrokenTrade() {
        assertDecodes(header('B').u64(19_447).toArray(), 'B', "match=19447");
    }

    @Test
    void decodesNoii() {
        final byte[] message = header('I').u64(1_000).u64(250).ch('B').stock("AAPL")
            .u32(5_850_000).u32(5_851_000).u32(5_852_000).ch('C').ch('L').toArray();
        assertDecodes(message, 'I',
            "paired=1000 imbalance=250 direction=B stock=AAPL far=5850000 near=5851000 reference=5852000 crossType=C variation=L");
    }

    @Test
    void decodesRetailPriceImprovementIndicator() {
        assertDecodes(header('N').stock("AAPL").ch('B').toArray(), 'N', "stock=AAPL interest=B");
    }

    @Test
    void decodesDirectListingPriceDiscovery() {
        final byte[] message = header('O').stock("RBLX").ch('Y').u32(400_000).u32(900_000).u32(650_000)
            .u64(34_200_000_000_000L).u32(600_000).u32(700_000).toArray();
        assertDecodes(message, 'O', "stock=RBLX eligibility=Y min=400000 max=900000 nearPrice=650000 "
            + "nearTime=34200000000000 lowerCollar=600000 upperCollar=700000");
    }

    @Test
    void decodesSystemEvent() {
        assertDecodes(header('S').ch('O').toArray(), 'S', "event=O");
    }

    @Test
    void decodesStockDirectory() {
        final byte[] message = header('R').stock("AAPL").ch('Q').ch('N').u32(100).ch('N').ch('C').alpha("AI", 2)
            .ch('P').ch('N').ch('Y').ch('1').ch('N').u32(3).ch('N').toArray();
        assertDecodes(message, 'R', "stock=AAPL category=Q financialStatus=N roundLot=100 roundLotsOnly=N classification=C "
            + "subType=AI authenticity=P shortSaleThreshold=N ipo=Y luldTier=1 etp=N leverage=3 inverse=N");
    }

    @Test
    void decodesStockTradingAction() {
        assertDecodes(header('H').stock("BOB").ch('T').ch(' ').alpha("MWC1", 4).toArray(), 'H',
            "stock=BOB state=T reason=MWC1");
    }

    @Test
    void decodesRegShoRestriction() {
        assertDecodes(header('Y').stock("ZVZZT").ch('1').toArray(), 'Y', "stock=ZVZZT action=1");
    }

    @Test
    void decodesMarketParticipantPosition() {
        assertDecodes(header('L').alpha("GSCO", 4).stock("AAPL").ch('Y').ch('N').ch('A').toArray(), 'L',
            "mpid=GSCO stock=AAPL primary=Y mode=N state=A");
    }

    @Test
    void decodesMwcbDeclineLevelAsRawEightBytePrices() {
        final byte[] message = header('V').u64(390_012_345_678L).u64(360_011_111_111L).u64(0x8000_0000_0000_0001L).toArray();
        assertDecodes(message, 'V', "level1=390012345678 level2=360011111111 level3=9223372036854775809");
    }

    @Test
    void decodesMwcbStatus() {
        assertDecodes(header('W').ch('2').toArray(), 'W', "breached=2");
    }

    @Test
    void decodesIpoQuotingPeriodUpdate() {
        final byte[] message = header('K').stock("NEWCO").u32(36_000).ch('A').u32(0xFFFF_FFFFL).toArray();
        assertDecodes(message, 'K', "stock=NEWCO releaseTime=36000 qualifier=A ipoPrice=4294967295");
    }

    @Test
    void decodesLuldAuctionCollar() {
        final byte[] message = header('J').stock("AAPL").u32(1_000_000).u32(1_050_000).u32(950_000).u32(2).toArray();
        assertDecodes(message, 'J', "stock=AAPL reference=1000000 upper=1050000 lower=950000 extension=2");
    }

    @Test
    void decodesOperationalHalt() {
        assertDecodes(header('h').stock("AAPL").ch('Q').ch('H').toArray(), 'h', "stock=AAPL market=Q action=H");
    }

    @Test
    void rejectsUnknownTypeWithoutCallingTheListener() {
        final byte[] message = addOrder();
        message[0] = 'z';
        assertThat(decoder.decode(new UnsafeBuffer(message), 0, message.length)).isEqualTo(ItchResult.UNKNOWN_TYPE);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void rejectsEmptyInputAsTruncated() {
        assertThat(decoder.decode(new UnsafeBuffer(new byte[4]), 2, 0)).isEqualTo(ItchResult.TRUNCATED);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void decodesBackToBackMessagesByTheirConsumedLengths() {
        final byte[] first = addOrder();
        final byte[] second = header('D').u64(42).toArray();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[first.length + second.length]);
        buffer.putBytes(0, first);
        buffer.putBytes(first.length, second);

        final int consumed = decoder.decode(buffer, 0, buffer.capacity());
        final int next = decoder.decode(buffer, consumed, buffer.capacity() - consumed);

        assertThat(consumed).isEqualTo(36);
        assertThat(next).isEqualTo(19);
        assertThat(listener.events).extracting(event -> event.charAt(0)).containsExactly('A', 'D');
    }

    private static byte[] addOrder() {
        return header('A').u64(0x0102_0304_0506_0708L).ch('B').u32(0xFFFF_FFFEL).stock("AAPL").u32(123_456).toArray();
    }

    private static SpecWriter header(final char type) {
        return SpecWriter.header(type, LOCATE, TRACKING, TIMESTAMP_NS);
    }

    /**
     * Decodes the message from inside a larger buffer with junk around it, checks every field and the consumed length,
     * then checks that one byte less is rejected as truncated without a callback.
     */
    private void assertDecodes(final byte[] message, final char type, final String expectedBody) {
        assertThat(message).hasSize(SPEC_LENGTHS.get(type));
        final int offset = 3;
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[offset + message.length + 5]);
        buffer.setMemory(0, buffer.capacity(), (byte) 0x5A);
        buffer.putBytes(offset, message);

        assertThat(decoder.decode(buffer, offset, message.length + 5)).isEqualTo(message.length);
        assertThat(listener.events).containsExactly(type + HEADER + expectedBody);

        listener.events.clear();
        assertThat(decoder.decode(buffer, offset, message.length - 1)).isEqualTo(ItchResult.TRUNCATED);
        assertThat(listener.events).isEmpty();
    }
}
