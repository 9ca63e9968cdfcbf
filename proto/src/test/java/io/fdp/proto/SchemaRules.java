package io.fdp.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The house rules of the fdp schemas, checked on the descriptor protos protoc writes; each check
 * returns one line per offender, naming it, and an empty list when the file complies.
 */
final class SchemaRules {

    /** Packages whose top-level messages are data records. */
    static final Set<String> RECORD_PACKAGES = Set.of("fdp.market.v1", "fdp.instrument.v1", "fdp.reference.v1", "fdp.analytics.v1");

    /** Top-level messages of the record packages that are values or views embedded in records, not records. */
    static final Set<String> NON_RECORD_TYPES = Set.of("fdp.market.v1.BookLevel", "fdp.reference.v1.ObservationHistory");

    private static final Set<String> FLOATING_POINT_WRAPPERS = Set.of(".google.protobuf.FloatValue", ".google.protobuf.DoubleValue");

    // Field numbers of descriptor.proto, which make up SourceCodeInfo location paths.
    private static final int FILE_MESSAGE_TYPE = 4;
    private static final int FILE_ENUM_TYPE = 5;
    private static final int MESSAGE_FIELD = 2;
    private static final int MESSAGE_NESTED_TYPE = 3;
    private static final int MESSAGE_ENUM_TYPE = 4;
    private static final int MESSAGE_ONEOF = 8;
    private static final int ENUM_VALUE = 2;

    private SchemaRules() {
    }

    /** Fields declared float or double, or as a floating-point wrapper: prices and ratios must be Decimal. */
    static List<String> floatingPointFields(final FileDescriptorProto file) {
        final List<String> offenders = new ArrayList<>();
        forEachMessage(file, (message, fullName, path) -> {
            for (final FieldDescriptorProto field : message.getFieldList()) {
                final boolean floating = field.getType() == FieldDescriptorProto.Type.TYPE_FLOAT
                    || field.getType() == FieldDescriptorProto.Type.TYPE_DOUBLE
                    || FLOATING_POINT_WRAPPERS.contains(field.getTypeName());
                if (floating) {
                    offenders.add(fullName + "." + field.getName() + " is floating point");
                }
            }
        });
        return offenders;
    }

    /** Enums whose zero value is not ENUM_NAME_UNSPECIFIED or whose values lack the ENUM_NAME_ prefix. */
    static List<String> enumNamingViolations(final FileDescriptorProto file) {
        final List<String> offenders = new ArrayList<>();
        forEachEnum(file, (enumType, fullName, path) -> {
            final String prefix = upperSnakeCase(enumType.getName()) + "_";
            final EnumValueDescriptorProto first = enumType.getValue(0);
            if (first.getNumber() != 0 || !first.getName().equals(prefix + "UNSPECIFIED")) {
                offenders.add(fullName + " must start with " + prefix + "UNSPECIFIED = 0, not " + first.getName());
            }
            for (final EnumValueDescriptorProto value : enumType.getValueList()) {
                if (!value.getName().startsWith(prefix)) {
                    offenders.add(fullName + "." + value.getName() + " lacks the prefix " + prefix);
                }
            }
        });
        return offenders;
    }

    /** Messages, fields, oneofs, enums and enum values without a leading comment. */
    static List<String> missingComments(final FileDescriptorProto file) {
        final Map<List<Integer>, SourceCodeInfo.Location> locations = new HashMap<>();
        for (final SourceCodeInfo.Location location : file.getSourceCodeInfo().getLocationList()) {
            locations.put(location.getPathList(), location);
        }
        final List<String> offenders = new ArrayList<>();
        forEachMessage(file, (message, fullName, path) -> {
            requireComment(locations, path, fullName, offenders);
            for (int i = 0; i < message.getFieldCount(); i++) {
                requireComment(locations, append(path, MESSAGE_FIELD, i), fullName + "." + message.getField(i).getName(), offenders);
            }
            for (int i = 0; i < message.getOneofDeclCount(); i++) {
                if (!isSyntheticOneof(message, i)) {
                    final String oneofName = fullName + "." + message.getOneofDecl(i).getName();
                    requireComment(locations, append(path, MESSAGE_ONEOF, i), oneofName, offenders);
                }
            }
        });
        forEachEnum(file, (enumType, fullName, path) -> {
            requireComment(locations, path, fullName, offenders);
            for (int i = 0; i < enumType.getValueCount(); i++) {
                requireComment(locations, append(path, ENUM_VALUE, i), fullName + "." + enumType.getValue(i).getName(), offenders);
            }
        });
        return offenders;
    }

