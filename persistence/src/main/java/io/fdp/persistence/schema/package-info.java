/** The database schema derived from the Protobuf schemas: mapping rules, DDL for both dialects, evolution. */
package io.fdp.persistence.schema;
