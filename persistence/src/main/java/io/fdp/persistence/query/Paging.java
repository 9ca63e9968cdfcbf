package io.fdp.persistence.query;

import io.fdp.proto.common.v1.PageInfo;
import io.fdp.proto.common.v1.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Page sizes and opaque page tokens: an offset into the ordered result ({@code o:<n>}) or, for time series, the
 * instant the next page starts at ({@code t:<epoch micros>}), base64url-encoded.
 */
final class Paging {
    /** Items per page when the request says 0. */
    static final int DEFAULT_PAGE_SIZE = 100;
    /** Largest page served. */
    static final int MAX_PAGE_SIZE = 1_000;

    private static final String OFFSET = "o:";
    private static final String TIME = "t:";

    private Paging() {
    }

    static int pageSize(final PageRequest page) {
        return pageSize(page, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    static int pageSize(final PageRequest page, final int defaultSize, final int maxSize) {
        if (page.getPageSize() < 0) {
            throw new IllegalArgumentException("page_size must not be negative: " + page.getPageSize());
        }
        return page.getPageSize() == 0 ? defaultSize : Math.min(page.getPageSize(), maxSize);
    }

    static int offset(final PageRequest page) {
        final String token = decode(page.getPageToken());
        if (token.isEmpty()) {
            return 0;
        }
        if (!token.startsWith(OFFSET)) {
            throw invalid(page.getPageToken());
        }
        try {
            final int offset = Integer.parseInt(token.substring(OFFSET.length()));
            if (offset < 0) {
                throw invalid(page.getPageToken());
            }
            return offset;
        } catch (final NumberFormatException e) {
            throw invalid(page.getPageToken());
        }
    }

    /** The instant a time-cursor token points at, or null for the first page. */
    static Instant startTime(final PageRequest page) {
        final String token = decode(page.getPageToken());
        if (token.isEmpty()) {
            return null;
        }
        if (!token.startsWith(TIME)) {
            throw invalid(page.getPageToken());
        }
        try {
            final long micros = Long.parseLong(token.substring(TIME.length()));
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        } catch (final NumberFormatException e) {
            throw invalid(page.getPageToken());
        }
    }

    static PageInfo offsetPage(final int nextOffset, final boolean more) {
        return more ? PageInfo.newBuilder().setNextPageToken(encode(OFFSET + nextOffset)).build() : PageInfo.getDefaultInstance();
    }

    static PageInfo timePage(final Instant next) {
        if (next == null) {
            return PageInfo.getDefaultInstance();
        }
        final long micros = Math.addExact(Math.multiplyExact(next.getEpochSecond(), 1_000_000L), next.getNano() / 1_000L);
        return PageInfo.newBuilder().setNextPageToken(encode(TIME + micros)).build();
    }

    private static String encode(final String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(final String token) {
        if (token.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (final IllegalArgumentException e) {
            throw invalid(token);
        }
    }

    private static IllegalArgumentException invalid(final String token) {
        return new IllegalArgumentException("invalid page_token '" + token + "'");
    }
}
