package io.fdp.benchmarks.api;

import io.fdp.api.ApiConfig;
import io.fdp.api.ApiServer;
import io.fdp.benchmarks.feed.SharedData;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An engine with data in it and an {@link ApiServer} in front, on 127.0.0.1 with authentication off (loopback only),
 * for the load harnesses; plus the figures they print.
 */
final class LoadedApi implements AutoCloseable {
    private final InstrumentRegistry registry = new InstrumentRegistry();
    private final Engine engine;
    private final ApiServer server;

    private LoadedApi(final int ioThreads, final boolean loadSamples) throws IOException {
        engine = new Engine(new EngineConfig().maxInstruments(registry.capacity()).bookOrderCapacity(200_000), registry);
        engine.start();
        if (loadSamples) {
            replay(Feeds.open("lobster", List.of(SharedData.file(SharedData.LOBSTER)), null, registry, null));
            replay(Feeds.open("kraken", List.of(SharedData.file(SharedData.KRAKEN)), null, registry, null));
        }
        server = new ApiServer(new ApiConfig().host("127.0.0.1").port(0).authEnabled(false).ioThreads(ioThreads), engine);
        server.start();
    }

    /**
     * Starts an engine and the API.
     *
     * @param ioThreads   the server's IO threads.
     * @param loadSamples whether to replay the LOBSTER and Kraken samples first.
     * @return the running API.
     * @throws IOException when a sample cannot be read.
     */
    static LoadedApi start(final int ioThreads, final boolean loadSamples) throws IOException {
        return new LoadedApi(ioThreads, loadSamples);
    }

    private void replay(final RecordedFeed feed) throws IOException {
        feed.replay(engine.newPublisher());
        engine.drain();
    }

    Engine engine() {
        return engine;
    }

    InstrumentRegistry registry() {
        return registry;
    }

    ApiServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }

    /** Exits with a message when the JVM lacks the export Agrona needs (the engine fails deep inside otherwise). */
    static void requireAgronaExport() {
        if (!Object.class.getModule().isExported("jdk.internal.misc", LoadedApi.class.getModule())) {
            System.err.println("Agrona needs --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED on the java command line");
            System.exit(2);
        }
    }

    /** @return the load averages of the last 1, 5 and 15 minutes, as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            final String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read /proc/loadavg", e);
        }
    }

    /**
     * Prints latency percentiles of a histogram of nanoseconds, in microseconds.
     *
     * @param out       where to print.
     * @param name      what was measured.
     * @param histogram the recorded latencies.
     */
    static void printLatency(final PrintStream out, final String name, final Histogram histogram) {
        out.printf(Locale.ROOT, "%s (us): p50 %.0f  p90 %.0f  p99 %.0f  p99.9 %.0f  p99.99 %.0f  max %.0f  (%,d samples)%n", name,
            us(histogram.getValueAtPercentile(50)), us(histogram.getValueAtPercentile(90)),
            us(histogram.getValueAtPercentile(99)), us(histogram.getValueAtPercentile(99.9)),
            us(histogram.getValueAtPercentile(99.99)), us(histogram.getMaxValue()), histogram.getTotalCount());
    }

    private static double us(final long ns) {
        return ns / 1_000.0;
    }
}
