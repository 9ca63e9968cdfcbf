/** Rows of the schema as Protobuf messages: column values of a message, and a message from a result row. */
package io.fdp.persistence.row;
