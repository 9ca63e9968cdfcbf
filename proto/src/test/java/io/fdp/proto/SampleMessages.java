package io.fdp.proto;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds generated messages with every field set to a deterministic value: scalars derived from the
 * field number and a seed, enums to their first non-zero value, two elements per repeated field, one
 * entry per map, the first member of each oneof, nested messages recursively down to {@link #MAX_DEPTH}.
 */
final class SampleMessages {

    /** Nesting depth below which message fields are filled; deeper ones are set but left empty. */
    static final int MAX_DEPTH = 8;

    private static final String TIMESTAMP = "google.protobuf.Timestamp";
    private static final long BASE_EPOCH_SECOND = 1_717_421_400L;

    private SampleMessages() {
    }

    /** Returns the generated default instance of a message type, found by the java_package and name of its file. */
    static Message defaultInstance(final Descriptors.Descriptor type) {
        final Descriptors.FileDescriptor file = type.getFile();
        if (!file.getOptions().getJavaMultipleFiles()) {
            throw new IllegalArgumentException(file.getName() + " does not set java_multiple_files");
        }
        final List<String> names = new ArrayList<>();
        for (Descriptors.Descriptor scope = type; scope != null; scope = scope.getContainingType()) {
            names.add(0, scope.getName());
        }
        final String className = file.getOptions().getJavaPackage() + "." + String.join("$", names);
        try {
            return (Message) Class.forName(className).getMethod("getDefaultInstance").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no generated class " + className + " for " + type.getFullName(), e);
        }
    }

    /** Returns a generated message of the type with every field set, varied by the seed. */
    static Message filled(final Descriptors.Descriptor type, final int seed) {
        final Message.Builder builder = defaultInstance(type).newBuilderForType();
        fill(builder, 0, seed);
        return builder.build();
    }

    /** Returns a value for one element of the field (an entry for a map field) that differs for each seed. */
    static Object element(final Message.Builder owner, final FieldDescriptor field, final int depth, final int seed) {
        if (field.isMapField()) {
            final Message.Builder entry = owner.newBuilderForField(field);
            fill(entry, depth + 1, seed);
            return entry.build();
        }
        return switch (field.getJavaType()) {
            case INT -> field.getNumber() * 10 + seed + 1;
            case LONG -> 1_000_000_000_000L * field.getNumber() + seed + 1;
            case FLOAT -> field.getNumber() + seed + 0.5f;
            case DOUBLE -> field.getNumber() + seed + 0.25;
            case BOOLEAN -> true;
            case STRING -> field.getName() + "-" + seed;
            case BYTE_STRING -> ByteString.copyFromUtf8(field.getName() + "-" + seed);
            case ENUM -> nonZeroEnumValue(field.getEnumType(), seed);
            case MESSAGE -> nestedMessage(owner, field, depth, seed);
        };
    }

    private static void fill(final Message.Builder builder, final int depth, final int seed) {
        final Descriptors.Descriptor type = builder.getDescriptorForType();
        if (type.getFullName().equals(TIMESTAMP)) {
            builder.setField(type.findFieldByName("seconds"), BASE_EPOCH_SECOND + seed);
            builder.setField(type.findFieldByName("nanos"), 123_456_789 + seed);
            return;
        }
        for (final FieldDescriptor field : type.getFields()) {
            final Descriptors.OneofDescriptor oneof = field.getRealContainingOneof();
            if (oneof != null && oneof.getField(0) != field) {
                continue;
            }
            if (field.isMapField()) {
                builder.addRepeatedField(field, element(builder, field, depth, seed));
            } else if (field.isRepeated()) {
                builder.addRepeatedField(field, element(builder, field, depth, seed));
                builder.addRepeatedField(field, element(builder, field, depth, seed + 1));
            } else {
                builder.setField(field, element(builder, field, depth, seed));
            }
        }
    }

    private static Message nestedMessage(final Message.Builder owner, final FieldDescriptor field, final int depth, final int seed) {
        final Message.Builder nested = owner.newBuilderForField(field);
        if (depth + 1 < MAX_DEPTH) {
            fill(nested, depth + 1, seed);
        }
        return nested.build();
    }

    private static Descriptors.EnumValueDescriptor nonZeroEnumValue(final Descriptors.EnumDescriptor type, final int seed) {
        final List<Descriptors.EnumValueDescriptor> values = type.getValues();
        if (values.size() < 2) {
            throw new IllegalArgumentException(type.getFullName() + " has no non-zero value");
        }
        return values.get(1 + seed % (values.size() - 1));
    }
}
