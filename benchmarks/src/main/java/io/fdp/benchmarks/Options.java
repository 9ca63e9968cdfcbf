package io.fdp.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name=value} options of a benchmark {@code main}; any other argument is an error. */
public final class Options {
    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    /**
     * Parses the arguments.
     *
     * @param args  the arguments of {@code main}.
     * @param names the option names the program knows, without dashes.
     * @return the options given.
     * @throws IllegalArgumentException for an argument that is not {@code --name=value} with a known name.
     */
    public static Options parse(final String[] args, final String... names) {
        final Options options = new Options();
        final List<String> known = List.of(names);
        for (final String arg : args) {
            final int equals = arg.indexOf('=');
            final String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            options.values.put(name, arg.substring(equals + 1));
        }
        return options;
    }

    /**
     * An integer option.
     *
     * @param name     the option's name without dashes.
     * @param fallback the value when it was not given.
     * @return the value.
     */
    public int intValue(final String name, final int fallback) {
        final String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /**
     * A long integer option.
     *
     * @param name     the option's name without dashes.
     * @param fallback the value when it was not given.
     * @return the value.
     */
    public long longValue(final String name, final long fallback) {
        final String value = values.get(name);
        return value == null ? fallback : Long.parseLong(value);
    }
}
