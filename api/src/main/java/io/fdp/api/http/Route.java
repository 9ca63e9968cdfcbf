package io.fdp.api.http;

import com.google.protobuf.Message;

/**
 * One REST route: method and path template, the scope it needs, where it runs, and its Protobuf request and response.
 *
 * @param method   the HTTP method, such as GET or PUT.
 * @param path     the path template, such as {@code /v1/instruments/{instrument_id}/quote}; path parameters are
 *                 named after fields of the request type.
 * @param scope    the OAuth2 scope a caller needs, such as {@code md:read}.
 * @param blocking true when the action may block (database): it then runs on a worker thread, otherwise on the IO thread.
 * @param tag      the group the route belongs to in the OpenAPI document.
 * @param summary  one sentence for the OpenAPI document.
 * @param request  the default instance of the request type: query parameters for GET, the body for PUT.
 * @param response the default instance of the response type.
 * @param action   the work.
 */
public record Route(String method, String path, String scope, boolean blocking, String tag, String summary, Message request,
    Message response, RouteAction action) {

    /** @return true when the request travels in the body rather than in the query. */
    public boolean hasBody() {
        return method.equals("PUT") || method.equals("POST");
    }
}
