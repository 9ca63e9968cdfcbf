/** Prometheus metrics: a registry any module can add to, read at scrape time, and the engine's and the API's series. */
package io.fdp.api.metrics;
