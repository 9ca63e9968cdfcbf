package io.fdp.app.progress;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator on stderr for long imports and replays, redrawn in place a few times a second by a
 * daemon thread that samples a counter (the counting thread pays nothing but keeping its counter readable).
 *
 * <p>Shown only when asked ({@link When#ALWAYS}) or, by default, when the process runs on a terminal: output
 * redirected to a file or a test run stays clean. One task is tracked at a time; tracking another ends the line of
 * the previous one with its final count.
 */
public final class Progress implements AutoCloseable {
    /** When to show progress. */
    public enum When {
        /** On a terminal only. */
        AUTO,
        /** Always, even when stderr is redirected. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    private static final long REDRAW_NS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintStream err;
    private final boolean shown;
    private final Object lock = new Object();
    private Thread ticker;
    private String label;
    private String unit;
    private LongSupplier counter;
    private long total;
    private long startNs;
    private int drawnLength;

    private Progress(final PrintStream err, final boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /**
     * Creates a progress line on stderr.
     *
     * @param when when to show it.
     * @return the progress line (silent when not shown).
     */
    public static Progress on(final When when) {
        return new Progress(System.err, when == When.ALWAYS || when == When.AUTO && terminal());
    }

    /**
     * Creates a progress line on a stream (tests).
     *
     * @param err   where to draw.
     * @param shown whether to draw at all.
     * @return the progress line.
     */
    static Progress to(final PrintStream err, final boolean shown) {
        return new Progress(err, shown);
    }

    /** @return whether this process runs on an interactive terminal. */
    public static boolean terminal() {
        final Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // From Java 22 a Console exists even when redirected, and says whether it is a terminal.
            final Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (final NoSuchMethodException e) {
            return true;
        } catch (final ReflectiveOperationException e) {
            throw new IllegalStateException("cannot ask the console whether it is a terminal", e);
        }
    }

    /** @return whether anything is drawn. */
    public boolean shown() {
        return shown;
    }

    /**
     * Starts tracking a task, ending the line of the previous one.
     *
     * @param name    what is being done, for example a file name.
     * @param what    the unit counted, for example {@code events}.
     * @param count   the count so far; read from the drawing thread, so it must be safe to read from any thread.
     * @param expected the count when done, or 0 when unknown (then no percentage is shown).
     */
    public void track(final String name, final String what, final LongSupplier count, final long expected) {
        if (!shown) {
            return;
        }
        synchronized (lock) {
            endLine();
            label = name;
            unit = what;
            counter = count;
            total = expected;
            startNs = System.nanoTime();
            if (ticker == null) {
                ticker = new Thread(this::tick, "fdp-progress");
                ticker.setDaemon(true);
                ticker.start();
            }
        }
    }

    /** Draws the final count of the current task and ends its line. */
    public void done() {
        if (!shown) {
            return;
        }
        synchronized (lock) {
            endLine();
        }
    }

    /** Ends the current line and stops drawing. */
    @Override
    public void close() {
        if (!shown) {
            return;
        }
        final Thread running;
        synchronized (lock) {
            endLine();
            running = ticker;
            ticker = null;
        }
        if (running != null) {
            running.interrupt();
        }
    }

    private void tick() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                TimeUnit.NANOSECONDS.sleep(REDRAW_NS);
            } catch (final InterruptedException e) {
                return;
            }
            synchronized (lock) {
                if (ticker != Thread.currentThread()) {
                    return;
                }
                if (counter != null) {
                    draw();
                }
            }
        }
    }

    private void endLine() {
        if (counter != null) {
            draw();
            err.println();
            err.flush();
            counter = null;
            drawnLength = 0;
        }
    }

    private void draw() {
        final String line = line(label, unit, counter.getAsLong(), total, System.nanoTime() - startNs);
        err.print('\r');
        err.print(line);
        for (int i = line.length(); i < drawnLength; i++) {
            err.print(' ');
        }
        err.flush();
        drawnLength = line.length();
    }

    /**
     * One progress line.
     *
     * @param name      the task.
     * @param what      the unit counted.
     * @param count     the count so far.
     * @param expected  the count when done, or 0 when unknown.
     * @param elapsedNs time since the task started.
     * @return for example {@code lobster: 45,000 events (49%), 1.2M events/s}.
     */
    static String line(final String name, final String what, final long count, final long expected, final long elapsedNs) {
        final StringBuilder text = new StringBuilder(name).append(": ").append(String.format(Locale.ROOT, "%,d %s", count, what));
        if (expected > 0) {
            text.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, count * 100 / expected)));
        }
        if (elapsedNs > 0) {
            text.append(", ").append(rate(count * 1e9 / elapsedNs)).append(' ').append(what).append("/s");
        }
        return text.toString();
    }

    private static String rate(final double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
        if (perSecond >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }
}
