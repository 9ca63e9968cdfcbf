package io.fdp.proto.compat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the changes between two versions of the schemas that break wire or proto3 JSON compatibility.
 *
 * <p>Rules, for every message and enum of the baseline (matched by full name):
 * <ul>
 *   <li>a message or enum may not disappear: removing, renaming or moving one (to another package) breaks readers;</li>
 *   <li>a field keeps its number, name (JSON uses names), type, label, presence and oneof;</li>
 *   <li>a field or enum value may be removed only when its number and name become {@code reserved};</li>
 *   <li>a number or name reserved in the baseline stays reserved and is never reused;</li>
 *   <li>an enum value keeps its name (JSON uses names).</li>
 * </ul>
 * Adding fields, messages, enums and enum values is compatible. Services are not part of the model.
 */
public final class SchemaCompatibility {
    private SchemaCompatibility() {
    }

    /**
     * Compares the current schemas against the baseline.
     *
     * @param baseline the committed baseline descriptor set.
     * @param current  the descriptor set of the schemas being built.
     * @return one line per breaking change, naming the element; empty when the change is compatible.
     */
    public static List<String> check(final FileDescriptorSet baseline, final FileDescriptorSet current) {
        final Index before = new Index(baseline);
        final Index after = new Index(current);
        final List<String> problems = new ArrayList<>();
        before.messages.forEach((name, message) -> {
            final DescriptorProto now = after.messages.get(name);
            if (now == null) {
                problems.add("message " + name + " was removed, renamed or moved" + movedHint(name, after.messages.keySet()));
            } else {
                checkMessage(name, message, now, problems);
            }
        });
        before.enums.forEach((name, enumType) -> {
            final EnumDescriptorProto now = after.enums.get(name);
            if (now == null) {
                problems.add("enum " + name + " was removed, renamed or moved" + movedHint(name, after.enums.keySet()));
            } else {
                checkEnum(name, enumType, now, problems);
            }
        });
        return problems;
    }

    private static void checkMessage(
        final String name, final DescriptorProto before, final DescriptorProto after, final List<String> problems) {
        final Map<Integer, FieldDescriptorProto> afterFields = new LinkedHashMap<>();
        after.getFieldList().forEach(field -> afterFields.put(field.getNumber(), field));
        for (final FieldDescriptorProto old : before.getFieldList()) {
            final String where = "field " + name + "." + old.getName() + " (number " + old.getNumber() + ")";
            final FieldDescriptorProto now = afterFields.get(old.getNumber());
            if (now == null) {
                if (!isReservedNumber(after, old.getNumber()) || !after.getReservedNameList().contains(old.getName())) {
                    problems.add(where + " was removed without reserving its number and name"
                        + " (add: reserved " + old.getNumber() + "; reserved \"" + old.getName() + "\";)");
                }
                continue;
            }
            if (!now.getName().equals(old.getName())) {
                problems.add(where + " was renamed to " + now.getName() + ", which breaks JSON");
            }
            if (!now.getJsonName().equals(old.getJsonName())) {
                problems.add(where + " changed its JSON name from " + old.getJsonName() + " to " + now.getJsonName());
            }
            if (now.getType() != old.getType() || !now.getTypeName().equals(old.getTypeName())) {
                problems.add(where + " changed type from " + typeOf(old) + " to " + typeOf(now));
            }
            if (now.getLabel() != old.getLabel() || now.getProto3Optional() != old.getProto3Optional()) {
                problems.add(where + " changed label from " + labelOf(old) + " to " + labelOf(now));
            }
            final String oldOneof = oneofOf(before, old);
            final String newOneof = oneofOf(after, now);
            if (!Objects.equals(oldOneof, newOneof)) {
                problems.add(where + " moved from oneof " + oldOneof + " to oneof " + newOneof);
            }
        }
        checkReservationsKept(name, before, after, problems);
    }

    private static void checkReservationsKept(
        final String name, final DescriptorProto before, final DescriptorProto after, final List<String> problems) {
        for (final FieldDescriptorProto field : after.getFieldList()) {
            if (isReservedNumber(before, field.getNumber())) {
                problems.add("field " + name + "." + field.getName() + " reuses number " + field.getNumber()
                    + ", which the baseline reserves");
            }
            if (before.getReservedNameList().contains(field.getName())) {
                problems.add("field " + name + "." + field.getName() + " reuses a name the baseline reserves");
            }
        }
        for (final DescriptorProto.ReservedRange range : before.getReservedRangeList()) {
            for (int number = range.getStart(); number < range.getEnd() && number < range.getStart() + 1_000; number++) {
                if (!isReservedNumber(after, number)) {
                    problems.add("message " + name + " no longer reserves number " + number);
                    break;
                }
            }
        }
        for (final String reserved : before.getReservedNameList()) {
            if (!after.getReservedNameList().contains(reserved)) {
                problems.add("message " + name + " no longer reserves name \"" + reserved + "\"");
            }
        }
    }

