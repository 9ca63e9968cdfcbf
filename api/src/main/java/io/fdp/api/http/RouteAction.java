package io.fdp.api.http;

import com.google.protobuf.Message;

/** The work of one route: reads the request from the context and returns the response message. */
@FunctionalInterface
public interface RouteAction {
    /**
     * Handles a request.
     *
     * @param context the request.
     * @return the response body, sent with status 200.
     * @throws ApiException when the request fails; it is sent as an {@code fdp.common.v1.Error}.
     */
    Message handle(RequestContext context) throws ApiException;
}
