package io.fdp.app.serve;

import io.fdp.app.Fdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path dir;

    private int serve(final Path config, final ByteArrayOutputStream err) {
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return Fdp.run("serve", "--config", config.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            for (final String key : List.of("fdp.data.dir", "fdp.api.host", "fdp.api.auth.enabled", "fdp.api.auth.issuer")) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void refusesToServeBeyondLoopbackWithoutAuthenticationBeforeStartingAnything() throws Exception {
        final Path data = dir.resolve("data");
        final Path config = Files.writeString(dir.resolve("fdp.properties"),
            "fdp.data.dir=" + data + "\nfdp.api.host=0.0.0.0\nfdp.api.auth.enabled=false\n");
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(serve(config, err)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("authentication may be switched off only on a loopback address");
        assertThat(data).doesNotExist();
    }

    @Test
    void refusesAuthenticationWithoutKeys() throws Exception {
        final Path config = Files.writeString(dir.resolve("fdp.properties"), "fdp.data.dir=" + dir.resolve("data")
            + "\nfdp.api.host=0.0.0.0\nfdp.api.auth.enabled=true\nfdp.api.auth.issuer=https://issuer.test\n");
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(serve(config, err)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no JWKS is configured");
    }
}
