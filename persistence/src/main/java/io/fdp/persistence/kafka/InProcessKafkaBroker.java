package io.fdp.persistence.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running inside this JVM, for tests and the demo.
 *
 * <p>{@link #start()} formats the log directory on first use, picks two free loopback ports once and starts the node;
 * {@link #stop()} shuts it down; a later {@link #start()} restarts it on the same log directory and ports, so clients
 * keep their bootstrap address across a restart. Every replication factor is 1. Thread-safe (methods are synchronised).
 * Production uses an external cluster: this class never listens beyond 127.0.0.1.
 */
public final class InProcessKafkaBroker implements AutoCloseable {
    private static final long READY_TIMEOUT_MS = 30_000;

    private final Path dataDir;
    private final Properties overrides;
    private int brokerPort;
    private int controllerPort;
    private KafkaRaftServer server;

    /**
     * Creates a stopped broker.
     *
     * @param dataDir   its directory (the log directory and the properties file go below it); created if absent.
     * @param overrides broker properties that replace the defaults (may be empty).
     */
    public InProcessKafkaBroker(final Path dataDir, final Properties overrides) {
        this.dataDir = dataDir;
        this.overrides = new Properties();
        this.overrides.putAll(overrides);
    }

    /**
     * Creates and starts a broker with the default settings.
     *
     * @param dataDir its directory.
     * @return the running broker.
     */
    public static InProcessKafkaBroker start(final Path dataDir) {
        final InProcessKafkaBroker broker = new InProcessKafkaBroker(dataDir, new Properties());
        broker.start();
        return broker;
    }

    /**
     * Starts the node (formatting its log directory the first time) and waits until it serves clients.
     *
     * @return the bootstrap servers.
     * @throws IllegalStateException when it is already running or does not come up.
     */
    public synchronized String start() {
        if (server != null) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(dataDir);
            if (brokerPort == 0) {
                brokerPort = freePort();
                controllerPort = freePort();
            }
            final Properties props = properties();
            final Path file = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "fdp in-process Kafka");
            }
            if (!Files.exists(logDir().resolve("meta.properties"))) {
                format(file);
            }
            final KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            started.startup();
            server = started;
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot start Kafka in " + dataDir, ex);
        }
        awaitReady();
        return bootstrapServers();
    }

    private Properties properties() {
        final Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir().toString());
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", "4194304");
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.putAll(overrides);
        return props;
    }

    private void format(final Path propertiesFile) {
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        final int status;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                propertiesFile.toString()}, out);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting " + logDir() + " failed (" + status + "): "
                + captured.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT_MS,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT_MS))) {
            admin.describeCluster().nodes().get(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (final ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Kafka in " + dataDir + " did not come up", ex);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka started", ex);
        }
    }

    /** Shuts the node down and waits until it has stopped; the log directory is kept for a restart. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    /** @return whether the node is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** @return the bootstrap servers ({@code 127.0.0.1:port}); stable across restarts once started. */
    public synchronized String bootstrapServers() {
        if (brokerPort == 0) {
            throw new IllegalStateException("never started");
        }
        return "127.0.0.1:" + brokerPort;
    }

    /** @return the directory holding the partitions and the cluster metadata. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
