/** Ring-buffer event, instruments, order books, candles, pipeline and subscriptions. */
package io.fdp.engine;
