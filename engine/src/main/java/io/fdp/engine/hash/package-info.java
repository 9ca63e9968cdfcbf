/** The deterministic state hash that replay and recovery compare. */
package io.fdp.engine.hash;
