/** Engine state snapshots tied to an exact input-journal position, and recovery: newest valid snapshot plus journal tail. */
package io.fdp.journal.snapshot;
