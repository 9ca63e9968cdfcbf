package io.fdp.persistence.schema;

/**
 * How a column holds the value of a Protobuf field: its SQL type and the conversion both ways.
 *
 * <p>The kind is decided by the field's type alone (see {@link ProtoSchemaMapper}); an array column holds the
 * same kind per element.
 */
public enum ColumnKind {
    /** {@code string}: text. */
    TEXT("TEXT", 25),
    /** {@code int32}, {@code sint32}, {@code sfixed32}: 32-bit integer. */
    INT4("INTEGER", 23),
    /** {@code int64}, {@code sint64}, {@code sfixed64}: 64-bit integer. */
    INT8("BIGINT", 20),
    /** {@code uint32}, {@code fixed32}: a 64-bit integer holds the whole unsigned range. */
    UINT32("BIGINT", 20),
    /** {@code uint64}, {@code fixed64}: exact NUMERIC holds the whole unsigned range. */
    UINT64("NUMERIC(20,0)", 1700),
    /** {@code bool}. */
    BOOL("BOOLEAN", 16),
    /** {@code double}. */
    FLOAT8("DOUBLE PRECISION", 701),
    /** {@code float}. */
    FLOAT4("REAL", 700),
    /** {@code bytes}. */
    BYTES("BYTEA", 17),
    /** An enum: the value's name, constrained by a CHECK listing the allowed names. */
    ENUM("TEXT", 25),
    /** {@code fdp.common.v1.Decimal}: exact NUMERIC, {@code mantissa * 10^exponent}. */
    DECIMAL("NUMERIC", 1700),
    /** {@code google.protobuf.Timestamp}: TIMESTAMPTZ, which keeps microseconds. */
    TIMESTAMP("TIMESTAMPTZ", 1184),
    /** The nanoseconds since the Unix epoch of a {@code Timestamp}, beside its TIMESTAMPTZ column. */
    EPOCH_NS("BIGINT", 20),
    /** {@code fdp.common.v1.LocalDate}: DATE. */
    DATE("DATE", 1082),
    /** A {@code map<string, scalar>}: a JSONB object. */
    JSON_MAP("JSONB", 3802),
    /** A repeated message that is not flattened: a JSONB array in the proto3 JSON mapping. */
    JSON_MESSAGES("JSONB", 3802);

    private final String sqlType;
    private final int typeOid;

    ColumnKind(final String sqlType, final int typeOid) {
        this.sqlType = sqlType;
        this.typeOid = typeOid;
    }

    /**
     * The SQL type of a single value.
     *
     * @return the type as written in DDL, such as {@code NUMERIC}.
     */
    public String sqlType() {
        return sqlType;
    }

    /**
     * The PostgreSQL type OID of a single value, as written in binary COPY arrays.
     *
     * @return the OID from {@code pg_type}.
     */
    public int typeOid() {
        return typeOid;
    }

    /**
     * The PostgreSQL element type name for {@code Connection.createArrayOf}.
     *
     * @return the type name, such as {@code numeric}.
     */
    public String elementTypeName() {
        return switch (this) {
            case TEXT, ENUM -> "text";
            case INT4 -> "int4";
            case INT8, UINT32, EPOCH_NS -> "int8";
            case UINT64, DECIMAL -> "numeric";
            case BOOL -> "bool";
            case FLOAT8 -> "float8";
            case FLOAT4 -> "float4";
            case BYTES -> "bytea";
            case TIMESTAMP -> "timestamptz";
            case DATE -> "date";
            case JSON_MAP, JSON_MESSAGES -> "jsonb";
        };
    }
}
