/** The engine-backed routes: L1 quotes and L2 books read from the engine's copy-out views, and its instruments. */
package io.fdp.api.market;
