package io.fdp.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.Descriptors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    private static List<FileDescriptorProto> fdpFiles;

    @BeforeAll
    static void readDescriptorSetOfTheBuild() throws IOException {
        final Path current = Path.of(System.getProperty("fdp.schema.current"));
        try (InputStream in = Files.newInputStream(current)) {
            fdpFiles = FileDescriptorSet.parseFrom(in).getFileList().stream()
                .filter(file -> file.getName().startsWith("fdp/"))
                .toList();
        }
    }

    @Test
    void descriptorSetOfTheBuildHoldsEveryFileWithComments() {
        final TreeSet<String> inSet = fdpFiles.stream().map(FileDescriptorProto::getName).collect(Collectors.toCollection(TreeSet::new));
        final TreeSet<String> compiled = FdpSchemas.files().stream()
            .map(Descriptors.FileDescriptor::getName)
            .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(compiled, inSet);
        for (final FileDescriptorProto file : fdpFiles) {
            assertTrue(file.hasSourceCodeInfo(), file.getName() + " has no source info: enable outputDescriptorIncludeSourceInfo");
        }
    }

    @Test
    void noFieldIsFloatingPoint() {
        assertEquals(List.of(), violations(SchemaRules::floatingPointFields));
    }

    @Test
    void everyEnumStartsWithUnspecifiedAndPrefixesItsValues() {
        assertEquals(List.of(), violations(SchemaRules::enumNamingViolations));
    }

    @Test
    void everyMessageFieldEnumAndValueIsCommented() {
        assertEquals(List.of(), violations(SchemaRules::missingComments));
    }

    @Test
    void everyDataRecordCarriesMetadataAndTimes() {
        assertEquals(List.of(), violations(SchemaRules::recordsWithoutProvenance));
    }

    @Test
    void nonRecordExemptionsNameExistingTypes() {
        final List<String> topLevel = fdpFiles.stream()
            .flatMap(file -> file.getMessageTypeList().stream().map(message -> file.getPackage() + "." + message.getName()))
            .toList();
        assertTrue(topLevel.containsAll(SchemaRules.NON_RECORD_TYPES), "stale exemption in " + SchemaRules.NON_RECORD_TYPES);
    }

    @Test
    void reportsFloatingPointFieldsByName() {
        final FileDescriptorProto file = file(DescriptorProto.newBuilder()
            .setName("Tick")
            .addField(field("price", 1, FieldDescriptorProto.Type.TYPE_DOUBLE))
            .addField(field("size", 2, FieldDescriptorProto.Type.TYPE_FLOAT))
            .addField(field("count", 3, FieldDescriptorProto.Type.TYPE_INT64))
            .addField(messageField("ratio", 4, ".google.protobuf.DoubleValue")));

        assertEquals(
            List.of("fdp.bad.v1.Tick.price is floating point", "fdp.bad.v1.Tick.size is floating point",
                "fdp.bad.v1.Tick.ratio is floating point"),
            SchemaRules.floatingPointFields(file));
    }

    @Test
    void reportsEnumWithoutUnspecifiedZeroOrPrefix() {
        final FileDescriptorProto file = FileDescriptorProto.newBuilder()
            .setName("fdp/bad/v1/bad.proto")
            .setPackage("fdp.bad.v1")
            .addEnumType(EnumDescriptorProto.newBuilder()
                .setName("OrderType")
                .addValue(enumValue("LIMIT", 0))
                .addValue(enumValue("ORDER_TYPE_MARKET", 1)))
            .addEnumType(EnumDescriptorProto.newBuilder()
                .setName("BookAction")
                .addValue(enumValue("BOOK_ACTION_UNSPECIFIED", 0))
                .addValue(enumValue("BOOK_ACTION_NEW", 1)))
            .build();

        assertEquals(
            List.of("fdp.bad.v1.OrderType must start with ORDER_TYPE_UNSPECIFIED = 0, not LIMIT",
                "fdp.bad.v1.OrderType.LIMIT lacks the prefix ORDER_TYPE_"),
            SchemaRules.enumNamingViolations(file));
    }

    @Test
    void reportsUncommentedElements() {
        final FileDescriptorProto file = file(DescriptorProto.newBuilder()
            .setName("Tick")
            .addField(field("sequence", 1, FieldDescriptorProto.Type.TYPE_UINT64))
            .addField(field("venue", 2, FieldDescriptorProto.Type.TYPE_STRING)))
            .toBuilder()
            .setSourceCodeInfo(SourceCodeInfo.newBuilder()
                .addLocation(location("A tick.", 4, 0))
                .addLocation(location("Feed sequence number.", 4, 0, 2, 0))
                .addLocation(location("  \n", 4, 0, 2, 1)))
            .build();

        assertEquals(List.of("fdp.bad.v1.Tick.venue has no leading comment"), SchemaRules.missingComments(file));
    }

    @Test
    void reportsRecordWithoutMetadataOrTimes() {
        final FileDescriptorProto file = file(DescriptorProto.newBuilder()
            .setName("Tick")
            .addField(messageField("event_time", 1, ".google.protobuf.Timestamp"))
            .addField(field("ingestion_time", 2, FieldDescriptorProto.Type.TYPE_INT64)))
            .toBuilder()
            .setPackage("fdp.market.v1")
            .build();

        assertEquals(
            List.of("fdp.market.v1.Tick lacks fdp.common.v1.Metadata metadata",
                "fdp.market.v1.Tick lacks google.protobuf.Timestamp ingestion_time"),
            SchemaRules.recordsWithoutProvenance(file));
    }

    @Test
    void derivesEnumPrefixFromTypeName() {
        assertEquals("DATA_QUALITY_FLAG", SchemaRules.upperSnakeCase("DataQualityFlag"));
        assertEquals("SIDE", SchemaRules.upperSnakeCase("Side"));
        assertEquals("HTTP_STATUS", SchemaRules.upperSnakeCase("HTTPStatus"));
    }

    private static List<String> violations(final Function<FileDescriptorProto, List<String>> rule) {
        final List<String> offenders = new ArrayList<>();
        for (final FileDescriptorProto file : fdpFiles) {
            offenders.addAll(rule.apply(file));
        }
        return offenders;
    }

    private static FileDescriptorProto file(final DescriptorProto.Builder message) {
        return FileDescriptorProto.newBuilder()
            .setName("fdp/bad/v1/bad.proto")
            .setPackage("fdp.bad.v1")
            .addMessageType(message)
            .build();
    }

    private static FieldDescriptorProto field(final String name, final int number, final FieldDescriptorProto.Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type).build();
    }

    private static FieldDescriptorProto messageField(final String name, final int number, final String typeName) {
        return FieldDescriptorProto.newBuilder()
            .setName(name)
            .setNumber(number)
            .setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
            .setTypeName(typeName)
            .build();
    }

    private static EnumValueDescriptorProto enumValue(final String name, final int number) {
        return EnumValueDescriptorProto.newBuilder().setName(name).setNumber(number).build();
    }

    private static SourceCodeInfo.Location location(final String comment, final Integer... path) {
        return SourceCodeInfo.Location.newBuilder().addAllPath(List.of(path)).setLeadingComments(comment).build();
    }
}
