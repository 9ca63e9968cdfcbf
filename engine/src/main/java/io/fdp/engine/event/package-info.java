/** The preallocated ring-buffer event and the publisher that fills it without allocating. */
package io.fdp.engine.event;
