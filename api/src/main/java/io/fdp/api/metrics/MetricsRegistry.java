package io.fdp.api.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The metrics served at {@code /metrics} in the Prometheus text format (version 0.0.4). Other modules add their own
 * series here (a sink's lag as a gauge, say). Values are read when Prometheus scrapes: a gauge or counter given as a
 * {@link LongSupplier} costs the measured code nothing, so hot-path counters stay plain fields of their owner.
 * Counter names must end in {@code _total}. Thread-safe.
 */
public final class MetricsRegistry {
    /** Media type of the exposition. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Default buckets of request latency histograms, in seconds: 50 microseconds to 10 seconds. */
    public static final double[] LATENCY_BUCKETS_SECONDS = {
        0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10,
    };

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    /** The type of a metric family. */
    public enum Type {
        /** A value that goes up and down. */
        GAUGE,
        /** A count that only goes up (reset on restart). */
        COUNTER,
        /** Bucketed observations. */
        HISTOGRAM,
    }

    private final Map<String, Family> families = new ConcurrentSkipListMap<>();

    private record Family(String help, Type type, Consumer<StringBuilder> writer) {
    }

    /**
     * Adds a gauge read at scrape time.
     *
     * @param name  the metric name, such as {@code fdp_sink_lag_events}.
     * @param help  one line of description.
     * @param value reads the value; it must be cheap and thread-safe.
     */
    public void gauge(final String name, final String help, final LongSupplier value) {
        family(name, help, Type.GAUGE, samples -> samples.add(value.getAsLong()));
    }

    /**
     * Adds a counter whose owner keeps the count (an engine counter, say), read at scrape time.
     *
     * @param name  the metric name, ending in {@code _total}.
     * @param help  one line of description.
     * @param value reads the count; it must be cheap and thread-safe.
     */
    public void counter(final String name, final String help, final LongSupplier value) {
        family(name, help, Type.COUNTER, samples -> samples.add(value.getAsLong()));
    }

    /**
     * Adds a counter that this registry keeps.
     *
     * @param name the metric name, ending in {@code _total}.
     * @param help one line of description.
     * @return the counter to increment.
     */
    public Counter counter(final String name, final String help) {
        final Counter counter = new Counter();
        counter(name, help, counter::get);
        return counter;
    }

    /**
     * Adds a family whose samples, with labels, are produced at scrape time.
     *
     * @param name      the metric name.
     * @param help      one line of description.
     * @param type      the type.
     * @param collector adds the samples.
     */
    public void family(final String name, final String help, final Type type, final Consumer<Samples> collector) {
        if (type == Type.HISTOGRAM) {
            throw new IllegalArgumentException("use histogram() for histograms");
        }
        register(name, help, type, out -> collector.accept((value, labels) -> {
            out.append(name);
            if (labels.length > 0) {
                out.append('{').append(labels(labels)).append('}');
            }
            out.append(' ').append(number(value)).append('\n');
        }));
    }

    /**
     * Adds a histogram of durations.
     *
     * @param name           the metric name, such as {@code fdp_api_request_duration_seconds}.
     * @param help           one line of description.
     * @param bucketsSeconds upper bounds of the buckets, in seconds.
     * @param labelNames     the label names.
     * @return the histogram.
     */
    public Histogram histogram(final String name, final String help, final double[] bucketsSeconds, final String... labelNames) {
        final Histogram histogram = new Histogram(labelNames, bucketsSeconds);
        register(name, help, Type.HISTOGRAM, out -> histogram.collect(name, out));
        return histogram;
    }

    /**
     * Adds a family that writes its own exposition lines (for histograms kept elsewhere, such as the engine's).
     *
     * @param name   the metric name.
     * @param help   one line of description.
     * @param type   the type.
     * @param writer appends the family's sample lines in the Prometheus text format.
     */
    public void custom(final String name, final String help, final Type type, final Consumer<StringBuilder> writer) {
        register(name, help, type, writer);
    }

    private void register(final String name, final String help, final Type type, final Consumer<StringBuilder> writer) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Prometheus metric name: '" + name + "'");
        }
        if (type == Type.COUNTER && !name.endsWith("_total")) {
            throw new IllegalArgumentException("counter names end in _total: '" + name + "'");
        }
        if (families.putIfAbsent(name, new Family(help.replace('\n', ' '), type, writer)) != null) {
            throw new IllegalArgumentException("metric '" + name + "' is already registered");
        }
    }

    /** @return the names of the registered families, sorted. */
    public List<String> names() {
        return new ArrayList<>(families.keySet());
    }

    /**
     * Writes every family in the Prometheus text format.
     *
     * @return the exposition.
     */
    public String scrape() {
        final StringBuilder out = new StringBuilder(16_384);
        for (final Map.Entry<String, Family> entry : families.entrySet()) {
            final Family family = entry.getValue();
            out.append("# HELP ").append(entry.getKey()).append(' ').append(family.help().replace("\\", "\\\\")).append('\n');
            out.append("# TYPE ").append(entry.getKey()).append(' ').append(family.type().name().toLowerCase(Locale.ROOT))
                .append('\n');
            family.writer().accept(out);
        }
        return out.toString();
    }

    static String labels(final String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name-value pairs");
        }
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
        }
        return out.toString();
    }

    static String labels(final String[] names, final List<String> values) {
        final String[] pairs = new String[names.length * 2];
        for (int i = 0; i < names.length; i++) {
            pairs[2 * i] = names[i];
            pairs[2 * i + 1] = values.get(i);
        }
        return labels(pairs);
    }

    private static String escape(final String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(final double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
