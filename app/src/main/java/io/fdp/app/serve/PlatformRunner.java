package io.fdp.app.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs a {@link Platform} in the foreground until the process is stopped, for {@code fdp demo} and {@code fdp serve}:
 * Ctrl-C or SIGTERM stop the inputs, drain the ring, flush the sinks and write a snapshot before the process exits.
 */
final class PlatformRunner {
    private PlatformRunner() {
    }

    /**
     * Starts the platform, lets the caller describe it, starts the inputs and waits for the shutdown.
     *
     * @param config   what to run.
     * @param out      where to say what happens.
     * @param describe prints what the platform serves (called before the inputs start, so progress lines follow it).
     */
    static void run(final PlatformConfig config, final PrintStream out, final Consumer<Platform> describe) {
        out.println("Starting fdp (data under " + config.dataDir().toAbsolutePath() + ", database "
            + (config.jdbcUrl() == null ? "embedded" : config.jdbcUrl()) + ", Kafka "
            + (config.kafkaBootstrapServers() == null ? "off" : config.kafkaBootstrapServers()) + ") ...");
        final Platform platform;
        try {
            platform = Platform.open(config);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                out.println("Stopping fdp: stopping the inputs, draining the ring, flushing the sinks, writing a snapshot ...");
                platform.close();
                out.println("fdp stopped.");
            } finally {
                stopped.countDown();
            }
        }, "fdp-shutdown"));
        describe.accept(platform);
        platform.startFeeds();
        try {
            stopped.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
