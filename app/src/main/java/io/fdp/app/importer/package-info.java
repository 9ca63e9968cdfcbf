/** The {@code fdp import} command: reference-data files into the database, idempotently. */
package io.fdp.app.importer;
