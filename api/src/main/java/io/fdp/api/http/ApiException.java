package io.fdp.api.http;

import io.fdp.proto.common.v1.Error;
import io.fdp.proto.common.v1.ErrorCode;

import java.util.Map;

/** A request that fails with an {@code fdp.common.v1.Error} and an HTTP status; thrown by handlers, answered by the router. */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Error error;
    private final int status;

    /**
     * Creates a failure with the HTTP status of its code.
     *
     * @param code    the category.
     * @param message what is wrong, in English.
     * @param field   the offending parameter or field, or an empty string.
     */
    public ApiException(final ErrorCode code, final String message, final String field) {
        this(code, statusOf(code), message, field, Map.of());
    }

    /**
     * Creates a failure.
     *
     * @param code    the category.
     * @param status  the HTTP status.
     * @param message what is wrong, in English.
     * @param field   the offending parameter or field, or an empty string.
     * @param details machine-readable context.
     */
    public ApiException(final ErrorCode code, final int status, final String message, final String field,
        final Map<String, String> details) {
        super(message, null, false, false);
        this.status = status;
        this.error = Error.newBuilder().setCode(code).setMessage(message).setField(field).putAllDetails(details).build();
    }

    /**
     * A 400 for a bad parameter.
     *
     * @param field   the parameter.
     * @param message what is wrong with it.
     * @return the exception.
     */
    public static ApiException invalid(final String field, final String message) {
        return new ApiException(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, message, field);
    }

    /**
     * A 404 for a resource that does not exist.
     *
     * @param field   the parameter that named it.
     * @param message what was not found.
     * @return the exception.
     */
    public static ApiException notFound(final String field, final String message) {
        return new ApiException(ErrorCode.ERROR_CODE_NOT_FOUND, message, field);
    }

    /** @return the error to send (without the request id, which the router adds). */
    public Error error() {
        return error;
    }

    /** @return the HTTP status to send. */
    public int status() {
        return status;
    }

    /**
     * The HTTP status that {@code error.proto} assigns to a code.
     *
     * @param code the category.
     * @return the status.
     */
    public static int statusOf(final ErrorCode code) {
        return switch (code) {
            case ERROR_CODE_INVALID_ARGUMENT -> 400;
            case ERROR_CODE_UNAUTHENTICATED -> 401;
            case ERROR_CODE_PERMISSION_DENIED -> 403;
            case ERROR_CODE_NOT_FOUND -> 404;
            case ERROR_CODE_CONFLICT -> 409;
            case ERROR_CODE_FAILED_PRECONDITION -> 412;
            case ERROR_CODE_RESOURCE_EXHAUSTED -> 429;
            case ERROR_CODE_UNAVAILABLE -> 503;
            case ERROR_CODE_DEADLINE_EXCEEDED -> 504;
            default -> 500;
        };
    }
}
