package io.fdp.persistence.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file: {@code V<version>__<description>.sql}, or {@code V<version>__<description>_<dialect>.sql} when
 * it applies to one dialect only.
 *
 * @param version the version; migrations apply in ascending version order.
 * @param description the words of the file name.
 * @param dialect the dialect it is for, or {@code null} for every dialect.
 * @param script the file name.
 * @param sql the file content.
 */
public record Migration(int version, String description, Dialect dialect, String script, String sql) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+?)(?:_(postgres|timescale))?\\.sql");

    /**
     * Checks the components.
     *
     * @param version the version.
     * @param description the description.
     * @param dialect the dialect or null.
     * @param script the file name.
     * @param sql the content.
     */
    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * Reads a migration from its file name and content.
     *
     * @param script the file name.
     * @param sql the content.
     * @return the migration.
     * @throws MigrationException if the name is not of the migration form.
     */
    public static Migration of(final String script, final String sql) {
        final Matcher matcher = NAME.matcher(script);
        if (!matcher.matches()) {
            throw new MigrationException("'" + script
                + "' is not a migration name: expected V<version>__<description>[_postgres|_timescale].sql");
        }
        final Dialect dialect = matcher.group(3) == null ? null : Dialect.fromLabel(matcher.group(3));
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), dialect, script, sql);
    }

    /**
     * The checksum recorded when the migration is applied.
     *
     * @return SHA-256 of the UTF-8 content, in lower-case hex.
     */
    public String checksum() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
