/** OAuth2 resource server: bearer JWTs (RS256, ES256) checked against a JWKS, and the scopes they grant. */
package io.fdp.api.security;
