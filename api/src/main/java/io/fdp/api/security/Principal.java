package io.fdp.api.security;

import java.util.Set;

/**
 * The caller of a request as its token names it.
 *
 * @param subject the token's {@code sub} claim, or {@code anonymous} when authentication is off.
 * @param scopes  the scopes granted, such as {@code md:read}.
 */
public record Principal(String subject, Set<String> scopes) {
    /**
     * Tells whether the caller holds a scope.
     *
     * @param scope the scope.
     * @return true when granted.
     */
    public boolean has(final String scope) {
        return scopes.contains(scope);
    }
}
