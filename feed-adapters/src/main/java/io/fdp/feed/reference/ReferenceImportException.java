package io.fdp.feed.reference;

import java.io.IOException;
import java.io.Serial;

/**
 * A whole file cannot be imported: its header is missing or not of the expected form, or it names a series the
 * importer has no description of. Malformed data rows never raise it; they are rejected one by one.
 */
public final class ReferenceImportException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and in which file.
     */
    public ReferenceImportException(final String message) {
        super(message);
    }
}
