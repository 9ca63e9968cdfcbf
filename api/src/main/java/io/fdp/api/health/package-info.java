/** Liveness and readiness: {@code /health} and {@code /ready} with a pluggable list of checks. */
package io.fdp.api.health;
