/** Canonical Protobuf schemas, generated Java and the schema-compatibility gate. */
package io.fdp.proto;
