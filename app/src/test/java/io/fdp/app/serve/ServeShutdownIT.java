package io.fdp.app.serve;

import io.fdp.journal.ChildJvm;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.Journals;
import io.fdp.persistence.db.Database;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fdp serve} in a child JVM, fed by a recorded file and a paced synthetic flow, stopped with SIGTERM while it
 * feeds: it must stop the inputs, flush the PostgreSQL sink up to the last record of the output journal, write a
 * snapshot and stop the embedded database before it exits.
 */
@Timeout(300)
class ServeShutdownIT {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");
    private static final Pattern SERVING = Pattern.compile("fdp is serving http://127\\.0\\.0\\.1:(\\d+)/v1");

    @TempDir
    Path work;

    @Test
    void sigtermStopsFeedsFlushesTheSinkWritesASnapshotAndStopsTheDatabase() throws Exception {
        final Path dataDir = work.resolve("data");
        final Path config = Files.writeString(work.resolve("fdp.properties"), String.join("\n",
            "fdp.data.dir=" + dataDir,
            "fdp.api.port=0",
            "fdp.api.auth.enabled=false",
            "fdp.feeds=aapl,syn",
            "fdp.feed.aapl.format=lobster",
            "fdp.feed.aapl.input=" + DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv"),
            "fdp.feed.aapl.orderbook=" + DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv"),
            "fdp.feed.syn.format=synthetic",
            "fdp.feed.syn.events=1000000",
            "fdp.feed.syn.rate=2000",
            "fdp.progress=never", ""));
        final Process child = start(config);
        final StringBuilder output = new StringBuilder();
        final BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        final int port = awaitPort(reader, output);
        final CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> drain(reader, output));
        awaitQuote(port, "SYN0000");
        Thread.sleep(1_000);

        // SIGTERM through the handle: Process.destroy() would also close the streams the output is still read from.
        assertThat(child.toHandle().destroy()).isTrue();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("stopped within 2 minutes").isTrue();
        rest.get(10, TimeUnit.SECONDS);
        final String text;
        synchronized (output) {
            text = output.toString();
        }
        assertThat(child.exitValue()).as(text).isEqualTo(143);
        assertThat(text).contains("Stopping fdp").contains("fdp stopped.").doesNotContain("database write failed")
            .doesNotContain("ERROR");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the embedded PostgreSQL was stopped").doesNotExist();
        try (var snapshots = Files.list(dataDir.resolve("journal/snapshots"))) {
            assertThat(snapshots.filter(file -> file.getFileName().toString().endsWith(".fdps")).count()).isPositive();
        }
        final long lastOutput;
        final JournalConfig journal = new JournalConfig().dataDir(dataDir.resolve("journal"));
        try (ChronicleQueue queue = Journals.openReadOnly(journal.outputDir(), journal.rollCycle())) {
            lastOutput = queue.lastIndex();
        }
        assertThat(lastOutput).isPositive();
        try (Database database = Database.open(new Database.Context().dataDirectory(dataDir));
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT journal_index FROM fdp_sink_checkpoint WHERE sink = 'postgres'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).as("the sink's checkpoint is the output journal's last record").isEqualTo(lastOutput);
        }
    }

    private static Process start(final Path config) throws IOException {
        return new ProcessBuilder(ChildJvm.command("io.fdp.app.Fdp", "serve", "--config", config.toString()))
            .redirectErrorStream(true).start();
    }

    private static int awaitPort(final BufferedReader reader, final StringBuilder output) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            synchronized (output) {
                output.append(line).append('\n');
            }
            final Matcher matcher = SERVING.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("fdp serve ended without serving: " + output);
    }

    private static void drain(final BufferedReader reader, final StringBuilder output) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (final IOException e) {
            throw new IllegalStateException("cannot read the child's output", e);
        }
    }

    private static void awaitQuote(final int port, final String symbol) throws Exception {
        final HttpClient http = HttpClient.newHttpClient();
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/instruments/" + symbol
            + "/quote")).build();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(symbol + " never quoted");
    }
}
