/** Chronicle Queue journal: writer, replay, tailers, snapshots and recovery. */
package io.fdp.journal;
