package io.fdp.feed.synthetic;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrderFlowGeneratorTest {
    private static final int INSTRUMENTS = 16;
    private static final int CAP = 1_000;

    private static OrderFlowConfig config(final long seed) {
        return new OrderFlowConfig().seed(seed).instruments(INSTRUMENTS).maxLiveOrders(CAP);
    }

    private static OrderBook[] books() {
        final OrderBook[] books = new OrderBook[INSTRUMENTS];
        for (int i = 0; i < INSTRUMENTS; i++) {
            books[i] = new OrderBook(CAP, CAP);
        }
        return books;
    }

    private static int apply(final OrderBook book, final SyntheticEvent e) {
        return switch (e.type()) {
            case EventType.ORDER_ADD -> book.add(e.orderId(), e.side(), e.price(), e.size());
            case EventType.ORDER_CANCEL -> book.cancel(e.orderId(), e.size());
            case EventType.ORDER_DELETE -> book.delete(e.orderId());
            case EventType.ORDER_EXECUTE -> book.execute(e.orderId(), e.size());
            default -> throw new AssertionError("unexpected type in " + e);
        };
    }

    @Test
    void sameSeedGivesTheSameEvents() {
        final OrderFlowGenerator first = new OrderFlowGenerator(config(7));
        final OrderFlowGenerator second = new OrderFlowGenerator(config(7));
        final OrderFlowGenerator other = new OrderFlowGenerator(config(8));
        final SyntheticEvent a = new SyntheticEvent();
        final SyntheticEvent b = new SyntheticEvent();
        final SyntheticEvent c = new SyntheticEvent();
        int differences = 0;
        for (int i = 0; i < 50_000; i++) {
            first.next(a);
            second.next(b);
            other.next(c);
            assertThat(b.toString()).isEqualTo(a.toString());
            differences += a.toString().equals(c.toString()) ? 0 : 1;
        }
        assertThat(differences).isGreaterThan(49_000);
    }

    @Test
    void eventMixIsNearFiftyFortyTen() {
        final OrderFlowGenerator generator = new OrderFlowGenerator(config(1));
        final SyntheticEvent event = new SyntheticEvent();
        final int events = 100_000;
        final int[] byType = new int[EventType.COUNT];
        for (int i = 0; i < events; i++) {
            generator.next(event);
            byType[event.type()]++;
        }
        final double adds = byType[EventType.ORDER_ADD] / (double) events;
        final double cancels = (byType[EventType.ORDER_CANCEL] + byType[EventType.ORDER_DELETE]) / (double) events;
        final double executions = byType[EventType.ORDER_EXECUTE] / (double) events;
        assertThat(adds).isCloseTo(0.50, within(0.03));
        assertThat(cancels).isCloseTo(0.40, within(0.03));
        assertThat(executions).isCloseTo(0.10, within(0.03));
        assertThat(byType[EventType.ORDER_CANCEL]).as("some partial cancels").isGreaterThan(events / 100);
        assertThat(byType[EventType.ORDER_DELETE]).as("mostly full deletes").isGreaterThan(byType[EventType.ORDER_CANCEL] * 5);
    }

    @Test
    void everyEventAppliesToAnOrderBookWhichNeverCrosses() {
        final OrderFlowGenerator generator = new OrderFlowGenerator(config(2));
        final OrderBook[] books = books();
        final SyntheticEvent event = new SyntheticEvent();
        final long[] nextSequence = new long[INSTRUMENTS];
        long lastTimeNs = Long.MIN_VALUE;
        for (int i = 0; i < 200_000; i++) {
            generator.next(event);
            final OrderBook book = books[event.instrumentId()];
            if (event.type() == EventType.ORDER_EXECUTE) {
                final long best = event.side() == Side.BUY ? book.bestBidPrice() : book.bestAskPrice();
                assertThat(event.price()).as("executions hit the best level: %s", event).isEqualTo(best);
                final long[] front = new long[1];
                book.copyLevelOrders(event.side(), 0, front, new long[1]);
                assertThat(event.orderId()).as("executions hit the front of the queue: %s", event).isEqualTo(front[0]);
            } else if (event.type() != EventType.ORDER_ADD) {
                assertThat(event.price()).isEqualTo(book.orderPrice(event.orderId()));
                assertThat(event.side()).isEqualTo(book.orderSide(event.orderId()));
            }
            final int result = apply(book, event);
            assertThat(result).as("result of %s", event).isEqualTo(BookResult.OK);
            assertThat(book.isCrossed()).isFalse();
            assertThat(event.price() % OrderFlowConfig.TICK_SIZE_DEFAULT).isZero();
            assertThat(event.size() % OrderFlowConfig.LOT_SIZE_DEFAULT).isZero();
            assertThat(event.size()).isPositive();
            assertThat(event.sequence()).isEqualTo(++nextSequence[event.instrumentId()]);
            assertThat(event.eventTimeNs()).isGreaterThan(lastTimeNs);
            lastTimeNs = event.eventTimeNs();
        }
    }

    @Test
    void liveOrdersNeverExceedTheCap() {
        final int cap = 50;
        final OrderFlowGenerator generator = new OrderFlowGenerator(
            new OrderFlowConfig().seed(3).instruments(2).maxLiveOrders(cap));
        final OrderBook[] books = {new OrderBook(cap, cap), new OrderBook(cap, cap)};
        final SyntheticEvent event = new SyntheticEvent();
        int highest = 0;
        for (int i = 0; i < 100_000; i++) {
            generator.next(event);
            assertThat(apply(books[event.instrumentId()], event)).isEqualTo(BookResult.OK);
            final int live = generator.liveOrders(event.instrumentId());
            assertThat(live).isLessThanOrEqualTo(cap).isEqualTo(books[event.instrumentId()].orderCount());
            highest = Math.max(highest, live);
        }
        assertThat(highest).as("the cap is approached").isGreaterThan(cap / 2);
    }

    @Test
    void closingEventsEmptyEveryBook() {
        final OrderFlowGenerator generator = new OrderFlowGenerator(config(4));
        final OrderBook[] books = books();
        final SyntheticEvent event = new SyntheticEvent();
        for (int i = 0; i < 20_000; i++) {
            generator.next(event);
            apply(books[event.instrumentId()], event);
        }
        int closing = 0;
        while (generator.nextClosing(event)) {
            assertThat(event.type()).isEqualTo(EventType.ORDER_DELETE);
            assertThat(apply(books[event.instrumentId()], event)).isEqualTo(BookResult.OK);
            closing++;
        }
        assertThat(closing).isPositive();
        for (int i = 0; i < INSTRUMENTS; i++) {
            assertThat(books[i].orderCount()).isZero();
            assertThat(generator.liveOrders(i)).isZero();
        }
        generator.next(event);
        assertThat(event.type()).as("an empty instrument can only add").isEqualTo(EventType.ORDER_ADD);
    }

    @Test
    void generatesWithoutAllocating() {
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().threadId();
        final OrderFlowGenerator generator = new OrderFlowGenerator(config(5));
        final SyntheticEvent event = new SyntheticEvent();
        long checksum = 0;
        for (int i = 0; i < 200_000; i++) {
            generator.next(event);
            checksum += event.orderId();
        }
        final long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            generator.next(event);
            checksum += event.orderId();
        }
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).as("bytes allocated by 100k events (checksum %d)", checksum).isLessThan(1024);
    }
}
