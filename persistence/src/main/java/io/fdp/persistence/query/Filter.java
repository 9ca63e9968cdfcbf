package io.fdp.persistence.query;

import com.google.protobuf.Timestamp;
import io.fdp.persistence.row.ProtoValues;
import io.fdp.proto.common.v1.LocalDate;
import io.fdp.proto.common.v1.TimeRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The WHERE clause of a query and its parameters, built from optional request fields. Not thread-safe. */
final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition with its parameters. */
    Filter where(final String condition, final Object... values) {
        conditions.add(condition);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    /** Adds {@code column = value} unless the value is empty. */
    Filter equal(final String column, final String value) {
        return value.isEmpty() ? this : where(column + " = ?", value);
    }

    /** Adds {@code column = name} unless the enum value is the unspecified one (number 0). */
    Filter equal(final String column, final com.google.protobuf.ProtocolMessageEnum value) {
        return value.getNumber() == 0 ? this : where(column + " = ?", value.getValueDescriptor().getName());
    }

    /** Adds the bounds of a half-open time range on a TIMESTAMPTZ column; unset bounds are open. */
    Filter range(final String column, final TimeRange range) {
        if (range.hasStart()) {
            where(column + " >= ?", instant(range.getStart()));
        }
        if (range.hasEnd()) {
            where(column + " < ?", instant(range.getEnd()));
        }
        return this;
    }

    /** Adds inclusive date bounds on a DATE expression; unset bounds are open. */
    Filter dates(final String expression, final boolean hasStart, final LocalDate start, final boolean hasEnd, final LocalDate end) {
        if (hasStart) {
            where(expression + " >= ?", ProtoValues.localDate(start));
        }
        if (hasEnd) {
            where(expression + " <= ?", ProtoValues.localDate(end));
        }
        return this;
    }

    /** Adds a case-insensitive substring match over several columns unless the text is empty. */
    Filter contains(final String text, final String... columns) {
        if (text.isEmpty()) {
            return this;
        }
        final String pattern = "%" + escapeLike(text) + "%";
        final List<String> matches = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        for (final String column : columns) {
            matches.add(column + " ILIKE ? ESCAPE '\\'");
            values.add(pattern);
        }
        return where("(" + String.join(" OR ", matches) + ")", values.toArray());
    }

    /** Adds a case-insensitive prefix match unless the prefix is empty. */
    Filter startsWith(final String column, final String prefix) {
        return prefix.isEmpty() ? this : where(column + " ILIKE ? ESCAPE '\\'", escapeLike(prefix) + "%");
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    private static java.time.Instant instant(final Timestamp timestamp) {
        return ProtoValues.instant(timestamp);
    }

    private static String escapeLike(final String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
