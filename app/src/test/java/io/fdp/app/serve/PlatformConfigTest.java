package io.fdp.app.serve;

import io.fdp.app.config.FdpConfig;
import io.fdp.app.progress.Progress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformConfigTest {
    private static final Path EXAMPLE = Path.of("../deploy/fdp.properties");

    @Test
    void exampleConfigurationDescribesEveryPart() throws Exception {
        final PlatformConfig config = PlatformConfig.from(FdpConfig.load(EXAMPLE, Map.of(), new Properties()).values());
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/fdp"));
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://timescaledb:5432/fdp");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.kafkaFeedTopic()).isNull();
        assertThat(config.feeds()).extracting(PlatformConfig.Feed::format).containsExactly("lobster", "kraken", "synthetic");
        assertThat(config.feeds().get(0).orderbook()).hasFileName("AAPL_2012-06-21_34200000_57600000_orderbook_10.csv");
        assertThat(config.feeds().get(2).synthetic()).isEqualTo(new PlatformConfig.Synthetic(4, 100_000, 1_000, 1));
        assertThat(config.reference()).extracting(PlatformConfig.Reference::kind)
            .containsExactly("fred-rate", "ecb", "binance-instruments");
        assertThat(config.api().host()).isEqualTo("0.0.0.0");
        assertThat(config.api().authEnabled()).isTrue();
        assertThat(config.api().jwksFile()).isEqualTo(Path.of("/etc/fdp/jwks.json"));
        assertThat(config.api().issuer()).isEqualTo("https://issuer.example");
        assertThat(config.progress()).isEqualTo(Progress.When.AUTO);
    }

    @Test
    void environmentVariablesOverrideTheFile() throws Exception {
        final PlatformConfig config = PlatformConfig.from(FdpConfig.load(EXAMPLE, Map.of("FDP_DB_URL", "",
            "FDP_FEED_AAPL_INPUT", "/elsewhere/a.csv,/elsewhere/b.csv", "FDP_API_PORT", "9999"), new Properties()).values());
        assertThat(config.jdbcUrl()).as("blank means the embedded database").isNull();
        assertThat(config.feeds().get(0).inputs()).containsExactly(Path.of("/elsewhere/a.csv"), Path.of("/elsewhere/b.csv"));
        assertThat(config.api().port()).isEqualTo(9999);
    }

    @Test
    void emptySettingsRunNothingButTheApiOnEmbeddedDefaults() {
        final PlatformConfig config = PlatformConfig.from(Map.of());
        assertThat(config.feeds()).isEmpty();
        assertThat(config.reference()).isEmpty();
        assertThat(config.jdbcUrl()).isNull();
        assertThat(config.kafkaBootstrapServers()).isNull();
        assertThat(config.dataDir()).isEqualTo(Path.of(PlatformConfig.DATA_DIR_DEFAULT));
    }

    @Test
    void rejectsMistakesWithTheKeyAtFault() {
        final Map<String, String> settings = new HashMap<>(Map.of("fdp.feeds", "a", "fdp.feed.a.format", "itch",
            "fdp.feed.a.input", "x.gz"));
        assertThat(PlatformConfig.from(settings).feeds()).hasSize(1);
        assertThat(rejection(settings, "fdp.feed.a.inputs", "y")).contains("unknown setting fdp.feed.a.inputs");
        assertThat(rejection(settings, "fdp.feed.b.format", "itch")).contains("unknown setting fdp.feed.b.format");
        assertThat(rejection(settings, "fdp.feed.a.format", "csv")).contains("fdp.feed.a.format=csv");
        assertThat(rejection(settings, "fdp.feeds", "A_1")).contains("'A_1' is not a name");
        assertThat(rejection(settings, "fdp.reference", "r")).contains("missing setting fdp.reference.r.kind");
        assertThat(rejection(settings, "fdp.kafka.feed.topic", "t")).contains("fdp.kafka.bootstrap.servers is not");
        assertThat(rejection(settings, "fdp.api.auth.enabled", "yes")).contains("expected true or false");
        assertThatThrownBy(() -> PlatformConfig.from(Map.of("fdp.feeds", "s", "fdp.feed.s.format", "synthetic",
            "fdp.feed.s.events", "0"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(PlatformConfig.from(Map.of("fdp.feeds", "s", "fdp.feed.s.format", "synthetic")).feeds().get(0)
            .synthetic())).containsExactly(new PlatformConfig.Synthetic(4, 100_000, 0, 1));
    }

    @Test
    void checkFilesNamesEveryFileThatCannotBeRead(@org.junit.jupiter.api.io.TempDir final Path dir) throws Exception {
        final Path present = java.nio.file.Files.writeString(dir.resolve("present.csv"), "x");
        final PlatformConfig config = PlatformConfig.from(Map.of("fdp.feeds", "a,b", "fdp.feed.a.format", "lobster",
            "fdp.feed.a.input", present.toString(), "fdp.feed.a.orderbook", dir.resolve("book.csv").toString(),
            "fdp.feed.b.format", "synthetic", "fdp.reference", "r", "fdp.reference.r.kind", "ecb",
            "fdp.reference.r.file", dir.resolve("ecb.csv").toString()));
        assertThatThrownBy(config::checkFiles).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("book.csv").hasMessageContaining("ecb: " + dir.resolve("ecb.csv"))
            .hasMessageNotContaining(": " + present);
        PlatformConfig.from(Map.of("fdp.feeds", "a", "fdp.feed.a.format", "itch", "fdp.feed.a.input", present.toString()))
            .checkFiles();
    }

    private static String rejection(final Map<String, String> base, final String key, final String value) {
        final Map<String, String> settings = new HashMap<>(base);
        settings.put(key, value);
        return org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
            () -> PlatformConfig.from(settings)).getMessage();
    }
}
