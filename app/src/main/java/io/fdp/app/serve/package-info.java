/** Running fdp as a service: the database-backed API data, the demo and the production server. */
package io.fdp.app.serve;
