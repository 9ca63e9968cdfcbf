package io.fdp.engine.state;

/** Engine state bytes that cannot be read back: truncated, of another version, or made by another configuration. */
public final class StateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for the log.
     */
    public StateFormatException(final String message) {
        super(message);
    }
}
