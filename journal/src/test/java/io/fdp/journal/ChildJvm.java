package io.fdp.journal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM for crash tests: this JVM's java, the module flags it was started with (which
 * Agrona and Chronicle need), a 512 MB heap, this JVM's class path, then the main class and its arguments. Shared with
 * the other modules' tests through this module's test jar.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Builds the command.
     *
     * @param mainClass the class whose {@code main} the child runs.
     * @param arguments its arguments.
     * @return the command, ready for a {@link ProcessBuilder}.
     */
    public static List<String> command(final String mainClass, final String... arguments) {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-") || argument.startsWith("--enable-native-access")
                || argument.startsWith("--sun-misc") || argument.startsWith("-Dchronicle")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }
}
