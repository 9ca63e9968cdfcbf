package io.fdp.api.security;

/** Authentication switched off: every caller gets every scope; the server allows it only on a loopback address. */
public final class NoAuthentication implements Authenticator {
    private static final Principal ANONYMOUS = new Principal("anonymous", Scopes.ALL);

    /** {@inheritDoc} */
    @Override
    public Principal authenticate(final String authorization) {
        return ANONYMOUS;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mayBlock() {
        return false;
    }

    /** {@inheritDoc} */
    @Override
    public boolean enabled() {
        return false;
    }
}
