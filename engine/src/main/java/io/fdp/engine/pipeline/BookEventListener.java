package io.fdp.engine.pipeline;

import io.fdp.engine.book.BookView;
import io.fdp.engine.event.MarketEvent;

/**
 * Called on the book thread after every event of an instrument has reached the book stage, whatever its outcome,
 * with the instrument's book as it now is.
 *
 * <p>For offline tools (writing the book after each event, comparing with a reference); it runs synchronously on
 * the book thread, so a slow listener slows the engine. The objects are valid only during the call.
 */
@FunctionalInterface
public interface BookEventListener {
    /**
     * One event was processed.
     *
     * @param event the event, with its derived fields ({@link MarketEvent#bookResult()} tells whether it applied).
     * @param book  the instrument's book, or null when the instrument has no book yet.
     */
    void onBookEvent(MarketEvent event, BookView book);
}
