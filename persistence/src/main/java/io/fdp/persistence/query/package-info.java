/** Read-side repositories for the REST API: queries answered with the canonical {@code fdp.*.v1} messages. */
package io.fdp.persistence.query;
