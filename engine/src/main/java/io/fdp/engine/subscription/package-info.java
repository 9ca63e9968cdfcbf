/**
 * Subscriptions to book, L1, trade, candle and data-quality updates; a slow subscriber is conflated, never waited for.
 */
package io.fdp.engine.subscription;
