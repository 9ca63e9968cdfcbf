package io.fdp.app.replay;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.BookView;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.BookEventListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the first events the books rejected, with what, where and why: the event type, the instrument, the order id,
 * the venue time and the book's reason. Runs on the book thread; read it after the engine has drained.
 */
final class RejectionLog implements BookEventListener {
    static final int KEPT = 20;

    private final InstrumentRegistry registry;
    private final BookEventListener next;
    private final List<String> first = new ArrayList<>();

    RejectionLog(final InstrumentRegistry registry, final BookEventListener next) {
        this.registry = registry;
        this.next = next;
    }

    @Override
    public void onBookEvent(final MarketEvent event, final BookView book) {
        if (event.bookResult() < 0 && first.size() < KEPT) {
            first.add(EventType.name(event.type()) + " of " + registry.symbol(event.instrumentId()) + " order "
                + event.orderId() + " at " + Instant.ofEpochSecond(0, event.eventTimeNs()) + ": "
                + BookResult.describe(event.bookResult()));
        }
        if (next != null) {
            next.onBookEvent(event, book);
        }
    }

    List<String> first() {
        return Collections.unmodifiableList(first);
    }
}
