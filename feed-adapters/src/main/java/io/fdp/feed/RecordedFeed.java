package io.fdp.feed;

import io.fdp.engine.event.MarketEventPublisher;

import java.io.IOException;

/**
 * A recorded input (a file) that a feed adapter decodes one message at a time and publishes onto the engine's ring.
 *
 * <p>Runs on the caller's thread, which becomes the feed thread; the same adapters serve live connections.
 */
public interface RecordedFeed {
    /** @return the format name, for example {@code itch}. */
    String format();

    /**
     * Reads the whole input and publishes every event; returns when the input is exhausted.
     *
     * @param publisher the feed thread's publisher.
     * @throws IOException when the input cannot be read (bad messages are counted, not thrown).
     */
    void replay(MarketEventPublisher publisher) throws IOException;

    /** @return what the feed saw: messages by type, rejections by reason, checksums and gaps. */
    FeedSummary summary();
}
