package io.fdp.api.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations with fixed buckets, one child per combination of label values. */
public final class Histogram {
    private final String[] labelNames;
    private final double[] bucketsSeconds;
    private final long[] bucketsNs;
    private final Map<List<String>, Child> children = new ConcurrentHashMap<>();

    Histogram(final String[] labelNames, final double[] bucketsSeconds) {
        this.labelNames = labelNames.clone();
        this.bucketsSeconds = bucketsSeconds.clone();
        Arrays.sort(this.bucketsSeconds);
        bucketsNs = new long[this.bucketsSeconds.length];
        for (int i = 0; i < bucketsNs.length; i++) {
            bucketsNs[i] = (long) (this.bucketsSeconds[i] * 1e9);
        }
    }

    /**
     * The child of a combination of label values.
     *
     * @param values one value per label name, in order.
     * @return the child.
     */
    public Child labels(final String... values) {
        if (values.length != labelNames.length) {
            throw new IllegalArgumentException("expected " + labelNames.length + " label values, got " + values.length);
        }
        return children.computeIfAbsent(List.of(values), key -> new Child());
    }

    void collect(final String name, final StringBuilder out) {
        for (final Map.Entry<List<String>, Child> entry : children.entrySet()) {
            final String labels = MetricsRegistry.labels(labelNames, entry.getKey());
            final Child child = entry.getValue();
            long cumulative = 0;
            for (int i = 0; i < bucketsNs.length; i++) {
                cumulative += child.buckets.get(i);
                out.append(name).append("_bucket{").append(labels).append(labels.isEmpty() ? "" : ",").append("le=\"")
                    .append(MetricsRegistry.number(bucketsSeconds[i])).append("\"} ").append(cumulative).append('\n');
            }
            final long count = child.count.sum();
            out.append(name).append("_bucket{").append(labels).append(labels.isEmpty() ? "" : ",").append("le=\"+Inf\"} ")
                .append(count).append('\n');
            final String braces = labels.isEmpty() ? "" : "{" + labels + "}";
            out.append(name).append("_sum").append(braces).append(' ')
                .append(MetricsRegistry.number(child.sumNs.sum() / 1e9)).append('\n');
            out.append(name).append("_count").append(braces).append(' ').append(count).append('\n');
        }
    }

    /** The observations of one combination of label values. */
    public final class Child {
        private final AtomicLongArray buckets = new AtomicLongArray(bucketsNs.length);
        private final LongAdder count = new LongAdder();
        private final LongAdder sumNs = new LongAdder();

        /**
         * Records a duration.
         *
         * @param durationNs the duration in nanoseconds.
         */
        public void observeNs(final long durationNs) {
            for (int i = 0; i < bucketsNs.length; i++) {
                if (durationNs <= bucketsNs[i]) {
                    buckets.incrementAndGet(i);
                    break;
                }
            }
            count.increment();
            sumNs.add(durationNs);
        }

        /** @return how many durations were recorded. */
        public long count() {
            return count.sum();
        }
    }
}
