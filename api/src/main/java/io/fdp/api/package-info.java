/**
 * The fdp API server: {@link io.fdp.api.ApiServer} configured by {@link io.fdp.api.ApiConfig}; REST and WebSocket over
 * Undertow, OAuth2 bearer JWTs, Prometheus metrics, and {@link io.fdp.api.store.ReferenceData} for stored data.
 */
package io.fdp.api;
