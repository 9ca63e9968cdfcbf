package io.fdp.feed.reference;

import java.io.Serial;

/** A row, cell or JSON entry cannot be read; the importer records the message as the rejection reason and goes on. */
final class MalformedRowException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    MalformedRowException(final String reason) {
        super(reason, null, false, false);
    }
}