    /** Top-level data records without metadata, event_time or ingestion_time of the required types. */
    static List<String> recordsWithoutProvenance(final FileDescriptorProto file) {
        final List<String> offenders = new ArrayList<>();
        if (!RECORD_PACKAGES.contains(file.getPackage())) {
            return offenders;
        }
        for (final DescriptorProto message : file.getMessageTypeList()) {
            final String fullName = file.getPackage() + "." + message.getName();
            if (!NON_RECORD_TYPES.contains(fullName)) {
                requireField(message, fullName, "metadata", ".fdp.common.v1.Metadata", offenders);
                requireField(message, fullName, "event_time", ".google.protobuf.Timestamp", offenders);
                requireField(message, fullName, "ingestion_time", ".google.protobuf.Timestamp", offenders);
            }
        }
        return offenders;
    }

    /** Converts a CamelCase type name to UPPER_SNAKE_CASE, keeping acronyms together. */
    static String upperSnakeCase(final String camelCase) {
        final StringBuilder snake = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            final char c = camelCase.charAt(i);
            final boolean wordStart = i > 0 && Character.isUpperCase(c)
                && (Character.isLowerCase(camelCase.charAt(i - 1))
                    || i + 1 < camelCase.length() && Character.isLowerCase(camelCase.charAt(i + 1)));
            if (wordStart) {
                snake.append('_');
            }
            snake.append(c);
        }
        return snake.toString().toUpperCase(Locale.ROOT);
    }

    private static void requireField(
        final DescriptorProto message, final String fullName, final String name, final String typeName, final List<String> offenders) {
        final boolean present = message.getFieldList().stream()
            .anyMatch(field -> field.getName().equals(name)
                && field.getTypeName().equals(typeName)
                && field.getLabel() != FieldDescriptorProto.Label.LABEL_REPEATED);
        if (!present) {
            offenders.add(fullName + " lacks " + typeName.substring(1) + " " + name);
        }
    }

    private static void requireComment(
        final Map<List<Integer>, SourceCodeInfo.Location> locations,
        final List<Integer> path,
        final String name,
        final List<String> offenders) {
        final SourceCodeInfo.Location location = locations.get(path);
        if (location == null || location.getLeadingComments().isBlank()) {
            offenders.add(name + " has no leading comment");
        }
    }

    private static boolean isSyntheticOneof(final DescriptorProto message, final int oneofIndex) {
        return message.getFieldList().stream()
            .anyMatch(field -> field.getProto3Optional() && field.hasOneofIndex() && field.getOneofIndex() == oneofIndex);
    }

    private static void forEachMessage(final FileDescriptorProto file, final Visitor<DescriptorProto> visitor) {
        for (int i = 0; i < file.getMessageTypeCount(); i++) {
            visitMessage(file.getMessageType(i), file.getPackage(), List.of(FILE_MESSAGE_TYPE, i), visitor);
        }
    }

    private static void visitMessage(
        final DescriptorProto message, final String scope, final List<Integer> path, final Visitor<DescriptorProto> visitor) {
        if (message.getOptions().getMapEntry()) {
            return;
        }
        final String fullName = scope + "." + message.getName();
        visitor.visit(message, fullName, path);
        for (int i = 0; i < message.getNestedTypeCount(); i++) {
            visitMessage(message.getNestedType(i), fullName, append(path, MESSAGE_NESTED_TYPE, i), visitor);
        }
    }

    private static void forEachEnum(final FileDescriptorProto file, final Visitor<EnumDescriptorProto> visitor) {
        for (int i = 0; i < file.getEnumTypeCount(); i++) {
            final EnumDescriptorProto enumType = file.getEnumType(i);
            visitor.visit(enumType, file.getPackage() + "." + enumType.getName(), List.of(FILE_ENUM_TYPE, i));
        }
        forEachMessage(file, (message, fullName, path) -> {
            for (int i = 0; i < message.getEnumTypeCount(); i++) {
                final EnumDescriptorProto enumType = message.getEnumType(i);
                visitor.visit(enumType, fullName + "." + enumType.getName(), append(path, MESSAGE_ENUM_TYPE, i));
            }
        });
    }

    private static List<Integer> append(final List<Integer> path, final int fieldNumber, final int index) {
        final List<Integer> extended = new ArrayList<>(path);
        extended.add(fieldNumber);
        extended.add(index);
        return List.copyOf(extended);
    }

    /** Receives each element of a file with its full name and its SourceCodeInfo path. */
    @FunctionalInterface
    private interface Visitor<T> {
        void visit(T element, String fullName, List<Integer> path);
    }
}
