/** Writers: idempotent upserts of reference data and batched appends of market data, by binary COPY or batched INSERT. */
package io.fdp.persistence.store;
