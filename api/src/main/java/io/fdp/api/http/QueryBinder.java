package io.fdp.api.http;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.LocalDate;
import io.fdp.proto.common.v1.PageRequest;
import io.fdp.proto.common.v1.TimeRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds path and query parameters onto a request message by its descriptor, so the parameters of every route follow
 * from its {@code fdp.api.v1} request type: a field is named by its proto name or JSON name, {@code TimeRange} fields
 * by {@code start} and {@code end}, {@code PageRequest} fields by {@code page_size} and {@code page_token}, a repeated
 * field also by its singular and with comma-separated values. Then it checks ranges and page sizes.
 */
public final class QueryBinder {
    private final int maxPageSize;
    private final Duration maxTimeRange;

    /**
     * Creates a binder.
     *
     * @param maxPageSize  the largest page_size accepted.
     * @param maxTimeRange the longest bounded time range accepted.
     */
    public QueryBinder(final int maxPageSize, final Duration maxTimeRange) {
        this.maxPageSize = maxPageSize;
        this.maxTimeRange = maxTimeRange;
    }

    /** One parameter: its name and the field path it sets. */
    public record Param(String name, List<FieldDescriptor> path) {
        /** @return the leaf field the parameter sets. */
        public FieldDescriptor leaf() {
            return path.get(path.size() - 1);
        }
    }

