package io.fdp.app.replay;

import io.fdp.app.progress.Progress;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import io.fdp.feed.lobster.LobsterBookWriter;
import io.fdp.feed.synthetic.OrderFlowConfig;
import io.fdp.feed.synthetic.SyntheticFeed;
import io.fdp.feed.synthetic.SyntheticRecordedFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code fdp replay}: runs a recorded input through the real pipeline (ring and handlers) and prints a summary. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay a recorded input through the engine and print what it saw.",
    footer = {"", "Examples:",
        "  fdp replay --format lobster --input ../shared/data/lobster/AAPL_..._message_10.csv "
            + "--orderbook ../shared/data/lobster/AAPL_..._orderbook_10.csv --book-out /tmp/books --depth 10",
        "  fdp replay --format binance --input BINANCE.http.0.0 --input BINANCE.ws.1.0 --json"})
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT",
        description = "Input format: itch, lobster, kraken, okx, binance, coinbase, dbn or synthetic.")
    String format;

    @Option(names = "--input", paramLabel = "FILE",
        description = "Input file; repeat to merge captures by receive time (Binance REST snapshots + websocket).")
    List<Path> inputs;

    @Option(names = "--orderbook", paramLabel = "FILE", description = "LOBSTER orderbook file to seed the book from.")
    Path orderbook;

    @Option(names = "--book-out", paramLabel = "DIR",
        description = "Write each instrument's book after every event to DIR/<symbol>.csv (LOBSTER layout).")
    Path bookOut;

    @Option(names = "--depth", defaultValue = "10", paramLabel = "N", description = "Levels per side in --book-out rows.")
    int depth;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Session date of ITCH/LOBSTER input (default: from the file name).")
    LocalDate date;

    @Option(names = "--json", description = "End the output with the summary as one JSON line.")
    boolean json;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N",
        description = "With --format synthetic: events to generate (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "With --format synthetic: the seed.")
    long seed;

    @Option(names = "--instruments", defaultValue = "16", paramLabel = "K",
        description = "With --format synthetic: instruments (default: ${DEFAULT-VALUE}).")
    int instruments;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "Replay the input journal under this data directory (written by fdp ingest) instead of a file.")
    Path journal;

    @Option(names = "--from", paramLabel = "TIME", description = "With --journal: first event time (ISO-8601 or epoch ns).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "With --journal: last event time (ISO-8601 or epoch ns).")
    String to;

    @Option(names = "--speed", defaultValue = "0", paramLabel = "X",
        description = "With --journal: 0 as fast as possible (default), 1 the original pace, N N times faster.")
    double speed;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
        description = "Progress line on stderr: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Progress.When progress;

    @Override
    public Integer call() throws Exception {
        if (journal != null) {
            if (format != null || inputs != null) {
                throw new IllegalArgumentException("give either --journal or --format with --input, not both");
            }
            return new JournalReplay(journal, EventTimes.parse("--from", from, Long.MIN_VALUE),
                EventTimes.parse("--to", to, Long.MAX_VALUE), speed, json, progress).run();
        }
        final boolean synthetic = "synthetic".equals(format);
        if (format == null || (inputs == null && !synthetic)) {
            throw new IllegalArgumentException("give --format and --input (or --journal DIR)");
        }
        for (final Path input : synthetic ? List.<Path>of() : inputs) {
            if (!Files.isReadable(input)) {
                throw new IllegalArgumentException("cannot read --input " + input);
            }
        }
        final InstrumentRegistry registry = new InstrumentRegistry();
        final EngineConfig config = new EngineConfig().producerType("single").maxInstruments(registry.capacity())
            .bookOrderCapacity(200_000);
        final RecordedFeed feed = synthetic
            ? new SyntheticRecordedFeed(new OrderFlowConfig().seed(seed).instruments(instruments), events,
                SyntheticFeed.UNPACED, registry)
            : Feeds.open(format, inputs, orderbook, registry, date);
        final ReplaySummary summary;
        try (Engine engine = new Engine(config, registry);
             LobsterBookWriter books = bookOut == null ? null : new LobsterBookWriter(bookOut, depth, registry);
             Progress line = Progress.on(progress)) {
            final RejectionLog rejections = new RejectionLog(registry, books);
            engine.setBookEventListener(rejections);
            engine.start();
            line.track(synthetic ? "synthetic" : format + " " + inputs.get(0).getFileName(), "events",
                () -> engine.ring().getCursor() + 1, synthetic ? events : 0);
            final long start = System.nanoTime();
            feed.replay(engine.newPublisher());
            engine.drain();
            line.done();
            summary = ReplaySummary.of(feed.format(), feed.summary(), engine, System.nanoTime() - start, rejections.first());
        }
        summary.print(System.out);
        if (bookOut != null) {
            System.out.println("  books written to " + bookOut.toAbsolutePath());
        }
        if (json) {
            System.out.println(summary.toJson());
        }
        return 0;
    }
}
