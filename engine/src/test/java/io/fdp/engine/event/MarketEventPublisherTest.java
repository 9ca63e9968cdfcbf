package io.fdp.engine.event;

import io.fdp.engine.book.Side;
import com.lmax.disruptor.RingBuffer;
import org.agrona.concurrent.EpochNanoClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketEventPublisherTest {
    private static final EpochNanoClock CLOCK = () -> 42L;

    private final RingBuffer<MarketEvent> ring = RingBuffer.createSingleProducer(MarketEvent::new, 8);
    private final MarketEventPublisher publisher = new MarketEventPublisher(ring, CLOCK);

    private MarketEvent last() {
        return ring.get(ring.getCursor());
    }

    @Test
    void orderAddFillsOnlyItsFieldsAndStampsIngestionTime() {
        publisher.orderAdd(3, 11, 1_000, 77, Side.SELL, 5_853_300, 18, 0x4142434400000000L);
        final MarketEvent event = last();
        assertThat(event.type()).isEqualTo(EventType.ORDER_ADD);
        assertThat(event.instrumentId()).isEqualTo(3);
        assertThat(event.sequence()).isEqualTo(11);
        assertThat(event.eventTimeNs()).isEqualTo(1_000);
        assertThat(event.ingestionTimeNs()).isEqualTo(42);
        assertThat(event.orderId()).isEqualTo(77);
        assertThat(event.side()).isEqualTo(Side.SELL);
        assertThat(event.price()).isEqualTo(5_853_300);
        assertThat(event.size()).isEqualTo(18);
        assertThat(event.participantId()).isEqualTo(0x4142434400000000L);
        assertThat(event.bidPrice()).isEqualTo(MarketEvent.NULL_PRICE);
    }

    @Test
    void reusedSlotCarriesNothingFromThePreviousEvent() {
        for (int i = 0; i < 8; i++) {
            publisher.orderAdd(1, i + 1, i, i, Side.BUY, 100, 5, 9);
        }
        publisher.trade(2, 0, 50, 101, 3, Side.NULL_SIDE, 0);
        final MarketEvent event = last();
        assertThat(event.type()).isEqualTo(EventType.TRADE);
        assertThat(event.orderId()).isZero();
        assertThat(event.participantId()).isZero();
        assertThat(event.price()).isEqualTo(101);
        assertThat(publisher.published()).isEqualTo(9);
    }

    @Test
    void quoteAndStatusAndControlEvents() {
        publisher.quote(1, 0, 5, 99, 10, 101, 20);
        assertThat(last().bidPrice()).isEqualTo(99);
        assertThat(last().askSize()).isEqualTo(20);
        publisher.status(EventType.MARKET_STATUS, -1, 0, 6, MarketStatus.HALTED);
        assertThat(last().status()).isEqualTo(MarketStatus.HALTED);
        assertThat(last().instrumentId()).isEqualTo(-1);
        publisher.control(EventType.SNAPSHOT_BEGIN, 4, 0, 7);
        assertThat(last().type()).isEqualTo(EventType.SNAPSHOT_BEGIN);
    }

    @Test
    void typeNamesAreStable() {
        assertThat(EventType.name(EventType.ORDER_EXECUTE_HIDDEN)).isEqualTo("ORDER_EXECUTE_HIDDEN");
        assertThat(EventType.name(EventType.FEED_STALE)).isEqualTo("FEED_STALE");
        assertThat(EventType.name(99)).isEqualTo("UNKNOWN(99)");
        assertThat(EventType.isValid(0)).isFalse();
        assertThat(EventType.COUNT).isEqualTo(18);
    }

    @Test
    void skipDropsTheNextEventsAndPeriodicRunsBetweenEvents() {
        final int[] runs = new int[1];
        publisher.skip(2);
        publisher.periodic(2, () -> runs[0]++);
        for (int i = 1; i <= 7; i++) {
            publisher.orderDelete(1, i, i, i);
        }
        assertThat(publisher.published()).isEqualTo(5);
        assertThat(ring.getCursor()).isEqualTo(4);
        assertThat(last().orderId()).isEqualTo(7);
        assertThat(ring.get(0).orderId()).isEqualTo(3);
        assertThat(runs[0]).isEqualTo(2);
    }
}
