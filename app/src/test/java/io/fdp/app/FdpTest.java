package io.fdp.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FdpTest {
    @Test
    void versionIsStampedByTheBuild() {
        assertThat(Fdp.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void versionOptionPrintsTheVersion() {
        final Captured captured = Captured.run("--version");
        assertThat(captured.status).isZero();
        assertThat(captured.out).startsWith("fdp " + Fdp.version());
    }

    @Test
    void helpOptionPrintsUsage() {
        final Captured captured = Captured.run("--help");
        assertThat(captured.status).isZero();
        assertThat(captured.out).contains("Usage: fdp").contains("--version");
    }

    @Test
    void configFileSetsTheSettingsComponentsRead(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
        throws Exception {
        final java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("fdp.properties"),
            "fdp.test.setting=from-file\n");
        try {
            assertThat(Captured.run("--config", file.toString(), "--version").status).isZero();
            assertThat(System.getProperty("fdp.test.setting")).isEqualTo("from-file");
        } finally {
            System.clearProperty("fdp.test.setting");
        }
    }

    @Test
    void serveHelpListsTheSettings() {
        final Captured captured = Captured.run("serve", "--help");
        assertThat(captured.status).isZero();
        assertThat(captured.out).contains("Usage: fdp serve").contains("--config=FILE").contains("fdp.db.url")
            .contains("fdp.kafka.bootstrap.servers").contains("fdp.feed.NAME.format").contains("fdp.api.auth.jwks.file")
            .contains("deploy/fdp.properties");
    }

    @Test
    void unknownOptionIsAUsageError() {
        final Captured captured = Captured.run("--no-such-option");
        assertThat(captured.status).isEqualTo(2);
        assertThat(captured.err).contains("Unknown option: '--no-such-option'");
    }

    /** What one run of the command line printed. */
    private record Captured(int status, String out, String err) {
        static Captured run(final String... args) {
            final PrintStream oldOut = System.out;
            final PrintStream oldErr = System.err;
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                final int status = Fdp.run(args);
                return new Captured(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
