package io.fdp.app.serve;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An authorisation server for the end-to-end test: RSA and EC signing keys published in a JWKS file (with an HMAC key
 * a careless operator added, which must still not be accepted), and a key the server does not know.
 */
final class TestTokens {
    static final String ISSUER = "https://auth.fdp.test";
    static final String AUDIENCE = "fdp-api";

    private final RSAKey rsa;
    private final ECKey ec;
    private final OctetSequenceKey hmac;
    private final RSAKey stranger;

    TestTokens() throws JOSEException {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        hmac = new OctetSequenceKeyGenerator(256).keyID("hmac-1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    }

    Path writeJwks(final Path dir) throws IOException {
        return Files.writeString(dir.resolve("jwks.json"),
            new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK(), hmac)).toString(false));
    }

    /** Claims valid now for five minutes, with the given scope. */
    static JWTClaimsSet.Builder claims(final String scope) {
        final Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("e2e-client").issuer(ISSUER).audience(AUDIENCE).claim("scope", scope)
            .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(1)))
            .expirationTime(Date.from(now.plusSeconds(300)));
    }

    String rs256(final JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.RS256, rsa.getKeyID(), claims, new RSASSASigner(rsa));
    }

    String es256(final JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.ES256, ec.getKeyID(), claims, new ECDSASigner(ec));
    }

    String hs256WithJwksKey(final JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.HS256, hmac.getKeyID(), claims, new MACSigner(hmac));
    }

    /** Algorithm confusion: HS256 keyed with the bytes of the server's RSA public key. */
    String hs256WithRsaPublicKey(final JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.HS256, rsa.getKeyID(), claims, new MACSigner(rsa.toPublicKey().getEncoded()));
    }

    String signedByUnknownKey(final JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.RS256, stranger.getKeyID(), claims, new RSASSASigner(stranger));
    }

    static String unsigned(final JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static String sign(final JWSAlgorithm algorithm, final String keyId, final JWTClaimsSet claims,
        final JWSSigner signer) throws JOSEException {
        final SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
