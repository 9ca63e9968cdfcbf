package io.fdp.api.security;

/** Turns a request's {@code Authorization} header into a caller; thread-safe. */
public interface Authenticator {
    /**
     * Authenticates a request.
     *
     * @param authorization the {@code Authorization} header, or null when absent.
     * @return the caller.
     * @throws AuthenticationException when the header is missing or its token is not valid.
     */
    Principal authenticate(String authorization) throws AuthenticationException;

    /** @return true when authenticating may block (a JWKS fetched over the network), so it must not run on an IO thread. */
    boolean mayBlock();

    /** @return true when requests are checked at all. */
    boolean enabled();
}