    /**
     * Lists the parameters of a request type under their primary names, in field order.
     *
     * @param type the request type.
     * @return the parameters.
     */
    public static List<Param> params(final Descriptor type) {
        final List<Param> params = new ArrayList<>();
        for (final FieldDescriptor field : type.getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && isGroup(field.getMessageType())) {
                for (final FieldDescriptor inner : field.getMessageType().getFields()) {
                    params.add(new Param(inner.getName(), List.of(field, inner)));
                }
            } else if (isLeaf(field)) {
                params.add(new Param(field.getName(), List.of(field)));
            }
        }
        return params;
    }

    private static boolean isGroup(final Descriptor type) {
        return type.getFullName().equals(TimeRange.getDescriptor().getFullName())
            || type.getFullName().equals(PageRequest.getDescriptor().getFullName());
    }

    private static boolean isLeaf(final FieldDescriptor field) {
        if (field.isMapField()) {
            return false;
        }
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            return true;
        }
        final String name = field.getMessageType().getFullName();
        return name.equals(Timestamp.getDescriptor().getFullName()) || name.equals(LocalDate.getDescriptor().getFullName())
            || name.equals(Decimal.getDescriptor().getFullName());
    }

    private static Map<String, Param> byName(final Descriptor type) {
        final Map<String, Param> names = new LinkedHashMap<>();
        for (final Param param : params(type)) {
            names.put(param.name(), param);
            names.putIfAbsent(camel(param.name()), param);
            if (param.leaf().isRepeated() && param.name().endsWith("s")) {
                final String singular = param.name().substring(0, param.name().length() - 1);
                names.putIfAbsent(singular, param);
                names.putIfAbsent(camel(singular), param);
            }
            if (param.name().endsWith("_date")) {
                final String bare = param.name().substring(0, param.name().length() - "_date".length());
                names.putIfAbsent(bare, param);
                names.putIfAbsent(camel(bare), param);
            }
        }
        return names;
    }

    static String camel(final String snake) {
        final StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (final char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * Builds a request from parameters and checks it.
     *
     * @param prototype  the request type's default instance.
     * @param pathParams the path parameters.
     * @param query      the query parameters.
     * @param <T>        the request type.
     * @return the request.
     * @throws ApiException 400 for an unknown, repeated or malformed parameter, a reversed or oversized range, or a bad
     *                      page size.
     */
    @SuppressWarnings("unchecked")
    public <T extends Message> T bind(final T prototype, final Map<String, String> pathParams,
        final Map<String, Deque<String>> query) throws ApiException {
        final Descriptor type = prototype.getDescriptorForType();
        final Map<String, Param> names = byName(type);
        final Message.Builder builder = prototype.newBuilderForType();
        for (final Map.Entry<String, String> entry : pathParams.entrySet()) {
            set(builder, names.get(entry.getKey()), entry.getKey(), List.of(entry.getValue()));
        }
        for (final Map.Entry<String, Deque<String>> entry : query.entrySet()) {
            final Param param = names.get(entry.getKey());
            if (param == null || pathParams.containsKey(param.name())) {
                throw ApiException.invalid(entry.getKey(), "unknown parameter '" + entry.getKey() + "'; this route accepts "
                    + String.join(", ", params(type).stream().map(Param::name)
                        .filter(name -> !pathParams.containsKey(name)).toList()));
            }
            set(builder, param, entry.getKey(), entry.getValue());
        }
        final T request = (T) builder.build();
        check(request);
        return request;
    }

    private static void set(final Message.Builder root, final Param param, final String given, final Collection<String> values)
        throws ApiException {
        if (param == null) {
            return;
        }
        Message.Builder builder = root;
        for (int i = 0; i < param.path().size() - 1; i++) {
            builder = builder.getFieldBuilder(param.path().get(i));
        }
        final FieldDescriptor leaf = param.leaf();
        if (!leaf.isRepeated()) {
            if (values.size() != 1) {
                throw ApiException.invalid(given, "parameter '" + given + "' must be given once, not " + values.size() + " times");
            }
            builder.setField(leaf, value(leaf, given, values.iterator().next()));
            return;
        }
        for (final String value : values) {
            for (final String part : value.split(",")) {
                if (!part.isBlank()) {
                    builder.addRepeatedField(leaf, value(leaf, given, part.trim()));
                }
            }
        }
    }

    private static Object value(final FieldDescriptor field, final String name, final String text) throws ApiException {
        try {
            return switch (field.getType()) {
                case STRING -> text;
                case BOOL -> bool(name, text);
                case INT32, SINT32, SFIXED32 -> Integer.parseInt(text);
                case UINT32, FIXED32 -> (int) unsigned(name, text, 0xFFFF_FFFFL);
                case INT64, SINT64, SFIXED64 -> Long.parseLong(text);
                case UINT64, FIXED64 -> Long.parseUnsignedLong(text);
                case ENUM -> enumValue(field.getEnumType(), name, text);
                case MESSAGE -> message(field, name, text);
                default -> throw ApiException.invalid(name, "parameter '" + name + "' cannot be given in the query");
            };
        } catch (final NumberFormatException e) {
            throw ApiException.invalid(name, "parameter '" + name + "': '" + text + "' is not a valid "
                + field.getType().name().toLowerCase(Locale.ROOT) + " number");
        }
    }

    private static boolean bool(final String name, final String text) throws ApiException {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw ApiException.invalid(name, "parameter '" + name + "': '" + text + "' is not true or false");
    }

    private static long unsigned(final String name, final String text, final long max) throws ApiException {
        final long value = Long.parseLong(text);
        if (value < 0 || value > max) {
            throw ApiException.invalid(name, "parameter '" + name + "': " + text + " is out of range 0.." + max);
        }
        return value;
    }

    private static Object message(final FieldDescriptor field, final String name, final String text) throws ApiException {
        final String type = field.getMessageType().getFullName();
        if (type.equals(Timestamp.getDescriptor().getFullName())) {
            return ParamParsers.timestamp(name, text);
        }
        if (type.equals(LocalDate.getDescriptor().getFullName())) {
            return ParamParsers.date(name, text);
        }
        return ParamParsers.decimal(name, text);
    }

    /**
     * Finds an enum value by its full name or by its name without the enum's prefix, ignoring case.
     *
     * @param type the enum.
     * @param name the parameter, for the message.
     * @param text the value.
     * @return the value.
     * @throws ApiException 400 listing the accepted names when none matches or the value is the UNSPECIFIED one.
     */
    public static EnumValueDescriptor enumValue(final EnumDescriptor type, final String name, final String text)
        throws ApiException {
        final String prefix = prefix(type);
        final String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (final EnumValueDescriptor value : type.getValues()) {
            if (value.getNumber() != 0 && (value.getName().equals(wanted) || value.getName().equals(prefix + wanted))) {
                return value;
            }
        }
        throw ApiException.invalid(name, "parameter '" + name + "': '" + text + "' is not one of "
            + String.join(", ", type.getValues().stream().filter(v -> v.getNumber() != 0).map(EnumValueDescriptor::getName)
                .toList()));
    }

    private static String prefix(final EnumDescriptor type) {
        final String zero = type.findValueByNumber(0).getName();
        return zero.endsWith("UNSPECIFIED") ? zero.substring(0, zero.length() - "UNSPECIFIED".length()) : "";
    }

    private void check(final Message request) throws ApiException {
        LocalDate startDate = null;
        LocalDate endDate = null;
        for (final Map.Entry<FieldDescriptor, Object> entry : request.getAllFields().entrySet()) {
            final Object value = entry.getValue();
            if (value instanceof TimeRange range) {
                checkRange(range);
            } else if (value instanceof PageRequest page) {
                checkPage(page);
            } else if (value instanceof LocalDate date && entry.getKey().getName().equals("start_date")) {
                startDate = date;
            } else if (value instanceof LocalDate date && entry.getKey().getName().equals("end_date")) {
                endDate = date;
            }
        }
        if (startDate != null && endDate != null
            && ParamParsers.localDate("start_date", startDate).isAfter(ParamParsers.localDate("end_date", endDate))) {
            throw ApiException.invalid("start_date", "the range is reversed: start_date "
                + ParamParsers.localDate("start_date", startDate) + " is after end_date "
                + ParamParsers.localDate("end_date", endDate));
        }
    }

    private void checkRange(final TimeRange range) throws ApiException {
        if (!range.hasStart() || !range.hasEnd()) {
            return;
        }
        final long start = ParamParsers.epochNs(range.getStart());
        final long end = ParamParsers.epochNs(range.getEnd());
        if (start > end) {
            throw ApiException.invalid("start", "the range is reversed: start " + ParamParsers.instant(range.getStart())
                + " is after end " + ParamParsers.instant(range.getEnd()));
        }
        if (end - start > maxTimeRange.toNanos() || end - start < 0) {
            throw new ApiException(io.fdp.proto.common.v1.ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 400,
                "the range from start to end is longer than the limit of " + maxTimeRange + "; page through shorter ranges",
                "end", Map.of("max_range", maxTimeRange.toString()));
        }
    }

    private void checkPage(final PageRequest page) throws ApiException {
        if (page.getPageSize() < 0 || page.getPageSize() > maxPageSize) {
            throw new ApiException(io.fdp.proto.common.v1.ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 400,
                "page_size must be between 0 (the default) and " + maxPageSize + ", not " + page.getPageSize(), "page_size",
                Map.of("max_page_size", Integer.toString(maxPageSize)));
        }
    }
}
