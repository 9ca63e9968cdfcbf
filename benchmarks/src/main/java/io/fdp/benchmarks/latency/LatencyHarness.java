package io.fdp.benchmarks.latency;

import io.fdp.benchmarks.stream.OrderFlowStream;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Publish-to-subscriber latency of the engine and of the ArrayBlockingQueue baseline at fixed offered rates, corrected
 * for coordinated omission: every event is scheduled at {@code t0 + i / rate} and its latency counts from that
 * intended time, however late it was actually sent.
 * <p>
 * For each rate, in the same JVM: first the {@link HandOffFloorRun hand-off floor} (the same sender and subscriber
 * loop around a thread that only echoes, which shows what the machine alone costs), then the engine, then the
 * baseline, the last two replaying {@link OrderFlowStream#standard()}; each run warms up before it records. Usage:
 * <pre>
 *   java --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED -cp benchmarks.jar \
 *       io.fdp.benchmarks.latency.LatencyHarness [--warmup=SECONDS] [--seconds=SECONDS] [--wait=STRATEGY,...] [RATE ...]
 * </pre>
 * Rates are events per second and may end in {@code k} or {@code m}; the defaults are 100k and 1m, 5 s of warm-up,
 * 10 s measured and the yielding wait strategy. With several wait strategies the engine runs once with each, and the
 * baseline once per rate.
 */
public final class LatencyHarness {
    private static final long MAX_LAG_NS = 2_000_000_000L;

    private LatencyHarness() {
    }

    /**
     * Runs the harness and prints one table row per pipeline and rate.
     *
     * @param args options and rates, see the class comment.
     * @throws InterruptedException when interrupted.
     */
    public static void main(final String[] args) throws InterruptedException {
        if (!Object.class.getModule().isExported("jdk.internal.misc", LatencyHarness.class.getModule())) {
            System.err.println("Agrona needs --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED on the java command line");
            System.exit(2);
        }
        long warmupSeconds = 5;
        long seconds = 10;
        List<String> waitStrategies = List.of("yielding");
        final List<Long> rates = new ArrayList<>();
        for (final String arg : args) {
            if (arg.startsWith("--warmup=")) {
                warmupSeconds = Long.parseLong(arg.substring("--warmup=".length()));
            } else if (arg.startsWith("--seconds=")) {
                seconds = Long.parseLong(arg.substring("--seconds=".length()));
            } else if (arg.startsWith("--wait=")) {
                waitStrategies = List.of(arg.substring("--wait=".length()).split(","));
            } else {
                rates.add(parseRate(arg));
            }
        }
        if (rates.isEmpty()) {
            rates.add(100_000L);
            rates.add(1_000_000L);
        }

        final PrintStream out = System.out;
        final OrderFlowStream stream = OrderFlowStream.standard();
        out.printf(Locale.ROOT, "Stream: %d events per pass over %d instruments; %d s warm-up, %d s measured per run;"
            + " engine wait strategies %s; %d CPUs%n", stream.length, stream.instruments, warmupSeconds, seconds,
            String.join(",", waitStrategies), Runtime.getRuntime().availableProcessors());
        final List<LatencyResult> floors = new ArrayList<>();
        final List<List<LatencyResult>> results = new ArrayList<>();
        for (final long rate : rates) {
            final List<LatencyResult> atRate = new ArrayList<>();
            for (final String waitStrategy : waitStrategies) {
                final RunSettings settings = new RunSettings(rate, rate * warmupSeconds, rate * (warmupSeconds + seconds),
                    waitStrategy, MAX_LAG_NS);
                atRate.add(EngineLatencyRun.run(stream, settings));
                out.println(atRate.get(atRate.size() - 1).row());
            }
            final RunSettings settings = new RunSettings(rate, rate * warmupSeconds, rate * (warmupSeconds + seconds),
                waitStrategies.get(0), MAX_LAG_NS);
            floors.add(HandOffFloorRun.run(settings));
            out.println(floors.get(floors.size() - 1).row());
            atRate.add(BaselineLatencyRun.run(stream, settings));
            out.println(atRate.get(atRate.size() - 1).row());
            results.add(atRate);
        }
        out.println();
        out.println(LatencyResult.header());
        for (int r = 0; r < results.size(); r++) {
            final List<LatencyResult> atRate = results.get(r);
            final LatencyResult baseline = atRate.get(atRate.size() - 1);
            out.println(floors.get(r).row());
            for (final LatencyResult result : atRate) {
                out.println(result.row());
            }
            for (final LatencyResult engine : atRate.subList(0, atRate.size() - 1)) {
                out.printf(Locale.ROOT, "%-26s %10d %12s %8.1fx %8.1fx %8.1fx %9.1fx %10.1fx%n",
                    "baseline / " + engine.pipeline().replace("fdp engine ", ""), engine.offeredRate(), "",
                    baseline.us(50) / engine.us(50), baseline.us(99) / engine.us(99), baseline.us(99.9) / engine.us(99.9),
                    baseline.us(99.99) / engine.us(99.99),
                    (double) baseline.latencies().getMaxValue() / engine.latencies().getMaxValue());
            }
        }
    }

    private static long parseRate(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT).replace("_", "");
        if (lower.endsWith("k")) {
            return Long.parseLong(lower.substring(0, lower.length() - 1)) * 1_000;
        }
        if (lower.endsWith("m")) {
            return Long.parseLong(lower.substring(0, lower.length() - 1)) * 1_000_000;
        }
        return Long.parseLong(lower);
    }
}
