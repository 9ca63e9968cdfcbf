package io.fdp.persistence.schema;

import java.util.List;

/**
 * A secondary index.
 *
 * @param name index name.
 * @param method access method: {@code btree} or {@code gin}.
 * @param columns indexed column names, in order.
 */
public record Index(String name, String method, List<String> columns) {
    /**
     * Copies the columns.
     *
     * @param name index name.
     * @param method access method.
     * @param columns indexed columns.
     */
    public Index {
        columns = List.copyOf(columns);
    }
}
