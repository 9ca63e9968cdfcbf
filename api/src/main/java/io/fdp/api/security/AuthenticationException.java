package io.fdp.api.security;

/** A bearer token that is missing, malformed, or fails a check; answered with 401. */
public final class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean tokenPresent;

    /**
     * Creates the failure.
     *
     * @param message      why, in English, safe to show the caller.
     * @param tokenPresent false when no bearer token was sent at all.
     */
    public AuthenticationException(final String message, final boolean tokenPresent) {
        super(message, null, false, false);
        this.tokenPresent = tokenPresent;
    }

    /** @return false when the request carried no bearer token. */
    public boolean tokenPresent() {
        return tokenPresent;
    }
}
