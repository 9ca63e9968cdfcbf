package io.fdp.journal.codec;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketStatus;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JournalCodecTest {
    private static final String HEADER_REST = "07000000" + "02000000" + "0900000000000000" + "0a00000000000000"
        + "0b00000000000000";

    private static MarketEvent base(final byte type) {
        return new MarketEvent().type(type).instrumentId(7).channel(2).sequence(9).eventTimeNs(10).ingestionTimeNs(11);
    }

    /** One event of every type, with only the fields the type uses, and its exact record in hex. */
    static Stream<Object[]> everyType() {
        return Stream.of(
            new Object[] {base(EventType.ORDER_ADD).orderId(0x0102).side(Side.SELL).price(100).size(5).participantId(0x41),
                "0101" + HEADER_REST + "0201000000000000" + "01" + "6400000000000000" + "0500000000000000" + "4100000000000000"},
            new Object[] {base(EventType.ORDER_REPLACE).orderId(1).newOrderId(2).price(3).size(4),
                "0102" + HEADER_REST + "0100000000000000" + "0200000000000000" + "0300000000000000" + "0400000000000000"},
            new Object[] {base(EventType.ORDER_MODIFY).orderId(1).price(3).size(4),
                "0103" + HEADER_REST + "0100000000000000" + "0300000000000000" + "0400000000000000"},
            new Object[] {base(EventType.ORDER_CANCEL).orderId(1).size(4),
                "0104" + HEADER_REST + "0100000000000000" + "0400000000000000"},
            new Object[] {base(EventType.ORDER_DELETE).orderId(-1),
                "0105" + HEADER_REST + "ffffffffffffffff"},
            new Object[] {base(EventType.ORDER_EXECUTE).orderId(1).size(4).price(MarketEvent.NULL_PRICE).tradeId(6),
                "0106" + HEADER_REST + "0100000000000000" + "0400000000000000" + "0000000000000080" + "0600000000000000"},
            new Object[] {base(EventType.ORDER_EXECUTE_HIDDEN).side(Side.BUY).price(3).size(4).tradeId(6),
                "0107" + HEADER_REST + "00" + "0300000000000000" + "0400000000000000" + "0600000000000000"},
            new Object[] {base(EventType.LEVEL_SET).side(Side.BUY).price(3).size(0),
                "0108" + HEADER_REST + "00" + "0300000000000000" + "0000000000000000"},
            new Object[] {base(EventType.LEVEL_DELETE).side(Side.SELL).price(3),
                "0109" + HEADER_REST + "01" + "0300000000000000"},
            new Object[] {base(EventType.BOOK_CLEAR), "010a" + HEADER_REST},
            new Object[] {base(EventType.SNAPSHOT_BEGIN), "010b" + HEADER_REST},
            new Object[] {base(EventType.SNAPSHOT_END), "010c" + HEADER_REST},
            new Object[] {base(EventType.QUOTE).bidPrice(1).bidSize(2).askPrice(MarketEvent.NULL_PRICE).askSize(0),
                "010d" + HEADER_REST + "0100000000000000" + "0200000000000000" + "0000000000000080" + "0000000000000000"},
            new Object[] {base(EventType.TRADE).side(Side.NULL_SIDE).price(3).size(4).tradeId(6),
                "010e" + HEADER_REST + "ff" + "0300000000000000" + "0400000000000000" + "0600000000000000"},
            new Object[] {base(EventType.MARKET_STATUS).instrumentId(-1).status(MarketStatus.HALTED),
                "010f" + "ffffffff" + HEADER_REST.substring(8) + "04000000"},
            new Object[] {base(EventType.HEARTBEAT), "0110" + HEADER_REST},
            new Object[] {base(EventType.FEED_STALE).status(0x1234), "0111" + HEADER_REST + "34120000"});
    }

    @ParameterizedTest(name = "{index}: type {0}")
    @MethodSource("everyType")
    void encodesExactBytesAndDecodesEveryInputField(final MarketEvent event, final String hex) {
        final Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        final int length = JournalCodec.encode(event, bytes);

        assertThat(HexFormat.of().formatHex(bytes.toByteArray())).isEqualTo(hex);
        assertThat(length).isEqualTo(hex.length() / 2).isEqualTo(JournalCodec.length(event.type()))
            .isLessThanOrEqualTo(JournalDescriptor.MAX_LENGTH);

        final MarketEvent decoded = new MarketEvent().orderId(99).tradeId(99).status(99);
        assertThat(JournalCodec.decode(bytes, decoded)).isEqualTo(length);
        assertThat(fields(decoded)).isEqualTo(fields(event));
        assertThat(bytes.readRemaining()).isZero();
    }

    @Test
    void everyDefinedTypeIsCovered() {
        assertThat(everyType().map(args -> ((MarketEvent) args[0]).type()).distinct().count())
            .isEqualTo(EventType.COUNT - 1);
    }

    @Test
    void unknownVersionIsAnErrorCodeNotAGuess() {
        final Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        JournalCodec.encode(base(EventType.ORDER_DELETE).orderId(5), bytes);
        bytes.writeByte(0, (byte) 2);
        assertThat(JournalCodec.decode(bytes, new MarketEvent())).isEqualTo(JournalCodec.UNKNOWN_VERSION);
    }

    @Test
    void truncatedRecordIsAnErrorCode() {
        final Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        JournalCodec.encode(base(EventType.ORDER_ADD).orderId(5), bytes);
        bytes.writePosition(bytes.writePosition() - 1);
        assertThat(JournalCodec.decode(bytes, new MarketEvent())).isEqualTo(JournalCodec.TRUNCATED);
        assertThat(JournalCodec.decode(Bytes.allocateElasticOnHeap(4), new MarketEvent())).isEqualTo(JournalCodec.TRUNCATED);
    }

    @Test
    void unknownTypeCodesKeepTheirHeader() {
        final Bytes<?> bytes = Bytes.allocateElasticOnHeap(128);
        final MarketEvent event = base((byte) 99);
        assertThat(JournalCodec.encode(event, bytes)).isEqualTo(JournalDescriptor.HEADER_LENGTH);
        final MarketEvent decoded = new MarketEvent();
        assertThat(JournalCodec.decode(bytes, decoded)).isEqualTo(JournalDescriptor.HEADER_LENGTH);
        assertThat(fields(decoded)).isEqualTo(fields(event));
    }

    /** Every input field, so that two events compare equal when the engine cannot tell them apart. */
    static String fields(final MarketEvent e) {
        return e.type() + "|" + e.side() + "|" + e.instrumentId() + "|" + e.channel() + "|" + e.status() + "|" + e.sequence()
            + "|" + e.eventTimeNs() + "|" + e.ingestionTimeNs() + "|" + e.orderId() + "|" + e.newOrderId() + "|" + e.price()
            + "|" + e.size() + "|" + e.bidPrice() + "|" + e.bidSize() + "|" + e.askPrice() + "|" + e.askSize() + "|"
            + e.tradeId() + "|" + e.participantId();
    }
}
