/** fdp's one configuration format: a properties file, overridden by {@code FDP_*} environment variables. */
package io.fdp.app.config;
