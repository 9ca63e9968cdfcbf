/** Sinks that tail the journals from a durable checkpoint into the database; they never touch the ring. */
package io.fdp.persistence.sink;
