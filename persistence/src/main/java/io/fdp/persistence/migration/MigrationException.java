package io.fdp.persistence.migration;

/** A migration cannot run: a failed statement, an edited applied migration, or a database newer than the code. */
public final class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong and what to do about it.
     */
    public MigrationException(final String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message what went wrong and what to do about it.
     * @param cause the underlying failure.
     */
    public MigrationException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
