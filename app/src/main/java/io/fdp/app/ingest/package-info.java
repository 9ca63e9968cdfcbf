/** The {@code fdp ingest} command: a recorded input into a journaled engine that can be killed and resumed. */
package io.fdp.app.ingest;
