/** Allocation-free JSON tokenizing and exact decimal parsing over byte ranges. */
package io.fdp.feed.json;
