/** The output journal: derived events (candles, L1, data quality, periodic book records) written by the engine threads. */
package io.fdp.journal.output;
