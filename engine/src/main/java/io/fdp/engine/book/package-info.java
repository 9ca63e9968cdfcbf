/** Order books: price-level (L2) and order-by-order (L3) books behind one read-only {@link io.fdp.engine.book.BookView}. */
package io.fdp.engine.book;
