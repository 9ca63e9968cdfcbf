/** Undertow REST and WebSocket API, OAuth2 and metrics. */
package io.fdp.api;
