package io.fdp.persistence.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at the semicolons outside quotes, comments and dollar-quoted bodies, so each
 * statement can run (and fail) on its own with its line number.
 */
public final class SqlScript {
    private SqlScript() {
    }

    /**
     * One statement of a script.
     *
     * @param line line of the script (1-based) where the statement starts.
     * @param sql the statement without its semicolon, comments before it removed.
     */
    public record Statement(int line, String sql) {
    }

    /**
     * Splits a script.
     *
     * @param script SQL statements separated by semicolons.
     * @return the statements in order; blank and comment-only parts are left out.
     * @throws IllegalArgumentException if a quote, comment or dollar-quoted body is not closed.
     */
    public static List<Statement> split(final String script) {
        final List<Statement> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        final int n = script.length();
        while (i < n) {
            final char c = script.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(script, i, c);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                final int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                i = skipBlockComment(script, i);
            } else if (c == '$' && dollarTag(script, i) != null) {
                final String tag = dollarTag(script, i);
                final int end = script.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed " + tag + " body starting on line " + lineOf(script, i));
                }
                i = end + tag.length();
            } else if (c == ';') {
                add(statements, script, start, i);
                start = ++i;
            } else {
                i++;
            }
        }
        add(statements, script, start, n);
        return statements;
    }

    private static void add(final List<Statement> statements, final String script, final int start, final int end) {
        int from = start;
        while (true) {
            while (from < end && Character.isWhitespace(script.charAt(from))) {
                from++;
            }
            if (from + 1 < end && script.startsWith("--", from)) {
                final int newline = script.indexOf('\n', from);
                from = newline < 0 || newline > end ? end : newline + 1;
            } else {
                break;
            }
        }
        final String sql = script.substring(from, end).strip();
        if (!sql.isEmpty()) {
            statements.add(new Statement(lineOf(script, from), sql));
        }
    }

    private static int skipQuoted(final String script, final int open, final char quote) {
        int i = open + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed " + quote + " starting on line " + lineOf(script, open));
    }

    private static int skipBlockComment(final String script, final int open) {
        int depth = 0;
        int i = open;
        while (i < script.length()) {
            if (script.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (script.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unclosed comment starting on line " + lineOf(script, open));
    }

    /** The dollar-quote tag starting at {@code i} ({@code $$} or {@code $name$}), or null if there is none. */
    private static String dollarTag(final String script, final int i) {
        if (i > 0 && (Character.isLetterOrDigit(script.charAt(i - 1)) || script.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < script.length() && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
            j++;
        }
        if (j < script.length() && script.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(script.charAt(i + 1)))) {
            return script.substring(i, j + 1);
        }
        return null;
    }

    private static int lineOf(final String script, final int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (script.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
