package io.fdp.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void splitsAtSemicolonsOutsideQuotesCommentsAndBodies() {
        final List<SqlScript.Statement> statements = SqlScript.split("""
            -- a comment; with a semicolon
            CREATE TABLE t (name TEXT DEFAULT 'a;b', "odd;name" INTEGER);
            /* block; /* nested; */ still; */ SELECT 1;

            CREATE FUNCTION f() RETURNS INTEGER LANGUAGE plpgsql AS $$
            BEGIN
                RETURN 1;
            END
            $$;
            CREATE FUNCTION g() RETURNS TEXT LANGUAGE sql AS $body$ SELECT 'x;$$;'; $body$
            """);
        assertThat(statements).extracting(SqlScript.Statement::line).containsExactly(2, 3, 5, 10);
        assertThat(statements.get(0).sql()).isEqualTo("CREATE TABLE t (name TEXT DEFAULT 'a;b', \"odd;name\" INTEGER)");
        assertThat(statements.get(1).sql()).isEqualTo("/* block; /* nested; */ still; */ SELECT 1");
        assertThat(statements.get(2).sql()).startsWith("CREATE FUNCTION f()").endsWith("END\n$$");
        assertThat(statements.get(3).sql()).endsWith("$body$ SELECT 'x;$$;'; $body$");
    }

    @Test
    void keepsDoubledQuotesAndPositionalParametersApart() {
        assertThat(SqlScript.split("SELECT 'it''s; fine', $1; SELECT 2")).extracting(SqlScript.Statement::sql)
            .containsExactly("SELECT 'it''s; fine', $1", "SELECT 2");
    }

    @Test
    void rejectsAnUnclosedBody() {
        assertThatThrownBy(() -> SqlScript.split("SELECT 1;\nDO $$ BEGIN NULL; END;\n"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unclosed $$ body starting on line 2");
    }
}
