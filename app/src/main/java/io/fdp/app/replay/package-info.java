/** The {@code fdp replay} command: recorded inputs through the real pipeline, with a summary. */
package io.fdp.app.replay;