    private static void checkEnum(
        final String name, final EnumDescriptorProto before, final EnumDescriptorProto after, final List<String> problems) {
        for (final EnumValueDescriptorProto old : before.getValueList()) {
            final String where = "enum value " + name + "." + old.getName() + " (number " + old.getNumber() + ")";
            final EnumValueDescriptorProto now = valueNumbered(after, old.getNumber());
            if (now == null) {
                if (!isReservedNumber(after, old.getNumber()) || !after.getReservedNameList().contains(old.getName())) {
                    problems.add(where + " was removed without reserving its number and name");
                }
            } else if (!now.getName().equals(old.getName())) {
                problems.add(where + " was renamed to " + now.getName() + ", which breaks JSON");
            }
        }
        for (final EnumValueDescriptorProto value : after.getValueList()) {
            if (isReservedNumber(before, value.getNumber()) || before.getReservedNameList().contains(value.getName())) {
                problems.add("enum value " + name + "." + value.getName() + " reuses a number or name the baseline reserves");
            }
        }
    }

    private static EnumValueDescriptorProto valueNumbered(final EnumDescriptorProto enumType, final int number) {
        for (final EnumValueDescriptorProto value : enumType.getValueList()) {
            if (value.getNumber() == number) {
                return value;
            }
        }
        return null;
    }

    private static boolean isReservedNumber(final DescriptorProto message, final int number) {
        for (final DescriptorProto.ReservedRange range : message.getReservedRangeList()) {
            if (number >= range.getStart() && number < range.getEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReservedNumber(final EnumDescriptorProto enumType, final int number) {
        for (final EnumDescriptorProto.EnumReservedRange range : enumType.getReservedRangeList()) {
            if (number >= range.getStart() && number <= range.getEnd()) {
                return true;
            }
        }
        return false;
    }

    private static String oneofOf(final DescriptorProto message, final FieldDescriptorProto field) {
        if (!field.hasOneofIndex() || field.getProto3Optional()) {
            return null;
        }
        return message.getOneofDecl(field.getOneofIndex()).getName();
    }

    private static String typeOf(final FieldDescriptorProto field) {
        final String type = field.getType().name().substring("TYPE_".length()).toLowerCase(java.util.Locale.ROOT);
        return field.getTypeName().isEmpty() ? type : type + " " + field.getTypeName().substring(1);
    }

    private static String labelOf(final FieldDescriptorProto field) {
        if (field.getProto3Optional()) {
            return "optional";
        }
        return field.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED ? "repeated" : "singular";
    }

    private static String movedHint(final String fullName, final Iterable<String> candidates) {
        final String simpleName = fullName.substring(fullName.lastIndexOf('.') + 1);
        for (final String candidate : candidates) {
            if (!candidate.equals(fullName) && candidate.endsWith("." + simpleName)) {
                return " (now " + candidate + "?)";
            }
        }
        return "";
    }

    /** Messages and enums of a descriptor set by full name, nested types included. */
    private static final class Index {
        final Map<String, DescriptorProto> messages = new LinkedHashMap<>();
        final Map<String, EnumDescriptorProto> enums = new LinkedHashMap<>();

        Index(final FileDescriptorSet set) {
            for (final FileDescriptorProto file : set.getFileList()) {
                final String prefix = file.getPackage().isEmpty() ? "" : file.getPackage() + ".";
                file.getMessageTypeList().forEach(message -> addMessage(prefix, message));
                file.getEnumTypeList().forEach(enumType -> enums.put(prefix + enumType.getName(), enumType));
            }
        }

        private void addMessage(final String prefix, final DescriptorProto message) {
            final String name = prefix + message.getName();
            messages.put(name, message);
            message.getNestedTypeList().forEach(nested -> addMessage(name + ".", nested));
            message.getEnumTypeList().forEach(enumType -> enums.put(name + "." + enumType.getName(), enumType));
        }
    }
}
