/**
 * The engine: the inbound Disruptor ring and its handlers (book, then candles), configuration, counters and wiring.
 *
 * <p>Threads: the book stage and then the candle stage run on one engine thread, which owns books and candles; a
 * handler beside them (the journal) has a thread of its own. Fan-out to subscribers happens from the engine thread
 * through non-blocking mailboxes, and the API reads copy-out views; nothing else touches engine state while the
 * engine runs.
 */
package io.fdp.engine.pipeline;
