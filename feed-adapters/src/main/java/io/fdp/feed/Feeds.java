package io.fdp.feed;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.feed.dbn.DbnFeed;
import io.fdp.feed.depth.DepthFeed;
import io.fdp.feed.itch.ItchFeed;
import io.fdp.feed.lobster.LobsterFeed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Opens the recorded feed of a format over input files: the one place that knows every format by name. */
public final class Feeds {
    /** Every format {@link #open} accepts. */
    public static final List<String> FORMATS = List.of("itch", "lobster", "kraken", "okx", "binance", "coinbase", "dbn");

    private Feeds() {
    }

    /**
     * Opens a recorded feed.
     *
     * @param format      a name of {@link #FORMATS}.
     * @param inputs      the input files (several only for merged captures such as Binance REST + websocket).
     * @param orderbook   LOBSTER's matching orderbook file to seed from, or null.
     * @param registry    where instruments are registered.
     * @param sessionDate the session date for feeds that count time from midnight, or null to take it from the file
     *                    name.
     * @return the feed, not yet replayed.
     * @throws IllegalArgumentException for an unknown format, a wrong number of inputs or a missing session date.
     */
    public static RecordedFeed open(final String format, final List<Path> inputs, final Path orderbook,
        final InstrumentRegistry registry, final LocalDate sessionDate) {
        final String name = format.toLowerCase(Locale.ROOT);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input file given");
        }
        if (orderbook != null && !"lobster".equals(name)) {
            throw new IllegalArgumentException("--orderbook is for the lobster format only");
        }
        return switch (name) {
            case "itch" -> new ItchFeed(single(name, inputs), registry, clock(sessionDate, single(name, inputs)));
            case "lobster" -> {
                final Path messages = single(name, inputs);
                yield new LobsterFeed(messages, orderbook, registry, LobsterFeed.symbolOf(messages.getFileName().toString()),
                    clock(sessionDate, messages));
            }
            case "kraken", "okx", "binance", "coinbase" -> new DepthFeed(name, inputs, registry);
            case "dbn" -> new DbnFeed(single(name, inputs), registry);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; known: " + FORMATS);
        };
    }

    private static Path single(final String format, final List<Path> inputs) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("the " + format + " format reads one --input file, not " + inputs.size());
        }
        return inputs.get(0);
    }

    private static SessionClock clock(final LocalDate sessionDate, final Path input) {
        final LocalDate date = sessionDate != null ? sessionDate : SessionClock.dateIn(input.getFileName().toString());
        if (date == null) {
            throw new IllegalArgumentException("cannot tell the session date from the file name " + input.getFileName()
                + "; give it with --date YYYY-MM-DD");
        }
        return new SessionClock(date, SessionClock.NEW_YORK);
    }
}
