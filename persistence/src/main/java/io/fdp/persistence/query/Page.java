package io.fdp.persistence.query;

import com.google.protobuf.Message;
import io.fdp.persistence.row.MessageTable;
import io.fdp.proto.common.v1.PageInfo;
import io.fdp.proto.common.v1.PageRequest;
import java.util.List;
import javax.sql.DataSource;

/**
 * One page of rows, read with offset paging (one row more than the page is read to know whether another follows).
 *
 * @param items the rows of the page.
 * @param info the token of the next page, if any.
 * @param <M> the message type.
 */
record Page<M extends Message>(List<M> items, PageInfo info) {
    static <M extends Message> Page<M> read(final DataSource dataSource, final MessageTable table, final Filter filter,
        final String orderBy, final PageRequest request) {
        final int size = Paging.pageSize(request);
        final int offset = Paging.offset(request);
        final List<M> rows = Select.rows(dataSource, table, filter, orderBy, size + 1, offset);
        final boolean more = rows.size() > size;
        return new Page<>(more ? rows.subList(0, size) : rows, Paging.offsetPage(offset + size, more));
    }
}
