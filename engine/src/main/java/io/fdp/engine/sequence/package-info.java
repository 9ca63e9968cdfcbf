/** Feed sequence tracking: gap detection per instrument or per feed channel. */
package io.fdp.engine.sequence;
