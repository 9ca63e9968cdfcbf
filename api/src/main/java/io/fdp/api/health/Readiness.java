package io.fdp.api.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The named readiness checks behind {@code /ready}; any module may add one. Thread-safe. */
public final class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final Map<String, ReadinessCheck> checks = new LinkedHashMap<>();

    /**
     * Adds a check.
     *
     * @param name  a short name, such as {@code database}.
     * @param check the check.
     */
    public synchronized void add(final String name, final ReadinessCheck check) {
        if (checks.putIfAbsent(name, check) != null) {
            throw new IllegalArgumentException("readiness check '" + name + "' is already registered");
        }
    }

    /**
     * Runs every check; a check that throws counts as not ready.
     *
     * @return each check's outcome, in the order added.
     */
    public synchronized Map<String, ReadinessCheck.Status> run() {
        final Map<String, ReadinessCheck.Status> results = new LinkedHashMap<>();
        for (final Map.Entry<String, ReadinessCheck> entry : checks.entrySet()) {
            ReadinessCheck.Status status;
            try {
                status = entry.getValue().check();
            } catch (final RuntimeException e) {
                LOG.warn("Readiness check {} failed", entry.getKey(), e);
                status = ReadinessCheck.Status.down(e.toString());
            }
            results.put(entry.getKey(), status);
        }
        return results;
    }
}
