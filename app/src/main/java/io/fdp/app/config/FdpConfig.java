package io.fdp.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * fdp's settings: every component reads {@code fdp.*} system properties with its own defaults (the
 * {@code *_PROP_NAME} constants of each Context-style config class); this class fills them from a properties file
 * and the environment before the components are built.
 *
 * <p>Precedence, lowest first: the component's default, the file ({@code --config FILE}), an environment variable
 * (the key upper-cased with dots as underscores: {@code fdp.engine.ring.size} is {@code FDP_ENGINE_RING_SIZE}), a
 * {@code -D} system property given to the JVM.
 */
public final class FdpConfig {
    private static final String PREFIX = "fdp.";

    private final Map<String, String> values;

    private FdpConfig(final Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads the settings.
     *
     * @param file        the properties file, or null for none.
     * @param environment the environment (normally {@code System.getenv()}).
     * @param system      the system properties already set (they win).
     * @return the merged settings.
     * @throws IOException when the file cannot be read.
     */
    public static FdpConfig load(final Path file, final Map<String, String> environment, final Properties system)
        throws IOException {
        final Map<String, String> merged = new TreeMap<>();
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read the configuration file " + file);
            }
            final Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (final String key : properties.stringPropertyNames()) {
                if (!key.startsWith(PREFIX)) {
                    throw new IllegalArgumentException("configuration file " + file + ": key '" + key
                        + "' does not start with '" + PREFIX + "'");
                }
                merged.put(key, properties.getProperty(key).trim());
            }
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("FDP_") && name.length() > 4) {
                merged.put(propertyName(name), value);
            }
        });
        for (final String key : system.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                merged.put(key, system.getProperty(key));
            }
        }
        return new FdpConfig(merged);
    }

    /**
     * The property an environment variable overrides.
     *
     * @param environmentName for example {@code FDP_ENGINE_RING_SIZE}.
     * @return for example {@code fdp.engine.ring.size}.
     */
    public static String propertyName(final String environmentName) {
        return environmentName.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** Publishes the settings as system properties, where the components read them. */
    public void apply() {
        values.forEach(System::setProperty);
    }

    /**
     * One setting.
     *
     * @param key      the property name.
     * @param fallback the value when unset.
     * @return the value.
     */
    public String get(final String key, final String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** @return every {@code fdp.*} setting, sorted by name. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }
}
