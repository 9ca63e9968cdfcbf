package io.fdp.persistence.kafka;

import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournalHandler;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.Journals;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.persistence.sink.Outage;
import io.fdp.persistence.sink.SinkMetrics;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Tails the output journal and publishes its market data to Kafka exactly once, on its own thread.
 *
 * <p><b>What goes where</b> (see {@link KafkaTopics}; values are Protobuf, keys are symbols):
 * {@code fdp.market.v1.trades}, {@code .quotes}, {@code .candles}, {@code .books}, {@code .quality} receive
 * {@code TradePrint}, {@code Quote}, {@code Candle}, {@code BookSnapshot} and {@code DataQualityEvent} from the
 * output journal's TRADE, QUOTE, CANDLE, BOOK and DATA_QUALITY records. Trades carry the price and aggressor the
 * engine's book resolved, so an execution at the resting order's own price is published like any other.
 *
 * <p><b>Exactly once.</b> The producer is transactional with a stable {@code transactional.id} per sink
 * ({@link KafkaSinkConfig#transactionalId()}), idempotent, {@code acks=all}. Each transaction holds up to
 * {@link KafkaSinkConfig#commitEveryRecords()} records or {@link KafkaSinkConfig#commitIntervalNs()} of time, and
 * ends with a {@link SinkCheckpoint} (the last output-journal index read) written to the sink's compacted
 * checkpoint topic in the same transaction. Records and checkpoint therefore commit or vanish together. On start and
 * after any failure the sink opens a new producer, whose {@code initTransactions} fences every earlier producer of
 * the same id and completes or aborts its open transaction, then reads its last committed checkpoint
 * ({@code read_committed}) and resumes after it. Consumers reading with {@code isolation.level=read_committed} see
 * every record once: no gap (nothing is skipped past an uncommitted checkpoint) and no duplicate (nothing before a
 * committed one is sent again). A sink that finds itself fenced stops: another instance has taken over.
 *
 * <p><b>Failures.</b> A slow or absent broker never touches the engine: the sink only reads journal files. Broker
 * errors make it drop the producer, wait (exponential backoff from {@link KafkaSinkConfig#backoffMinNs()} to
 * {@link KafkaSinkConfig#backoffMaxNs()}), and start again from the checkpoint.
 *
 * <p>Lag getters ({@link SinkMetrics}) may be called from any thread; they are refreshed a few times a second, and
 * at every retry while the broker is unreachable.
 */
public final class KafkaSink implements AutoCloseable, SinkMetrics {
    /** Makes the producer; the default is {@code KafkaProducer::new}. */
    @FunctionalInterface
    public interface ProducerFactory {
        /**
         * Creates a producer.
         *
         * @param config the producer configuration.
         * @return the producer.
         */
        Producer<byte[], byte[]> create(Map<String, Object> config);
    }

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSink.class);
    private static final int READ_BATCH = 1_024;
    private static final long IDLE_PARK_NS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LAG_REFRESH_NS = TimeUnit.MILLISECONDS.toNanos(200);

    private final KafkaSinkConfig config;
    private final JournalConfig journal;
    private final InstrumentRegistry registry;
    private final boolean ownRegistry;
    private final ProducerFactory factory;
    private final byte[] checkpointKey;
    private final Thread thread;
    private final OutputRecord outputRecord = new OutputRecord();
    private final OutputRecord lagRecord = new OutputRecord();

    private volatile boolean running;
    private volatile Throwable failure;
    private volatile SinkCheckpoint committed = SinkCheckpoint.START;
    private volatile long lagEvents = -1;
    private volatile long lagNs;
    private volatile long transactions;
    private final Outage outage = new Outage();

    private SingleChronicleQueue outputQueue;
    private ExcerptTailer newestOutput;
    private ExcerptTailer oldestOutput;
    private OutputTail output;
    private SinkRecords records;
    private Producer<byte[], byte[]> producer;
    private boolean topicsCreated;
    private boolean inTransaction;
    private boolean sessionCommitted;
    private long transactionStartNs;
    private int transactionRecords;
    private long readsSinceCommit;
    private long lastEventTimeNs;
    private long safeEventTimeNs;
    private long lagRefreshedNs;

    /**
     * Creates a stopped sink with the default producer.
     *
     * @param config   Kafka settings.
     * @param journal  where the journals are ({@link JournalConfig#outputDir()}, roll cycle, book depth).
     * @param registry the engine's instruments, or null to read the journal's instrument log.
     */
    public KafkaSink(final KafkaSinkConfig config, final JournalConfig journal, final InstrumentRegistry registry) {
        this(config, journal, registry, KafkaProducer::new);
    }

    /**
     * Creates a stopped sink.
     *
     * @param config   Kafka settings.
     * @param journal  where the journals are.
     * @param registry the engine's instruments, or null to read the journal's instrument log.
     * @param factory  makes the producer.
     */
    public KafkaSink(final KafkaSinkConfig config, final JournalConfig journal, final InstrumentRegistry registry,
        final ProducerFactory factory) {
        this.config = config;
        this.journal = journal;
        this.ownRegistry = registry == null;
        this.registry = registry == null ? new InstrumentRegistry() : registry;
        this.factory = factory;
        this.checkpointKey = config.sinkId().getBytes(StandardCharsets.UTF_8);
        this.thread = new Thread(this::run, "fdp-kafka-sink-" + config.sinkId());
        thread.setDaemon(true);
    }

    /** Starts the sink's thread; a sink runs once (make a new one to run again). */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread.start();
    }

    /** Commits what was read, closes the producer and stops the thread (waits for it). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.NANOSECONDS.toMillis(config.maxBlockNs()) * 3 + 1_000);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Kafka sink {} did not stop in time", config.sinkId());
        }
    }

    private void run() {
        long backoffNs = config.backoffMinNs();
        try {
            while (running) {
                try {
                    session();
                    return;
                } catch (final RuntimeException ex) {
                    if (fenced(ex) || ex instanceof FatalSinkException) {
                        failure = ex;
                        LOG.error("Kafka sink {} stops", config.sinkId(), ex);
                        return;
                    }
                    outage.failed();
                    closeProducer(Duration.ZERO);
                    refreshLagFromCheckpoint();
                    backoffNs = sessionCommitted ? config.backoffMinNs() : backoffNs;
                    LOG.warn("Kafka sink {} failed, retrying from its checkpoint in {} ms: {}", config.sinkId(),
                        TimeUnit.NANOSECONDS.toMillis(backoffNs), describe(ex));
                    waitWhileRunning(backoffNs);
                    backoffNs = Math.min(backoffNs * 2, config.backoffMaxNs());
                }
            }
        } catch (final Error ex) {
            failure = ex;
            throw ex;
        } finally {
            closeProducer(Duration.ofNanos(config.maxBlockNs()));
            closeJournals();
            running = false;
        }
    }

    private void session() {
        sessionCommitted = false;
        inTransaction = false;
        openJournals();
        createTopics();
        producer = factory.create(producerConfig());
        producer.initTransactions();
        final SinkCheckpoint checkpoint = CheckpointReader.read(config.bootstrapServers(), config.checkpointTopic(),
            config.sinkId(), TimeUnit.NANOSECONDS.toMillis(config.maxBlockNs()));
        position(checkpoint);
        committed = checkpoint;
        LOG.info("Kafka sink {} resumes after output {} ({} records committed so far)", config.sinkId(),
            Long.toHexString(checkpoint.outputIndex()), checkpoint.records());
        while (running) {
            final long now = System.nanoTime();
            final int read = pumpOutput();
            if (inTransaction && (transactionRecords >= config.commitEveryRecords()
                || now - transactionStartNs >= config.commitIntervalNs())) {
                commit();
            }
            if (read == 0) {
                if (!inTransaction) {
                    readsSinceCommit = 0;
                    safeEventTimeNs = lastEventTimeNs;
                }
                refreshLagIfDue(now);
                LockSupport.parkNanos(IDLE_PARK_NS);
            } else {
                refreshLagIfDue(now);
            }
        }
        if (inTransaction) {
            commit();
        }
        closeProducer(Duration.ofNanos(config.maxBlockNs()));
    }

    private int pumpOutput() {
        int read = 0;
        while (read < READ_BATCH && output.read(outputRecord) != OutputTail.END) {
            read++;
            lastEventTimeNs = timeNs(outputRecord);
            final ProducerRecord<byte[], byte[]> record = records.output(outputRecord, output.lastIndex());
            if (record != null) {
                send(record);
            }
        }
        readsSinceCommit += read;
        return read;
    }

    private void send(final ProducerRecord<byte[], byte[]> record) {
        if (!inTransaction) {
            producer.beginTransaction();
            inTransaction = true;
            transactionStartNs = System.nanoTime();
            transactionRecords = 0;
        }
        producer.send(record);
        transactionRecords++;
    }

    private void commit() {
        final SinkCheckpoint next = new SinkCheckpoint(output.lastIndex(), lastEventTimeNs,
            committed.records() + transactionRecords);
        producer.send(new ProducerRecord<>(config.checkpointTopic(), 0, null, checkpointKey, next.encode()));
        producer.commitTransaction();
        inTransaction = false;
        sessionCommitted = true;
        committed = next;
        readsSinceCommit = 0;
        safeEventTimeNs = lastEventTimeNs;
        outage.recovered();
        transactions++;
    }

    private void position(final SinkCheckpoint checkpoint) {
        if (output != null) {
            output.close();
        }
        output = new OutputTail(outputQueue);
        final OutputTail tail = output;
        moveAfter(outputQueue, checkpoint.outputIndex(), tail::moveAfter, () -> tail.moveAfter(JournalHandler.NO_INDEX));
        lastEventTimeNs = checkpoint.eventTimeNs();
        safeEventTimeNs = lastEventTimeNs;
        readsSinceCommit = 0;
    }

    private void moveAfter(final SingleChronicleQueue queue, final long index, final java.util.function.LongPredicate move,
        final Runnable toStart) {
        if (move.test(index)) {
            return;
        }
        if (index < queue.firstIndex()) {
            LOG.error("Journal {} no longer holds checkpoint index {} (retention): resuming at its first document; the "
                + "documents in between were never published", queue.file(), Long.toHexString(index));
            toStart.run();
            return;
        }
        throw new FatalSinkException("journal " + queue.file() + " has no document at the checkpoint index "
            + Long.toHexString(index) + ": the checkpoint topic belongs to another journal");
    }

    private void openJournals() {
        if (outputQueue != null) {
            return;
        }
        if (!Files.isDirectory(journal.outputDir())) {
            throw new IllegalStateException("no output journal in " + journal.outputDir() + " yet");
        }
        outputQueue = Journals.openReadOnly(journal.outputDir(), journal.rollCycle());
        newestOutput = outputQueue.createTailer().direction(TailerDirection.BACKWARD);
        oldestOutput = outputQueue.createTailer();
        records = new SinkRecords(registry, ownRegistry ? JournaledEngine.instrumentLog(journal) : null, config,
            journal.bookDepth());
    }

    private void createTopics() {
        if (topicsCreated) {
            return;
        }
        final int timeoutMs = (int) TimeUnit.NANOSECONDS.toMillis(config.maxBlockNs());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs))) {
            KafkaTopics.create(admin, KafkaTopics.MARKET_TOPICS.stream().map(config::topic).toList(), config.partitions(),
                config.replicationFactor(), Map.of(), timeoutMs);
            KafkaTopics.create(admin, List.of(config.checkpointTopic()), 1, config.replicationFactor(),
                Map.of("cleanup.policy", "compact", "segment.bytes", String.valueOf(16 * 1024 * 1024)), timeoutMs);
        }
        topicsCreated = true;
    }

    private Map<String, Object> producerConfig() {
        final Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, config.transactionalId());
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, config.lingerMs());
        producerConfig.put(ProducerConfig.BATCH_SIZE_CONFIG, config.batchBytes());
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, TimeUnit.NANOSECONDS.toMillis(config.maxBlockNs()));
        producerConfig.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
            (int) TimeUnit.NANOSECONDS.toMillis(config.transactionTimeoutNs()));
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producerConfig.putAll(config.producerOverrides());
        return producerConfig;
    }

    private void refreshLagIfDue(final long now) {
        if (now - lagRefreshedNs < LAG_REFRESH_NS) {
            return;
        }
        lagRefreshedNs = now;
        refreshLag(output.lastIndex(), readsSinceCommit, safeEventTimeNs);
    }

    /** While the broker is unreachable the pump does not run: measure from the last committed checkpoint instead. */
    private void refreshLagFromCheckpoint() {
        if (outputQueue != null) {
            final SinkCheckpoint at = committed;
            refreshLag(at.outputIndex(), 0, at.eventTimeNs());
        }
    }

    private void refreshLag(final long outputIndex, final long pending, final long committedTimeNs) {
        final long behind = pending + unread(outputQueue, outputIndex);
        lagEvents = behind;
        if (behind == 0) {
            lagNs = 0;
            return;
        }
        final long since = committedTimeNs != 0 ? committedTimeNs : timeNs(oldestOutput.toStart(), committedTimeNs);
        lagNs = Math.max(0, timeNs(newestOutput.toEnd(), since) - since);
    }

    private static long unread(final SingleChronicleQueue queue, final long lastRead) {
        final long last = queue.lastIndex();
        if (last < 0 || last == lastRead) {
            return 0;
        }
        try {
            return lastRead == JournalHandler.NO_INDEX ? queue.entryCount() : queue.countExcerpts(lastRead, last);
        } catch (final RuntimeException ex) {
            LOG.debug("Cannot count the unread documents of {}", queue.file(), ex);
            return 0;
        }
    }

    /** The journal time of the record a tailer is on, or {@code fallback} when it holds none that decodes. */
    private long timeNs(final ExcerptTailer tailer, final long fallback) {
        try (DocumentContext document = tailer.readingDocument()) {
            if (!document.isPresent() || lagRecord.decode(document.wire().bytes()) <= 0) {
                return fallback;
            }
            return timeNs(lagRecord);
        }
    }

    /** The event time of a record; a candle's is its last trade's. */
    private static long timeNs(final OutputRecord record) {
        return record.kind() == OutputDescriptor.CANDLE ? record.lastTradeNs() : record.eventTimeNs();
    }

    private void closeProducer(final Duration timeout) {
        if (producer == null) {
            return;
        }
        try {
            producer.close(timeout);
        } catch (final RuntimeException ex) {
            LOG.debug("Closing the producer of sink {} failed", config.sinkId(), ex);
        }
        producer = null;
        inTransaction = false;
    }

    private void closeJournals() {
        if (output != null) {
            output.close();
        }
        if (newestOutput != null) {
            newestOutput.close();
            oldestOutput.close();
        }
        if (outputQueue != null) {
            outputQueue.close();
        }
    }

    private void waitWhileRunning(final long ns) {
        final long until = System.nanoTime() + ns;
        while (running && System.nanoTime() < until) {
            LockSupport.parkNanos(Math.min(until - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(20)));
        }
    }

    private static String describe(final Throwable ex) {
        final StringBuilder text = new StringBuilder(ex.toString());
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    private static boolean fenced(final Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Documents of the output journal whose records are not committed yet: read but uncommitted, or not read.
     *
     * @return that count, or -1 before the sink first measured it.
     */
    public long lagEvents() {
        return lagEvents;
    }

    /** @return {@link #lagEvents()}, 0 before the first measurement. */
    @Override
    public long lagRecords() {
        return Math.max(0, lagEvents);
    }

    /** @return how far behind the output journal's newest record the committed position is, in event time. */
    @Override
    public double lagSeconds() {
        return lagNs / 1e9;
    }

    @Override
    public long failures() {
        return outage.failures();
    }

    @Override
    public double outageSeconds() {
        return outage.seconds();
    }

    /** @return the last committed checkpoint (the one read at start until the first commit). */
    public SinkCheckpoint checkpoint() {
        return committed;
    }

    /** @return market records committed, over every run of this sink. */
    @Override
    public long committedRecords() {
        return committed.records();
    }

    /** @return transactions committed by this run. */
    public long transactions() {
        return transactions;
    }

    /** @return how often this run had to start again after a failure. */
    public long retries() {
        return outage.failures();
    }

    /** @return what stopped the sink for good (fenced by another instance, a foreign checkpoint), or null. */
    public Throwable failure() {
        return failure;
    }

    /** @return whether the sink's thread runs. */
    public boolean isRunning() {
        return running;
    }

    /** A failure that retrying cannot cure. */
    private static final class FatalSinkException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        FatalSinkException(final String message) {
            super(message);
        }
    }
}
