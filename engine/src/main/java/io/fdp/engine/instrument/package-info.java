/** Instruments: symbol to dense id, with each instrument's price and size scale, tick and lot size. */
package io.fdp.engine.instrument;
