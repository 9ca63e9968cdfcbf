package io.fdp.journal.snapshot;

/** A snapshot file that cannot be used; the message says why (for the log line of recovery). */
public final class InvalidSnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the snapshot cannot be used.
     */
    public InvalidSnapshotException(final String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message why the snapshot cannot be used.
     * @param cause   what failed.
     */
    public InvalidSnapshotException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
