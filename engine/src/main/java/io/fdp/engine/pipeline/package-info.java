/**
 * The engine: the inbound Disruptor ring and its handlers (book, then candles), configuration, counters and wiring.
 *
 * <p>Threads: each handler runs on its own thread and owns its state (books on the book thread, candles on the
 * candle thread). Fan-out to subscribers happens from those threads through non-blocking mailboxes, and the API
 * reads copy-out views; nothing else touches engine state while the engine runs.
 */
package io.fdp.engine.pipeline;
