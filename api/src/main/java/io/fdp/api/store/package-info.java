/**
 * What the API needs from the stores behind its repository-backed routes: {@link io.fdp.api.store.ReferenceData}.
 *
 * <p>The API does not choose a store. The application ({@code app}) adapts the persistence module's query repositories
 * to this interface and hands the adapter to {@link io.fdp.api.ApiServer}; without one, those routes answer 503.
 */
package io.fdp.api.store;
