package io.fdp.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fdp.proto.common.v1.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void usesTheDefaultForZeroAndCapsLargePages() {
        assertThat(Paging.pageSize(PageRequest.getDefaultInstance())).isEqualTo(Paging.DEFAULT_PAGE_SIZE);
        assertThat(Paging.pageSize(PageRequest.newBuilder().setPageSize(7).build())).isEqualTo(7);
        assertThat(Paging.pageSize(PageRequest.newBuilder().setPageSize(1_000_000).build())).isEqualTo(Paging.MAX_PAGE_SIZE);
    }

    @Test
    void offsetTokensPointAtTheNextPage() {
        final String token = Paging.offsetPage(300, true).getNextPageToken();
        assertThat(Paging.offset(PageRequest.newBuilder().setPageToken(token).build())).isEqualTo(300);
        assertThat(Paging.offsetPage(300, false).getNextPageToken()).isEmpty();
    }

    @Test
    void timeTokensKeepMicroseconds() {
        final Instant next = Instant.parse("1969-12-31T23:59:59.999999Z");
        final String token = Paging.timePage(next).getNextPageToken();
        assertThat(Paging.startTime(PageRequest.newBuilder().setPageToken(token).build())).isEqualTo(next);
    }

    @Test
    void rejectsATokenItDidNotWrite() {
        assertThatThrownBy(() -> Paging.offset(PageRequest.newBuilder().setPageToken("not base64!").build()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid page_token");
        final String timeToken = Paging.timePage(Instant.EPOCH).getNextPageToken();
        assertThatThrownBy(() -> Paging.offset(PageRequest.newBuilder().setPageToken(timeToken).build()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
