-- Stand-ins for the TimescaleDB functions fdp's TimescaleDB migration calls, for a PostgreSQL without the extension.
-- Same names and argument names as TimescaleDB 2.x; "any" arguments (which SQL and PL/pgSQL functions cannot take)
-- are typed as what fdp passes (INTERVAL), and first/last are numeric-only. Each call is recorded in
-- timescale_stub.calls so the test can check what the migration asked TimescaleDB to do.
CREATE SCHEMA timescale_stub;

CREATE TABLE timescale_stub.calls (
    seq SERIAL PRIMARY KEY,
    function_name TEXT NOT NULL,
    arguments TEXT NOT NULL
);

CREATE FUNCTION timescale_stub.create_hypertable(
    relation REGCLASS,
    time_column_name NAME,
    partitioning_column NAME DEFAULT NULL,
    number_partitions INTEGER DEFAULT NULL,
    associated_schema_name NAME DEFAULT NULL,
    associated_table_prefix NAME DEFAULT NULL,
    chunk_time_interval ANYELEMENT DEFAULT NULL::BIGINT,
    create_default_indexes BOOLEAN DEFAULT TRUE,
    if_not_exists BOOLEAN DEFAULT FALSE,
    partitioning_func REGPROC DEFAULT NULL,
    migrate_data BOOLEAN DEFAULT FALSE,
    chunk_target_size TEXT DEFAULT NULL,
    chunk_sizing_func REGPROC DEFAULT NULL,
    time_partitioning_func REGPROC DEFAULT NULL
) RETURNS TABLE (hypertable_id INTEGER, schema_name NAME, table_name NAME, created BOOLEAN)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM pg_attribute WHERE attrelid = relation AND attname = time_column_name AND atttypid = 'timestamptz'::regtype
        AND attnotnull;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'create_hypertable: % has no NOT NULL TIMESTAMPTZ column %', relation, time_column_name;
    END IF;
    INSERT INTO timescale_stub.calls (function_name, arguments)
        VALUES ('create_hypertable', relation::TEXT || ' ' || time_column_name || ' ' || chunk_time_interval::TEXT);
    RETURN QUERY SELECT 1, 'public'::NAME, relation::TEXT::NAME, TRUE;
END
$$;

CREATE FUNCTION timescale_stub.add_compression_policy(
    hypertable REGCLASS,
    compress_after INTERVAL,
    if_not_exists BOOLEAN DEFAULT FALSE,
    schedule_interval INTERVAL DEFAULT NULL,
    initial_start TIMESTAMPTZ DEFAULT NULL,
    timezone TEXT DEFAULT NULL,
    compress_created_before INTERVAL DEFAULT NULL
) RETURNS INTEGER
LANGUAGE sql AS $$
    INSERT INTO timescale_stub.calls (function_name, arguments)
        VALUES ('add_compression_policy', hypertable::TEXT || ' ' || compress_after::TEXT) RETURNING seq;
$$;

CREATE FUNCTION timescale_stub.add_continuous_aggregate_policy(
    continuous_aggregate REGCLASS,
    start_offset INTERVAL,
    end_offset INTERVAL,
    schedule_interval INTERVAL,
    if_not_exists BOOLEAN DEFAULT FALSE,
    initial_start TIMESTAMPTZ DEFAULT NULL,
    timezone TEXT DEFAULT NULL
) RETURNS INTEGER
LANGUAGE sql AS $$
    INSERT INTO timescale_stub.calls (function_name, arguments)
        VALUES ('add_continuous_aggregate_policy', continuous_aggregate::TEXT || ' ' || start_offset::TEXT || ' '
            || end_offset::TEXT || ' ' || schedule_interval::TEXT) RETURNING seq;
$$;

CREATE FUNCTION timescale_stub.time_bucket(bucket_width INTERVAL, ts TIMESTAMPTZ) RETURNS TIMESTAMPTZ
LANGUAGE sql IMMUTABLE AS $$
    SELECT date_bin(bucket_width, ts, TIMESTAMPTZ '2000-01-03 00:00:00+00');
$$;

CREATE TYPE timescale_stub.value_at AS (value NUMERIC, at TIMESTAMPTZ);

CREATE FUNCTION timescale_stub.first_step(state timescale_stub.value_at, value NUMERIC, at TIMESTAMPTZ)
RETURNS timescale_stub.value_at LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN state IS NULL OR at < (state).at THEN ROW(value, at)::timescale_stub.value_at ELSE state END;
$$;

CREATE FUNCTION timescale_stub.last_step(state timescale_stub.value_at, value NUMERIC, at TIMESTAMPTZ)
RETURNS timescale_stub.value_at LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN state IS NULL OR at >= (state).at THEN ROW(value, at)::timescale_stub.value_at ELSE state END;
$$;

CREATE FUNCTION timescale_stub.value_of(state timescale_stub.value_at) RETURNS NUMERIC LANGUAGE sql IMMUTABLE AS $$
    SELECT (state).value;
$$;

CREATE AGGREGATE timescale_stub.first(NUMERIC, TIMESTAMPTZ) (
    SFUNC = timescale_stub.first_step, STYPE = timescale_stub.value_at, FINALFUNC = timescale_stub.value_of
);

CREATE AGGREGATE timescale_stub.last(NUMERIC, TIMESTAMPTZ) (
    SFUNC = timescale_stub.last_step, STYPE = timescale_stub.value_at, FINALFUNC = timescale_stub.value_of
);
