/** Databento Binary Encoding (DBN) version 2: layouts, a metadata decoder, an allocation-free record decoder and a file reader. */
package io.fdp.feed.dbn;
