package io.fdp.api;

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

/** Keys and tokens for the authentication tests: an RSA and an EC key in a JWKS file (plus an HMAC key, to prove it is refused). */
final class Tokens {
    static final String ISSUER = "https://auth.fdp.test";
    static final String AUDIENCE = "fdp-api";

    final RSAKey rsa;
    final ECKey ec;
    final OctetSequenceKey hmac;
    final RSAKey stranger;

    Tokens() {
        try {
            rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
            hmac = new OctetSequenceKeyGenerator(256).keyID("hmac-1").generate();
            stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS as an authorisation server would publish it, plus the HMAC key a careless operator might add. */
    String jwks() {
        return new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK(), hmac)).toString(false);
    }

    Path writeJwks(final Path dir) throws IOException {
        return Files.writeString(dir.resolve("jwks.json"), jwks());
    }

    static JWTClaimsSet.Builder claims(final String scope) {
        final Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("analyst-7").issuer(ISSUER).audience(AUDIENCE).claim("scope", scope)
            .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(1)))
            .expirationTime(Date.from(now.plusSeconds(300)));
    }

    String rs256(final JWTClaimsSet claims) {
        return sign(JWSAlgorithm.RS256, rsa.getKeyID(), claims, signer(rsa));
    }

    String es256(final JWTClaimsSet claims) {
        return sign(JWSAlgorithm.ES256, ec.getKeyID(), claims, signer(ec));
    }

    String hs256WithJwksKey(final JWTClaimsSet claims) {
        try {
            return sign(JWSAlgorithm.HS256, hmac.getKeyID(), claims, new MACSigner(hmac));
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic algorithm-confusion attack: HS256 keyed with the bytes of the server's RSA public key. */
    String hs256WithRsaPublicKey(final JWTClaimsSet claims) {
        try {
            return sign(JWSAlgorithm.HS256, rsa.getKeyID(), claims, new MACSigner(rsa.toPublicKey().getEncoded()));
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String signedByStranger(final JWTClaimsSet claims) {
        return sign(JWSAlgorithm.RS256, stranger.getKeyID(), claims, signer(stranger));
    }

    static String unsigned(final JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private static JWSSigner signer(final RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner signer(final ECKey key) {
        try {
            return new ECDSASigner(key);
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(final JWSAlgorithm algorithm, final String keyId, final JWTClaimsSet claims,
        final JWSSigner signer) {
        final SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (final JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
