package io.fdp.app;

import io.fdp.app.config.FdpConfig;
import io.fdp.app.importer.ImportCommand;
import io.fdp.app.ingest.IngestCommand;
import io.fdp.app.replay.ReplayCommand;
import io.fdp.app.serve.DemoCommand;
import io.fdp.app.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code fdp} command line: every command of the platform hangs off this one. */
@Command(
    name = "fdp",
    mixinStandardHelpOptions = true,
    versionProvider = Fdp.Version.class,
    subcommands = {DemoCommand.class, ServeCommand.class, ReplayCommand.class, IngestCommand.class, ImportCommand.class},
    description = "fdp, a low-latency financial market-data engine.",
    footer = "%nRun 'fdp COMMAND --help' for the options of a command.")
public final class Fdp implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Loads a configuration file (then the environment, then {@code -D} properties win) before the command runs.
     *
     * @param file the properties file.
     * @throws IOException when it cannot be read.
     */
    @CommandLine.Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
        description = "Settings file (fdp.* properties); FDP_* environment variables and -D override it.")
    void config(final java.nio.file.Path file) throws IOException {
        FdpConfig.load(file, System.getenv(), System.getProperties()).apply();
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments.
     */
    public static void main(final String[] args) {
        // fdp makes no outbound calls: Chronicle's usage analytics and banner stay off however fdp is started.
        System.setProperty("chronicle.analytics.disable", "true");
        System.setProperty("chronicle.announcer.disable", "true");
        try {
            FdpConfig.load(null, System.getenv(), System.getProperties()).apply();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting the JVM.
     *
     * @param args the command-line arguments.
     * @return the exit status: 0 on success, 2 on a usage error, 1 on a failure.
     */
    public static int run(final String... args) {
        final CommandLine commandLine = new CommandLine(new Fdp()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println(line.getColorScheme().errorText("fdp " + line.getCommandName() + ": " + failure.getMessage()));
            if (!(failure instanceof IllegalArgumentException)) {
                failure.printStackTrace(line.getErr());
            }
            return failure instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    /** Without a command, fdp prints its usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The version of this build, as stamped into {@code version.properties} by the build.
     *
     * @return the version string, for example {@code 0.1.0-SNAPSHOT}.
     */
    public static String version() {
        try (InputStream in = Fdp.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the fdp build");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fdp " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
