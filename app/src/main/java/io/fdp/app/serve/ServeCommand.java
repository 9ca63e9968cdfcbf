package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import io.fdp.api.ApiServer;
import io.fdp.app.config.FdpConfig;
import io.fdp.app.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code fdp serve}: the platform as its settings describe it ({@code --config FILE}, then {@code FDP_*} environment
 * variables, then {@code -D}), for production: see {@link PlatformConfig} for the keys and
 * {@code deploy/fdp.properties} for an example. Runs until stopped; SIGTERM shuts it down cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run fdp from its settings: database, Kafka, inputs, reference data and the API.",
        "Settings come from --config FILE (Java properties), overridden by FDP_* environment variables "
            + "(fdp.api.port is FDP_API_PORT), overridden by -D. SIGTERM or Ctrl-C stop it cleanly: inputs stopped, "
            + "ring drained, sinks flushed, snapshot written."},
    footer = {"", "Settings (see deploy/fdp.properties for an example):",
        "  fdp.data.dir=DIR                  embedded database, journals, snapshots (default fdp-data)",
        "  fdp.db.url=JDBC_URL               external PostgreSQL/TimescaleDB (fdp.db.user, fdp.db.password);"
            + " unset: embedded",
        "  fdp.kafka.bootstrap.servers=H:P   Kafka; when set, the Kafka sink publishes the engine's output"
            + " (fdp.market.v1.* topics)",
        "  fdp.kafka.feed.topic=TOPIC        also feed the engine from this topic of raw engine events",
        "  fdp.kafka.feed.group=GROUP        its consumer group (default fdp-engine)",
        "  fdp.feeds=NAME,...                inputs replayed in order, each described by:",
        "    fdp.feed.NAME.format=F          itch, lobster, kraken, okx, binance, coinbase, dbn or synthetic",
        "    fdp.feed.NAME.input=FILE,...    the recorded files; fdp.feed.NAME.orderbook=FILE (lobster),"
            + " fdp.feed.NAME.date=YYYY-MM-DD",
        "    fdp.feed.NAME.events=N          synthetic: events (100000), .rate=EVENTS_PER_S (0: unpaced),"
            + " .instruments=K (4), .seed=S (1)",
        "  fdp.reference=NAME,...            reference files imported at start (idempotent), each described by:",
        "    fdp.reference.NAME.kind=KIND    fred-rate, fred-index, ecb, alfred or binance-instruments",
        "    fdp.reference.NAME.file=FILE",
        "  fdp.api.host=ADDR, fdp.api.port=N API address (default 127.0.0.1:8080)",
        "  fdp.api.auth.enabled=BOOL         bearer tokens required (default true; false only on a loopback address)",
        "  fdp.api.auth.jwks.file=FILE | fdp.api.auth.jwks.url=URL   the authorisation server's keys",
        "  fdp.api.auth.issuer=ISS, fdp.api.auth.audience=AUD         required iss and aud claims",
        "  fdp.progress=auto|always|never    progress lines on stderr (default auto: on a terminal)",
        "Every component's tuning keys (fdp.engine.*, fdp.journal.*, fdp.api.*, fdp.kafka.*, fdp.db.*) apply too."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--progress", paramLabel = "WHEN",
        description = "Progress lines on stderr: auto, always or never (overrides fdp.progress).")
    Progress.When progress;

    @Override
    public Integer call() throws IOException {
        final PlatformConfig config = PlatformConfig.from(FdpConfig.load(null, System.getenv(), System.getProperties()).values());
        if (progress != null) {
            config.progress(progress);
        }
        config.checkFiles();
        try {
            ApiServer.checkSecurity(config.api());
        } catch (final IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        PlatformRunner.run(config, System.out, platform -> {
            final ApiConfig api = config.api();
            final String base = "http://" + api.host() + ":" + platform.api().port();
            System.out.println("fdp is serving " + base + "/v1 (authentication " + (api.authEnabled() ? "on" : "OFF")
                + "), ws://" + api.host() + ":" + platform.api().port() + "/v1/stream, " + base + "/metrics, "
                + base + "/ready");
            System.out.println("Inputs: " + (config.feeds().isEmpty() ? "none" : String.join(", ",
                config.feeds().stream().map(PlatformConfig.Feed::label).toList()))
                + (config.kafkaFeedTopic() == null ? "" : "; Kafka topic " + config.kafkaFeedTopic()));
        });
        return 0;
    }
}
