package io.fdp.proto.compat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The evolution gate on real edits of the real schemas, compiled by protoc. */
@Timeout(120)
class SchemaCompatibilityTest {
    private static final String DECIMAL = "fdp/common/v1/decimal.proto";
    private static final String SIDE = "fdp/market/v1/side.proto";
    private static final String TRADE = "fdp/market/v1/trade.proto";

    private static FileDescriptorSet baseline;

    @TempDir
    Path workDir;

    @BeforeAll
    static void compileUnchangedSchemas(@TempDir final Path dir) throws Exception {
        baseline = new ProtocRunner(dir).compile();
    }

    private List<String> problemsAfter(final Edit edit) throws Exception {
        final ProtocRunner runner = new ProtocRunner(workDir);
        edit.apply(runner);
        return SchemaCompatibility.check(baseline, runner.compile());
    }

    @Test
    void unchangedSchemasAreCompatible() throws Exception {
        assertThat(problemsAfter(runner -> { })).isEmpty();
    }

    @Test
    void addingAFieldIsCompatible() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "(sint32 exponent = 2;)",
            "$1\n  // Significant digits when known.\n  int32 precision = 3;"))).isEmpty();
    }

    @Test
    void addingAMessageAndAnEnumIsCompatible() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "(message Decimal \\{)",
            "// A new message.\nmessage DecimalRange {\n  // Low end.\n  Decimal low = 1;\n}\n\n"
                + "// A new enum.\nenum Rounding {\n  // Not set.\n  ROUNDING_UNSPECIFIED = 0;\n}\n\n$1"))).isEmpty();
    }

    @Test
    void removingAFieldWithItsNumberAndNameReservedIsCompatible() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;",
            "reserved 1;\n  reserved \"mantissa\";"))).isEmpty();
    }

    @Test
    void renumberedFieldFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;", "int64 mantissa = 3;")))
            .anySatisfy(problem -> assertThat(problem)
                .contains("fdp.common.v1.Decimal.mantissa (number 1)").contains("removed without reserving"));
    }

    @Test
    void changedFieldTypeFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;", "string mantissa = 1;")))
            .containsExactly("field fdp.common.v1.Decimal.mantissa (number 1) changed type from int64 to string");
    }

    @Test
    void changedFieldLabelFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;", "repeated int64 mantissa = 1;")))
            .containsExactly("field fdp.common.v1.Decimal.mantissa (number 1) changed label from singular to repeated");
    }

    @Test
    void unreservedFieldRemovalFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;", "")))
            .containsExactly("field fdp.common.v1.Decimal.mantissa (number 1) was removed without reserving its number"
                + " and name (add: reserved 1; reserved \"mantissa\";)");
    }

    @Test
    void renamedFieldFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(DECIMAL, "int64 mantissa = 1;", "int64 significand = 1;")))
            .anySatisfy(problem -> assertThat(problem)
                .isEqualTo("field fdp.common.v1.Decimal.mantissa (number 1) was renamed to significand, which breaks JSON"));
    }

    @Test
    void reusingAReservedNumberFails() throws Exception {
        final ProtocRunner release = new ProtocRunner(workDir.resolve("release"));
        release.editOnce(DECIMAL, "int64 mantissa = 1;", "reserved 1;\n  reserved \"mantissa\";");
        final FileDescriptorSet released = release.compile();
        final ProtocRunner next = new ProtocRunner(workDir.resolve("next"));
        next.editOnce(DECIMAL, "int64 mantissa = 1;", "string text = 1;");
        assertThat(SchemaCompatibility.check(released, next.compile()))
            .anySatisfy(problem -> assertThat(problem).contains("fdp.common.v1.Decimal.text reuses number 1"))
            .anySatisfy(problem -> assertThat(problem).contains("no longer reserves name \"mantissa\""));
    }

    @Test
    void addingAnEnumValueIsCompatible() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(SIDE, "(SIDE_SELL = 2;)",
            "$1\n  // Sell short.\n  SIDE_SELL_SHORT = 3;"))).isEmpty();
    }

    @Test
    void unreservedEnumValueRemovalFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(SIDE, "SIDE_SELL = 2;", "")))
            .containsExactly("enum value fdp.market.v1.Side.SIDE_SELL (number 2) was removed without reserving its number"
                + " and name");
    }

    @Test
    void reservedEnumValueRemovalIsCompatible() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(SIDE, "SIDE_SELL = 2;",
            "reserved 2;\n  reserved \"SIDE_SELL\";"))).isEmpty();
    }

    @Test
    void renamedEnumValueFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editEverywhere("\\bSIDE_SELL\\b", "SIDE_ASK")))
            .containsExactly("enum value fdp.market.v1.Side.SIDE_SELL (number 2) was renamed to SIDE_ASK, which breaks JSON");
    }

    @Test
    void takingANumberFromTheReservedExtensionBlockFailsUntilTheBaselineIsRefreshed() throws Exception {
        assertThat(problemsAfter(runner -> runner.editOnce(TRADE, "reserved 1000 to 1999;",
            "// Venue code.\n  string venue_code = 1000;\n  reserved 1001 to 1999;")))
            .contains("field fdp.market.v1.TradePrint.venue_code reuses number 1000, which the baseline reserves",
                "message fdp.market.v1.TradePrint no longer reserves number 1000");
    }

    @Test
    void renamedMessageFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editEverywhere("\\bDecimal\\b", "ExactDecimal")))
            .anySatisfy(problem -> assertThat(problem)
                .startsWith("message fdp.common.v1.Decimal was removed, renamed or moved"));
    }

    @Test
    void movedPackageFails() throws Exception {
        assertThat(problemsAfter(runner -> runner.editEverywhere("\\bfdp\\.common\\.v1\\b", "fdp.common.v2")))
            .anySatisfy(problem -> assertThat(problem).isEqualTo(
                "message fdp.common.v1.Decimal was removed, renamed or moved (now fdp.common.v2.Decimal?)"));
    }

    @Test
    void gateNamesEveryProblemAndTheRefreshCommand() throws Exception {
        final ProtocRunner runner = new ProtocRunner(workDir.resolve("edited"));
        runner.editOnce(DECIMAL, "int64 mantissa = 1;", "string mantissa = 1;");
        final Path before = workDir.resolve("before.binpb");
        final Path after = workDir.resolve("after.binpb");
        Files.write(before, baseline.toByteArray());
        Files.write(after, runner.compile().toByteArray());
        final IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> SchemaGate.main(new String[] {before.toString(), after.toString()}));
        assertThat(failure.getMessage())
            .contains("fdp.common.v1.Decimal.mantissa (number 1) changed type from int64 to string")
            .contains("./mvnw -pl proto -P schema-baseline generate-sources");
    }

    @Test
    void missingBaselineIsAClearError() {
        final IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
            () -> SchemaGate.read(workDir.resolve("absent.binpb")));
        assertThat(failure.getMessage()).contains("No descriptor set at").contains("absent.binpb");
    }

    /** One edit of the copied schema tree. */
    @FunctionalInterface
    interface Edit {
        void apply(ProtocRunner runner) throws IOException;
    }
}
