package io.fdp.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FdpConfigTest {
    @TempDir
    Path dir;

    @Test
    void environmentOverridesTheFileAndSystemPropertiesOverrideBoth() throws Exception {
        final Path file = Files.writeString(dir.resolve("fdp.properties"),
            "fdp.engine.ring.size = 1024\nfdp.engine.wait.strategy=blocking\nfdp.api.port=9000\n");
        final Properties system = new Properties();
        system.setProperty("fdp.api.port", "9100");
        system.setProperty("java.version", "ignored");
        final FdpConfig config = FdpConfig.load(file, Map.of("FDP_ENGINE_RING_SIZE", "4096", "HOME", "/root"), system);
        assertThat(config.values()).containsExactlyInAnyOrderEntriesOf(Map.of(
            "fdp.engine.ring.size", "4096", "fdp.engine.wait.strategy", "blocking", "fdp.api.port", "9100"));
        assertThat(config.get("fdp.absent", "x")).isEqualTo("x");
    }

    @Test
    void environmentNamesMapToPropertyNames() {
        assertThat(FdpConfig.propertyName("FDP_JOURNAL_SNAPSHOT_EVENTS")).isEqualTo("fdp.journal.snapshot.events");
    }

    @Test
    void keysOutsideTheFdpNamespaceAndMissingFilesAreErrors() throws Exception {
        final Path file = Files.writeString(dir.resolve("bad.properties"), "engine.ring.size=1\n");
        assertThatThrownBy(() -> FdpConfig.load(file, Map.of(), new Properties()))
            .hasMessageContaining("key 'engine.ring.size' does not start with 'fdp.'");
        assertThatThrownBy(() -> FdpConfig.load(dir.resolve("absent"), Map.of(), new Properties()))
            .hasMessageContaining("cannot read the configuration file");
    }
}
