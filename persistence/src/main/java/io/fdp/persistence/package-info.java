/** PostgreSQL/TimescaleDB store, Kafka publisher and query repositories. */
package io.fdp.persistence;
