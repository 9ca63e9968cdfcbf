/** Engine state export and import (snapshots) and the synchronous output hook of the engine threads. */
package io.fdp.engine.state;
