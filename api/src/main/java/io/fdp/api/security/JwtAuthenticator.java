package io.fdp.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Validates bearer JWTs as an OAuth2 resource server: signature by a key of the JWKS with RS256 or ES256 only (so
 * {@code alg: none} and every HMAC algorithm are refused whatever the keys), then issuer, audience, expiry and
 * not-before with a small clock skew. Scopes come from the space-separated {@code scope} claim or the {@code scp}
 * claim (a list or a string).
 */
public final class JwtAuthenticator implements Authenticator {
    /** The algorithms accepted: asymmetric only. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private static final String BEARER = "bearer ";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final boolean remote;

    /**
     * Creates an authenticator over a key source.
     *
     * @param keys      the JWKS.
     * @param remote    whether fetching keys may block on the network.
     * @param issuer    the required {@code iss}.
     * @param audience  the required {@code aud} (one of its values).
     * @param clockSkew tolerance for {@code exp} and {@code nbf}.
     */
    public JwtAuthenticator(final JWKSource<SecurityContext> keys, final boolean remote, final String issuer,
        final String audience, final Duration clockSkew) {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("JWT validation needs an issuer and an audience");
        }
        this.remote = remote;
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        final DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(audience),
            new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "sub"), null);
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * Creates an authenticator whose keys are read once from a JWKS file.
     *
     * @param jwksFile  the JSON Web Key Set.
     * @param issuer    the required {@code iss}.
     * @param audience  the required {@code aud}.
     * @param clockSkew tolerance for {@code exp} and {@code nbf}.
     * @return the authenticator.
     */
    public static JwtAuthenticator fromFile(final Path jwksFile, final String issuer, final String audience,
        final Duration clockSkew) {
        try {
            return new JwtAuthenticator(new ImmutableJWKSet<>(JWKSet.load(jwksFile.toFile())), false, issuer, audience,
                clockSkew);
        } catch (final IOException | ParseException e) {
            throw new IllegalArgumentException("cannot read the JWKS file " + jwksFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates an authenticator whose keys are fetched from a JWKS URL and cached (refetched on an unknown key id).
     *
     * @param jwksUrl   the JWKS endpoint of the authorisation server.
     * @param issuer    the required {@code iss}.
     * @param audience  the required {@code aud}.
     * @param clockSkew tolerance for {@code exp} and {@code nbf}.
     * @return the authenticator.
     */
    public static JwtAuthenticator fromUrl(final URI jwksUrl, final String issuer, final String audience,
        final Duration clockSkew) {
        try {
            final JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwksUrl.toURL()).retrying(true).build();
            return new JwtAuthenticator(keys, true, issuer, audience, clockSkew);
        } catch (final IOException e) {
            throw new IllegalArgumentException("bad JWKS URL " + jwksUrl + ": " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} */
    @Override
    public Principal authenticate(final String authorization) throws AuthenticationException {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationException("a bearer token is required", false);
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationException("the Authorization header must be 'Bearer <token>'", false);
        }
        final String token = authorization.substring(BEARER.length()).trim();
        final JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (final ParseException e) {
            throw new AuthenticationException("the token is not a JWT", true);
        } catch (final BadJOSEException | JOSEException e) {
            throw new AuthenticationException("the token is not valid: " + e.getMessage(), true);
        }
        return new Principal(claims.getSubject(), scopes(claims));
    }

    private static Set<String> scopes(final JWTClaimsSet claims) {
        final Set<String> scopes = new HashSet<>();
        addScopes(claims.getClaim("scope"), scopes);
        addScopes(claims.getClaim("scp"), scopes);
        return Set.copyOf(scopes);
    }

    private static void addScopes(final Object claim, final Set<String> into) {
        if (claim instanceof String text) {
            for (final String scope : text.trim().split("\\s+")) {
                if (!scope.isEmpty()) {
                    into.add(scope.toLowerCase(Locale.ROOT));
                }
            }
        } else if (claim instanceof Collection<?> list) {
            for (final Object scope : list) {
                addScopes(scope, into);
            }
        }
    }

    /** {@inheritDoc} */
    @Override
    public boolean mayBlock() {
        return remote;
    }

    /** {@inheritDoc} */
    @Override
    public boolean enabled() {
        return true;
    }
}
