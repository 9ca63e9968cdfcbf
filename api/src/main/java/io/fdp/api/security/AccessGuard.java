package io.fdp.api.security;

import io.fdp.api.http.ApiException;
import io.fdp.api.http.Attachments;
import io.fdp.proto.common.v1.ErrorCode;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.util.Map;

/**
 * Checks a request's bearer token and scope; on failure it sets {@code WWW-Authenticate} as RFC 6750 asks and throws:
 * 401 without {@code error} for a missing token, 401 {@code invalid_token} for a bad one, 403
 * {@code insufficient_scope} for a missing scope.
 */
public final class AccessGuard {
    private static final String REALM = "Bearer realm=\"fdp\"";

    private final Authenticator authenticator;

    /**
     * Creates a guard.
     *
     * @param authenticator checks tokens.
     */
    public AccessGuard(final Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** @return the authenticator. */
    public Authenticator authenticator() {
        return authenticator;
    }

    /**
     * Authenticates the request and checks a scope.
     *
     * @param exchange the request; the caller is attached on success.
     * @param scope    the scope needed.
     * @return the caller.
     * @throws ApiException 401 or 403.
     */
    public Principal check(final HttpServerExchange exchange, final String scope) throws ApiException {
        final Principal principal;
        try {
            principal = authenticator.authenticate(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        } catch (final AuthenticationException e) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, e.tokenPresent()
                ? REALM + ", error=\"invalid_token\", error_description=\"" + quoted(e.getMessage()) + "\""
                : REALM);
            throw new ApiException(ErrorCode.ERROR_CODE_UNAUTHENTICATED, 401, e.getMessage(), "Authorization", Map.of());
        }
        if (!principal.has(scope)) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE,
                REALM + ", error=\"insufficient_scope\", scope=\"" + scope + "\"");
            throw new ApiException(ErrorCode.ERROR_CODE_PERMISSION_DENIED, 403,
                "the token does not grant the scope " + scope, "scope", Map.of("required_scope", scope));
        }
        exchange.putAttachment(Attachments.PRINCIPAL, principal);
        return principal;
    }

    private static String quoted(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        for (final char c : text.toCharArray()) {
            out.append(c == '"' || c == '\\' || c < 0x20 || c > 0x7e ? '\'' : c);
        }
        return out.toString();
    }
}
