/** The fdp command line: wiring, configuration and demo. */
package io.fdp.app;
