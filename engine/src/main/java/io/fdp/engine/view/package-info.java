/** Copy-out views of engine state that other threads read: written by the engine thread, guarded by a sequence. */
package io.fdp.engine.view;
