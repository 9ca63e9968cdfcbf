/** The database fdp talks to: an external server by JDBC URL, or an embedded PostgreSQL under the data directory. */
package io.fdp.persistence.db;
