package io.fdp.api.security;

import java.util.Set;

/** The OAuth2 scopes of the API. */
public final class Scopes {
    /** Read market and reference data, the stream and (optionally) metrics. */
    public static final String READ = "md:read";
    /** Write reference data: instruments, rates, indicators, observations and corporate actions. */
    public static final String WRITE = "md:write";
    /** Every scope. */
    public static final Set<String> ALL = Set.of(READ, WRITE);

    private Scopes() {
    }
}
