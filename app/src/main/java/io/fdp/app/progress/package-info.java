/** Progress lines on stderr for long imports and replays, shown on a terminal or when asked. */
package io.fdp.app.progress;
