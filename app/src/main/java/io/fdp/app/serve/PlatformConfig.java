package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import io.fdp.app.importer.ReferenceImport;
import io.fdp.app.progress.Progress;
import io.fdp.feed.Feeds;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.kafka.KafkaSinkConfig;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a {@link Platform} runs: where its data lives, which database and Kafka cluster it uses, what it feeds and
 * imports, and its API. The demo builds one in code; {@code fdp serve} reads one from the settings
 * ({@link #from(Map)}: the {@code fdp.*} properties of {@code --config FILE}, overridden by {@code FDP_*} environment
 * variables and {@code -D}).
 *
 * <p>The settings keys of the platform itself are the {@code *_PROP_NAME} constants here; a feed or reference file
 * is named in a list and described by keys under its name:
 * <pre>
 * fdp.feeds=aapl,btc
 * fdp.feed.aapl.format=lobster
 * fdp.feed.aapl.input=/data/AAPL_message_10.csv
 * fdp.feed.aapl.orderbook=/data/AAPL_orderbook_10.csv
 * fdp.feed.btc.format=synthetic
 * fdp.feed.btc.events=100000
 * fdp.reference=sofr
 * fdp.reference.sofr.kind=fred-rate
 * fdp.reference.sofr.file=/data/SOFR.csv
 * </pre>
 * Names are lower-case letters and digits, so that environment variables reach them ({@code FDP_FEED_AAPL_INPUT}).
 * Not thread-safe: configure, then hand over.
 */
public final class PlatformConfig {
    /** Where the embedded database, journals and snapshots live. */
    public static final String DATA_DIR_PROP_NAME = "fdp.data.dir";
    /** Default data directory. */
    public static final String DATA_DIR_DEFAULT = "fdp-data";
    /** JDBC URL of an external PostgreSQL/TimescaleDB; unset or blank: the embedded PostgreSQL. */
    public static final String JDBC_URL_PROP_NAME = Database.URL_PROP_NAME;
    /** Kafka bootstrap servers; unset or blank: no Kafka. When set, the Kafka sink publishes the engine's output. */
    public static final String KAFKA_PROP_NAME = KafkaSinkConfig.BOOTSTRAP_SERVERS_PROP_NAME;
    /** Topic of raw engine events to feed from (with Kafka on); unset: no Kafka input. */
    public static final String KAFKA_FEED_TOPIC_PROP_NAME = "fdp.kafka.feed.topic";
    /** Consumer group of the Kafka input, shared by the engine instances that split its partitions. */
    public static final String KAFKA_FEED_GROUP_PROP_NAME = "fdp.kafka.feed.group";
    /** Default consumer group. */
    public static final String KAFKA_FEED_GROUP_DEFAULT = "fdp-engine";
    /** Comma-separated names of the recorded or synthetic inputs, fed one after the other. */
    public static final String FEEDS_PROP_NAME = "fdp.feeds";
    /** Prefix of the keys describing one feed: {@code fdp.feed.NAME.format} and so on. */
    public static final String FEED_PREFIX = "fdp.feed.";
    /** Comma-separated names of the reference-data files imported at start. */
    public static final String REFERENCE_PROP_NAME = "fdp.reference";
    /** Prefix of the keys describing one reference file: {@code fdp.reference.NAME.kind} and {@code .file}. */
    public static final String REFERENCE_PREFIX = "fdp.reference.";
    /** Progress lines on stderr while feeding and importing: auto (on a terminal), always or never. */
    public static final String PROGRESS_PROP_NAME = "fdp.progress";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+");
    private static final Set<String> FEED_KEYS = Set.of("format", "input", "orderbook", "date", "events", "rate",
        "instruments", "seed");
    private static final Set<String> REFERENCE_KEYS = Set.of("kind", "file");

    private Path dataDir = Path.of(DATA_DIR_DEFAULT);
    private String jdbcUrl;
    private ApiConfig api = new ApiConfig();
    private List<Feed> feeds = List.of();
    private List<Reference> reference = List.of();
    private String kafkaBootstrapServers;
    private String kafkaFeedTopic;
    private String kafkaFeedGroup = KAFKA_FEED_GROUP_DEFAULT;
    private Progress.When progress = Progress.When.AUTO;

    /**
     * One input fed on the feed thread: a recorded file of a format of {@link Feeds#FORMATS}, or the synthetic order
     * flow.
     *
     * @param format    the format, or {@code synthetic}.
     * @param inputs    the files (none for the synthetic flow).
     * @param orderbook the LOBSTER orderbook file that seeds the book, or null.
     * @param date      the session date of ITCH/LOBSTER input, or null to take it from the file name.
     * @param synthetic the synthetic flow's settings, or null for a recorded file.
     */
    public record Feed(String format, List<Path> inputs, Path orderbook, LocalDate date, Synthetic synthetic) {
        /** Validates and copies. */
        public Feed {
            inputs = List.copyOf(inputs);
            if (synthetic == null && inputs.isEmpty()) {
                throw new IllegalArgumentException("feed " + format + " has no input file");
            }
        }

        /**
         * A recorded input.
         *
         * @param format    a format of {@link Feeds#FORMATS}.
         * @param inputs    its files.
         * @param orderbook the LOBSTER orderbook file, or null.
         * @return the feed.
         */
        public static Feed recorded(final String format, final List<Path> inputs, final Path orderbook) {
            return new Feed(format, inputs, orderbook, null, null);
        }

        /**
         * The synthetic order flow.
         *
         * @param settings its settings.
         * @return the feed.
         */
        public static Feed synthetic(final Synthetic settings) {
            return new Feed("synthetic", List.of(), null, null, settings);
        }

        /** @return a short description for logs and progress lines. */
        public String label() {
            return synthetic != null ? "synthetic " + synthetic.instruments() + " instruments"
                : format + " " + inputs.get(0).getFileName();
        }
    }

    /**
     * The bounded synthetic order flow ({@code SYN0000}, ...): a fixed number of events from a seed.
     *
     * @param instruments     how many instruments.
     * @param events          how many events in all.
     * @param eventsPerSecond the paced rate (event times are then the wall clock), or 0 for as fast as possible.
     * @param seed            the generator's seed.
     */
    public record Synthetic(int instruments, long events, long eventsPerSecond, long seed) {
        /** Validates. */
        public Synthetic {
            if (instruments <= 0 || events <= 0 || eventsPerSecond < 0) {
                throw new IllegalArgumentException("a synthetic feed needs instruments > 0, events > 0 and a rate >= 0");
            }
        }
    }

    /**
     * One reference-data file imported at start (idempotently).
     *
     * @param kind a kind of {@link ReferenceImport#KINDS}.
     * @param file the file.
     */
    public record Reference(String kind, Path file) {
    }

    /**
     * Reads the platform's description from settings; the API's keys not read here ({@code fdp.api.io.threads}, ...)
     * and every component's tuning keys are read by the components from the system properties.
     *
     * @param settings the {@code fdp.*} settings, for example {@code FdpConfig.values()}.
     * @return the description.
     * @throws IllegalArgumentException when a key is malformed, unknown under a feed or reference, or missing.
     */
    public static PlatformConfig from(final Map<String, String> settings) {
        final PlatformConfig config = new PlatformConfig();
        config.dataDir(Path.of(settings.getOrDefault(DATA_DIR_PROP_NAME, DATA_DIR_DEFAULT)));
        config.jdbcUrl(blankToNull(settings.get(JDBC_URL_PROP_NAME)));
        config.kafka(blankToNull(settings.get(KAFKA_PROP_NAME)), blankToNull(settings.get(KAFKA_FEED_TOPIC_PROP_NAME)),
            settings.getOrDefault(KAFKA_FEED_GROUP_PROP_NAME, KAFKA_FEED_GROUP_DEFAULT));
        if (config.kafkaFeedTopic() != null && config.kafkaBootstrapServers() == null) {
            throw new IllegalArgumentException(KAFKA_FEED_TOPIC_PROP_NAME + " is set but " + KAFKA_PROP_NAME + " is not");
        }
        config.progress(Progress.When.valueOf(settings.getOrDefault(PROGRESS_PROP_NAME, "auto").toUpperCase(Locale.ROOT)));
        config.api(api(settings));
        final List<String> feedNames = names(settings, FEEDS_PROP_NAME, FEED_PREFIX, FEED_KEYS);
        final List<Feed> feeds = new ArrayList<>();
        for (final String name : feedNames) {
            feeds.add(feed(name, new Keys(settings, FEED_PREFIX + name + ".")));
        }
        config.feeds(feeds);
        final List<Reference> reference = new ArrayList<>();
        for (final String name : names(settings, REFERENCE_PROP_NAME, REFERENCE_PREFIX, REFERENCE_KEYS)) {
            final Keys keys = new Keys(settings, REFERENCE_PREFIX + name + ".");
            final String kind = keys.required("kind");
            if (!ReferenceImport.KINDS.contains(kind)) {
                throw new IllegalArgumentException(keys.name("kind") + "=" + kind + ": known kinds are " + ReferenceImport.KINDS);
            }
            reference.add(new Reference(kind, Path.of(keys.required("file"))));
        }
        config.reference(reference);
        return config;
    }

    /**
     * Checks that every input, orderbook and reference file can be read, so that a mistyped path stops the start with
     * its name rather than an input going missing later.
     *
     * @throws IllegalArgumentException naming the files that cannot be read.
     */
    public void checkFiles() {
        final List<String> unreadable = new ArrayList<>();
        for (final Feed feed : feeds) {
            final List<Path> files = new ArrayList<>(feed.inputs());
            if (feed.orderbook() != null) {
                files.add(feed.orderbook());
            }
            files.stream().filter(file -> !Files.isReadable(file)).forEach(file -> unreadable.add(feed.label() + ": " + file));
        }
        reference.stream().filter(file -> !Files.isReadable(file.file()))
            .forEach(file -> unreadable.add(file.kind() + ": " + file.file()));
        if (!unreadable.isEmpty()) {
            throw new IllegalArgumentException("cannot read " + String.join("; ", unreadable));
        }
    }

    private static ApiConfig api(final Map<String, String> settings) {
        final ApiConfig api = new ApiConfig();
        final Keys keys = new Keys(settings, "");
        keys.ifSet(ApiConfig.HOST_PROP_NAME, api::host);
        keys.ifSet(ApiConfig.PORT_PROP_NAME, value -> api.port(Integer.parseInt(value)));
        keys.ifSet(ApiConfig.AUTH_ENABLED_PROP_NAME, value -> api.authEnabled(bool(ApiConfig.AUTH_ENABLED_PROP_NAME, value)));
        keys.ifSet(ApiConfig.JWKS_FILE_PROP_NAME, value -> api.jwksFile(Path.of(value)));
        keys.ifSet(ApiConfig.JWKS_URL_PROP_NAME, value -> api.jwksUrl(URI.create(value)));
        keys.ifSet(ApiConfig.ISSUER_PROP_NAME, api::issuer);
        keys.ifSet(ApiConfig.AUDIENCE_PROP_NAME, api::audience);
        keys.ifSet(ApiConfig.CLOCK_SKEW_PROP_NAME, value -> api.clockSkew(Duration.parse(value)));
        keys.ifSet(ApiConfig.METRICS_AUTHENTICATED_PROP_NAME,
            value -> api.metricsAuthenticated(bool(ApiConfig.METRICS_AUTHENTICATED_PROP_NAME, value)));
        return api;
    }

    private static boolean bool(final String key, final String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new IllegalArgumentException(key + "=" + value + ": expected true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static Feed feed(final String name, final Keys keys) {
        final String format = keys.required("format").toLowerCase(Locale.ROOT);
        if ("synthetic".equals(format)) {
            return Feed.synthetic(new Synthetic(Integer.parseInt(keys.get("instruments", "4")),
                Long.parseLong(keys.get("events", "100000")), Long.parseLong(keys.get("rate", "0")),
                Long.parseLong(keys.get("seed", "1"))));
        }
        if (!Feeds.FORMATS.contains(format)) {
            throw new IllegalArgumentException(keys.name("format") + "=" + format + ": known formats are " + Feeds.FORMATS
                + " and synthetic");
        }
        final List<Path> inputs = new ArrayList<>();
        for (final String input : keys.required("input").split(",")) {
            if (!input.isBlank()) {
                inputs.add(Path.of(input.trim()));
            }
        }
        final String orderbook = keys.get("orderbook", null);
        final String date = keys.get("date", null);
        return new Feed(format, inputs, orderbook == null ? null : Path.of(orderbook), date == null ? null : LocalDate.parse(date),
            null);
    }

    /** The names listed under {@code listKey}; every key under {@code prefix} must belong to one of them. */
    private static List<String> names(final Map<String, String> settings, final String listKey, final String prefix,
        final Set<String> attributes) {
        final Set<String> names = new LinkedHashSet<>();
        for (final String name : settings.getOrDefault(listKey, "").split(",")) {
            final String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(trimmed).matches()) {
                throw new IllegalArgumentException(listKey + ": '" + trimmed + "' is not a name of lower-case letters and digits");
            }
            names.add(trimmed);
        }
        for (final String key : settings.keySet()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            final String rest = key.substring(prefix.length());
            final int dot = rest.indexOf('.');
            if (dot < 0 || !names.contains(rest.substring(0, dot)) || !attributes.contains(rest.substring(dot + 1))) {
                throw new IllegalArgumentException("unknown setting " + key + ": expected " + prefix + "NAME." + attributes
                    + " with NAME listed in " + listKey + " (" + String.join(",", names) + ")");
            }
        }
        return List.copyOf(names);
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Reads the keys under one prefix. */
    private record Keys(Map<String, String> settings, String prefix) {
        String name(final String key) {
            return prefix + key;
        }

        String get(final String key, final String fallback) {
            final String value = blankToNull(settings.get(prefix + key));
            return value == null ? fallback : value;
        }

        String required(final String key) {
            final String value = get(key, null);
            if (value == null) {
                throw new IllegalArgumentException("missing setting " + prefix + key);
            }
            return value;
        }

        void ifSet(final String key, final Consumer<String> setter) {
            final String value = get(key, null);
            if (value != null) {
                setter.accept(value);
            }
        }
    }

    /** @return where the embedded database, journals and snapshots live. */
    public Path dataDir() {
        return dataDir;
    }

    /** @param value where the embedded database, journals and snapshots live. @return this. */
    public PlatformConfig dataDir(final Path value) {
        dataDir = value;
        return this;
    }

    /** @return the JDBC URL of an external database, or null for the embedded one. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** @param value the JDBC URL of an external database, or null for the embedded one. @return this. */
    public PlatformConfig jdbcUrl(final String value) {
        jdbcUrl = value;
        return this;
    }

    /** @return the API's settings. */
    public ApiConfig api() {
        return api;
    }

    /** @param value the API's settings. @return this. */
    public PlatformConfig api(final ApiConfig value) {
        api = value;
        return this;
    }

    /** @return the inputs, fed one after the other. */
    public List<Feed> feeds() {
        return feeds;
    }

    /** @param value the inputs, fed one after the other. @return this. */
    public PlatformConfig feeds(final List<Feed> value) {
        feeds = List.copyOf(value);
        return this;
    }

    /** @return the reference-data files imported at start. */
    public List<Reference> reference() {
        return reference;
    }

    /** @param value the reference-data files imported at start. @return this. */
    public PlatformConfig reference(final List<Reference> value) {
        reference = List.copyOf(value);
        return this;
    }

    /**
     * Sets the Kafka cluster.
     *
     * @param bootstrapServers the brokers, or null for no Kafka.
     * @param feedTopic        the topic of raw engine events to feed from, or null for no Kafka input.
     * @param feedGroup        the consumer group of the Kafka input.
     * @return this.
     */
    public PlatformConfig kafka(final String bootstrapServers, final String feedTopic, final String feedGroup) {
        kafkaBootstrapServers = bootstrapServers;
        kafkaFeedTopic = feedTopic;
        kafkaFeedGroup = feedGroup;
        return this;
    }

    /** @return the Kafka brokers, or null when Kafka is off. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** @return the topic of the Kafka input, or null for none. */
    public String kafkaFeedTopic() {
        return kafkaFeedTopic;
    }

    /** @return the consumer group of the Kafka input. */
    public String kafkaFeedGroup() {
        return kafkaFeedGroup;
    }

    /** @return when progress lines are drawn. */
    public Progress.When progress() {
        return progress;
    }

    /** @param value when progress lines are drawn. @return this. */
    public PlatformConfig progress(final Progress.When value) {
        progress = value;
        return this;
    }
}
