/** Versioned SQL migrations: their source, the dialect choice, and the migrator that applies them once each. */
package io.fdp.persistence.migration;
