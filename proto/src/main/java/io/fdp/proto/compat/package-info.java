/** Schema-evolution gate: compares the current Protobuf schemas with the committed baseline. */
package io.fdp.proto.compat;
