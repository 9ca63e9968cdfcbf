package io.fdp.api.http;

import io.fdp.api.security.Principal;
import io.undertow.util.AttachmentKey;

import java.util.Map;

/** Values the handlers attach to an exchange. */
public final class Attachments {
    /** The route template that matched, the label of the request metrics. */
    public static final AttachmentKey<String> ROUTE = AttachmentKey.create(String.class);
    /** The server-assigned request id, also sent as {@code X-Request-Id}. */
    public static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);
    /** The authenticated caller. */
    public static final AttachmentKey<Principal> PRINCIPAL = AttachmentKey.create(Principal.class);
    /** The path parameters of the matched template. */
    @SuppressWarnings("unchecked")
    public static final AttachmentKey<Map<String, String>> PATH_PARAMS =
        (AttachmentKey<Map<String, String>>) (AttachmentKey<?>) AttachmentKey.create(Map.class);

    private Attachments() {
    }
}
