package io.fdp.feed.reference;

import io.fdp.proto.reference.v1.EconomicIndicator;

/**
 * The outcome of one ALFRED vintage import.
 *
 * @param indicator description of the series the file holds.
 * @param result counts (records are observations, skipped values are cells without a value) and rejected rows.
 */
public record AlfredImport(EconomicIndicator indicator, ImportResult result) {
}
