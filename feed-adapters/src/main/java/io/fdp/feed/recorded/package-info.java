/** Reader of recorded websocket and REST capture files in the {@code <ts>: <json>} line format. */
package io.fdp.feed.recorded;
