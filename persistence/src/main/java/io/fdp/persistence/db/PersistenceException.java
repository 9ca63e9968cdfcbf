package io.fdp.persistence.db;

/** A database operation failed: the server is unreachable, a statement failed, or data violates the schema. */
public final class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed.
     * @param cause the underlying failure, usually a {@link java.sql.SQLException}.
     */
    public PersistenceException(final String message, final Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception without a cause.
     *
     * @param message what failed.
     */
    public PersistenceException(final String message) {
        super(message);
    }
}
