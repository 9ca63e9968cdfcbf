package io.fdp.benchmarks;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Run settings that every fdp benchmark inherits: throughput in operations per second, a short warm-up and
 * measurement (the development machines have two cores shared with other work), and one fork with a fixed heap and
 * the module flags that Agrona (and Chronicle Queue, if loaded) need; command-line options override any of them.
 * <p>
 * {@code -Dsun.misc.unsafe.memory.access=allow} is what {@code --sun-misc-unsafe-memory-access=allow} sets on JDK 24+
 * (silencing the warning JMH's own use of {@code sun.misc.Unsafe} prints), written as a property so JDK 21 accepts it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "-Xms2g",
    "-Xmx2g",
    "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dsun.misc.unsafe.memory.access=allow",
    "-Dchronicle.analytics.disable=true",
    "-Dchronicle.announcer.disable=true",
})
public abstract class BenchmarkSettings {
    /** Events applied per invocation by the single-threaded benchmarks, which report per event. */
    public static final int BATCH = 1_024;
}
