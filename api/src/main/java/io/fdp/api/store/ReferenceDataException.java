package io.fdp.api.store;

import io.fdp.proto.common.v1.ErrorCode;

/**
 * A store's expected failure, answered with the HTTP status of its code: NOT_FOUND (an unknown instrument or
 * indicator), INVALID_ARGUMENT (a page token it did not issue), CONFLICT (a stale write), UNAVAILABLE (the database is
 * unreachable) or DEADLINE_EXCEEDED.
 */
public final class ReferenceDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;

    /**
     * Creates the failure.
     *
     * @param code    its category.
     * @param message what went wrong, in English, safe to show the caller.
     * @param field   the request field at fault, or an empty string.
     */
    public ReferenceDataException(final ErrorCode code, final String message, final String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /**
     * Creates the failure of an unreachable store.
     *
     * @param message what went wrong.
     * @param cause   the underlying fault.
     */
    public ReferenceDataException(final String message, final Throwable cause) {
        super(message, cause);
        this.code = ErrorCode.ERROR_CODE_UNAVAILABLE;
        this.field = "";
    }

    /** @return the category. */
    public ErrorCode code() {
        return code;
    }

    /** @return the request field at fault, or an empty string. */
    public String field() {
        return field;
    }
}
