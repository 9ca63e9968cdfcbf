/** Kafka: the journal-tailing sink of Protobuf records, the raw-event feed into engine rings, and an in-process broker. */
package io.fdp.persistence.kafka;
