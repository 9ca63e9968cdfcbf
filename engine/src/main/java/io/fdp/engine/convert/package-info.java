/** Converters from engine state to the canonical Protobuf messages; off the hot path (they allocate). */
package io.fdp.engine.convert;
