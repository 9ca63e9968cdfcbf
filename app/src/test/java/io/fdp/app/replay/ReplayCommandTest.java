package io.fdp.app.replay;

import io.fdp.app.Fdp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class ReplayCommandTest {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");

    @TempDir
    Path out;

    private static String run(final String... args) {
        final PrintStream original = System.out;
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Fdp.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static long field(final String json, final String name) {
        final Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("field %s in %s", name, json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String lastLine(final String output) {
        final String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void krakenReplayVerifiesEveryChecksum() {
        final String json = lastLine(run("replay", "--format", "kraken", "--input", DATA.resolve("crypto/KRAKEN.ws.50.0").toString(),
            "--json"));
        assertThat(json).startsWith("{").endsWith("}");
        assertThat(field(json, "checksumsVerified")).isEqualTo(4269);
        assertThat(field(json, "checksumsFailed")).isZero();
        assertThat(field(json, "gaps")).isZero();
        assertThat(field(json, "rejected")).isZero();
        assertThat(json).contains("\"messagesPerSecond\":").contains("\"stateHash\":\"");
    }

    @Test
    void binanceReplayMergesSnapshotsAndDiffsWithoutGaps() {
        final String json = lastLine(run("replay", "--format", "binance",
            "--input", DATA.resolve("crypto/BINANCE.http.0.0").toString(),
            "--input", DATA.resolve("crypto/BINANCE.ws.1.0").toString(), "--json"));
        assertThat(field(json, "gaps")).isZero();
        assertThat(field(json, "rejected")).isZero();
        assertThat(field(json, "instruments")).isEqualTo(4);
    }

    @Test
    void lobsterBookOutWritesOneRowPerEventInLobsterLayout() throws Exception {
        final String output = run("replay", "--format", "lobster",
            "--input", DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv").toString(),
            "--orderbook", DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv").toString(),
            "--book-out", out.toString(), "--depth", "10", "--json");
        assertThat(field(lastLine(output), "messages")).isEqualTo(999);
        final var rows = Files.readAllLines(out.resolve("AAPL.csv"));
        final var truth = Files.readAllLines(DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv"));
        assertThat(rows).hasSize(999);
        assertThat(rows.get(0)).isEqualTo(truth.get(0));
        assertThat(rows.get(0).split(",")).hasSize(40);
    }

    @Test
    void sameInputGivesTheSameStateHash() {
        final String input = DATA.resolve("itch/ex20101224.TEST_ITCH_50.gz").toString();
        final String first = lastLine(run("replay", "--format", "itch", "--input", input, "--json"));
        final String second = lastLine(run("replay", "--format", "itch", "--input", input, "--json"));
        assertThat(field(first, "messages")).isEqualTo(12_012);
        assertThat(first.replaceAll(".*\"stateHash\":\"(\\w+)\".*", "$1"))
            .isEqualTo(second.replaceAll(".*\"stateHash\":\"(\\w+)\".*", "$1"));
    }

    @Test
    void syntheticFlowIsDeterministicAndValid() {
        final String first = lastLine(run("replay", "--format", "synthetic", "--events", "50000", "--seed", "7", "--json"));
        final String second = lastLine(run("replay", "--format", "synthetic", "--events", "50000", "--seed", "7", "--json"));
        assertThat(field(first, "messages")).isEqualTo(50_000);
        assertThat(field(first, "rejected")).isZero();
        assertThat(field(first, "instruments")).isEqualTo(16);
        assertThat(first.replaceAll(".*\"stateHash\":\"(\\w+)\".*", "$1"))
            .isEqualTo(second.replaceAll(".*\"stateHash\":\"(\\w+)\".*", "$1"));
    }

    @Test
    void bookRejectionsSayWhatWhereAndWhy() {
        final String output = run("replay", "--format", "itch", "--input",
            DATA.resolve("itch/ex20101224.TEST_ITCH_50.gz").toString());
        assertThat(output).contains("rejected: 117 {book UNKNOWN_ORDER=117}")
            .contains("ORDER_DELETE of BOB order 1440692 at 2010-12-24T14:31:51.959093167Z: UNKNOWN_ORDER");
    }

    @Test
    void journalReplayNeedsAJournalOrAFormat() {
        final PrintStream original = System.err;
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Fdp.run("replay", "--journal", out.resolve("nothing").toString())).isEqualTo(2);
            assertThat(Fdp.run("replay", "--journal", out.toString(), "--format", "itch")).isEqualTo(2);
            assertThat(Fdp.run("replay", "--format", "itch")).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no input journal under")
            .contains("give either --journal or --format with --input, not both").contains("give --format and --input");
    }

    @Test
    void progressGoesToStderrOnlyWhenAskedOutsideATerminal() {
        final PrintStream original = System.err;
        final ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        final ByteArrayOutputStream asked = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(quiet, true, StandardCharsets.UTF_8));
            run("replay", "--format", "synthetic", "--events", "20000");
            System.setErr(new PrintStream(asked, true, StandardCharsets.UTF_8));
            run("replay", "--format", "synthetic", "--events", "20000", "--progress", "always");
        } finally {
            System.setErr(original);
        }
        assertThat(quiet.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(asked.toString(StandardCharsets.UTF_8)).contains("\rsynthetic: 20,000 events (100%)").endsWith("\n");
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheKnownOnes() {
        final PrintStream original = System.err;
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Fdp.run("replay", "--format", "fix", "--input", "pom.xml")).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'fix'").contains("itch");
    }
}
