package io.fdp.feed.synthetic;

import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.feed.FeedSummary;
import io.fdp.feed.RecordedFeed;

/**
 * The synthetic order flow as a finite input: a fixed number of events from a seed, as fast as possible or paced.
 * The same seed, instrument count and event count always give the same events.
 */
public final class SyntheticRecordedFeed implements RecordedFeed {
    private final SyntheticFeed feed;
    private final long events;
    private final long eventsPerSecond;
    private final FeedSummary summary = new FeedSummary();

    /**
     * Creates the feed.
     *
     * @param config          the order flow (seed, instruments, ...).
     * @param events          how many events to publish.
     * @param eventsPerSecond the paced rate, or {@link SyntheticFeed#UNPACED}.
     * @param registry        where the synthetic instruments are registered.
     */
    public SyntheticRecordedFeed(final OrderFlowConfig config, final long events, final long eventsPerSecond,
        final InstrumentRegistry registry) {
        if (events <= 0) {
            throw new IllegalArgumentException("the synthetic feed needs a positive event count, not " + events);
        }
        this.feed = new SyntheticFeed(config, registry);
        this.events = events;
        this.eventsPerSecond = eventsPerSecond;
    }

    @Override
    public String format() {
        return "synthetic";
    }

    @Override
    public void replay(final MarketEventPublisher publisher) {
        summary.message("event", feed.run(publisher, eventsPerSecond, events, 0));
    }

    @Override
    public FeedSummary summary() {
        return summary;
    }
}
