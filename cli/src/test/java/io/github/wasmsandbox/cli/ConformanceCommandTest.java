package io.github.wasmsandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("wasm-sandbox conformance")
class ConformanceCommandTest {

    private static final String SPIN = ";; @invoke run\n;; @limits deadline-ms=50\n;; @expect PREEMPTED\n"
            + "(module (func (export \"run\") (loop br 0)))\n";
    private static final String FUEL = ";; a user's own comment line is fine\n;; @limits fuel=1000\n;; @expect OUT_OF_FUEL\n"
            + "(module (func (export \"run\") (loop br 0)))\n";
    private static final String WRONG = ";; @expect COMPLETED\n(module (func (export \"run\") unreachable))\n";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int main(String... args) {
        return cli.main(args);
    }

    private Path fixtures(String... nameAndText) throws IOException {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(fixtures.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return fixtures;
    }

    /** The objects of report.json, each as a flat map of its raw values. */
    private static List<String> rows(Path report) throws IOException {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(Files.readString(report.resolve("report.json")));
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    @Test
    @DisplayName("runs a user's fixtures with their headers and writes json, markdown and html")
    void userFixtures() throws IOException {
        Path fixtures = fixtures("a-spin.wat", SPIN, "b-fuel.wat", FUEL);
        Path report = dir.resolve("report");
        int exit = main("conformance", "--runtime", "chicory-compiler", "--runtime", "chicory-interpreter",
                "--fixtures", fixtures.toString(), "--out", report.toString());

        assertThat(exit).as(cli.err()).isZero();
        List<String> rows = rows(report);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("{\"fixture\":\"a-spin.wat\",\"runtime\":\"chicory-compiler\","
                + "\"expected\":[\"PREEMPTED\"],\"outcome\":\"PREEMPTED\",\"pass\":true,\"status\":\"pass\",\"elapsedMs\":")
                .containsPattern("\"latencyMs\":[0-9.]+,\"fuelConsumed\":null");
        assertThat(rows.get(1)).contains("\"fixture\":\"a-spin.wat\",\"runtime\":\"chicory-interpreter\"");
        for (String fuelRow : rows.subList(2, 4)) {
            assertThat(fuelRow).contains("\"fixture\":\"b-fuel.wat\"", "\"expected\":[\"OUT_OF_FUEL\"]",
                    "\"outcome\":\"OUT_OF_FUEL\"", "\"pass\":true", "\"latencyMs\":null", "\"fuelConsumed\":1000");
        }
        String table = cli.out();
        assertThat(table).contains("chicory-compiler: 2 pass, 0 known deviation, 0 unsupported, 0 FAIL");
        assertThat(cli.err()).contains("[1/4] a-spin.wat on chicory-compiler: PREEMPTED (pass)");

        String markdown = Files.readString(report.resolve("report.md"));
        assertThat(markdown).contains("| fixture | expected | chicory-compiler | chicory-interpreter |",
                "| `b-fuel.wat` | OUT_OF_FUEL | OUT_OF_FUEL, 1000 fuel | OUT_OF_FUEL, 1000 fuel |");
        String html = Files.readString(report.resolve("report.html"));
        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("https://");
        assertThat(Pattern.compile("<rect ").matcher(html).results().count())
                .as("one bar per preempted row").isEqualTo(2);
    }

    @Test
    @DisplayName("exits 1 and names the row when a fixture does not end as expected")
    void failingRow() throws IOException {
        Path fixtures = fixtures("wrong.wat", WRONG);
        int exit = main("conformance", "--runtime", "chicory-compiler", "--fixtures", fixtures.toString(),
                "--out", dir.resolve("r").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(cli.out())
                .containsPattern("wrong\\.wat +chicory-compiler +TRAPPED +- +FAIL  expected COMPLETED");
        assertThat(rows(dir.resolve("r")).get(0)).contains("\"pass\":false", "\"status\":\"FAIL\"", "\"trap\":\"unreachable\"");
    }

    @Test
    @DisplayName("takes a .wasm fixture's headers from its .headers file")
    void wasmWithHeaders() throws IOException {
        Path fixtures = fixtures("spin.wasm.headers", ";; @limits deadline-ms=50\n;; @expect PREEMPTED\n");
        Files.write(fixtures.resolve("spin.wasm"), GuestModule.ofWat("(module (func (export \"run\") (loop br 0)))").bytes());
        assertThat(main("conformance", "--runtime", "chicory-compiler", "--fixtures", fixtures.toString(),
                "--out", dir.resolve("r").toString())).isZero();
        assertThat(rows(dir.resolve("r"))).singleElement().asString().contains("\"outcome\":\"PREEMPTED\"");
    }

    @Test
    @DisplayName("rejects header mistakes with exit 2 and one line naming file, line and fix")
    void headerMistakes() throws IOException {
        assertBadFixture("x.wat", ";; @expect PREEMPTED\n;; @limit fuel=1\n(module)",
                "x.wat:2: unknown header @limit; known: @invoke, @limits, @expect");
        assertBadFixture("y.wat", ";; @expect PREEMTED\n(module)", "y.wat:1: @expect: unknown outcome 'PREEMTED'");
        assertBadFixture("z.wat", ";; @limits fuel=ten\n;; @expect OUT_OF_FUEL\n(module)",
                "z.wat:1: @limits: fuel expects a whole number, got 'ten'");
        assertBadFixture("w.wat", ";; @limits gas=10\n;; @expect OUT_OF_FUEL\n(module)",
                "w.wat:1: @limits: 'gas=10' is not key=value with a key among [fuel, deadline-ms, max-memory-pages,");
        assertBadFixture("v.wat", "(module)", "v.wat: no `;; @expect OUTCOME` header");
        assertBadFixture("u.wasm", "\0asm", "u.wasm: a .wasm fixture needs its headers in u.wasm.headers");
        assertBadFixture("t.wat", ";; @expect COMPLETED\n(module\n (func (i32.bogus)))", "t.wat:3:");
    }

    private void assertBadFixture(String name, String text, String message) throws IOException {
        Path fixtures = Files.createDirectories(dir.resolve("bad-" + name));
        Files.writeString(fixtures.resolve(name), text);
        cli.reset();
        assertThat(main("conformance", "--runtime", "chicory-compiler", "--fixtures", fixtures.toString()))
                .isEqualTo(2);
        String e = cli.err().strip();
        assertThat(e).startsWith("error: ").contains(message).doesNotContain("\tat ");
        assertThat(e.lines()).hasSize(1);
    }

    @Test
    @DisplayName("rejects an unknown runtime and an unknown option with exit 2")
    void badUsage() {
        assertThat(main("conformance", "--runtime", "no-such-runtime")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown runtime 'no-such-runtime'; available here: [");
        assertThat(main("conformance", "--fast")).isEqualTo(2);
        assertThat(cli.err()).contains("conformance: unknown option --fast");
    }

    @Test
    @DisplayName("--doc replaces the report section of a Markdown file and nothing else")
    void docSection() throws IOException {
        Path fixtures = fixtures("a-spin.wat", SPIN);
        Path doc = Files.writeString(dir.resolve("doc.md"),
                "# Title\nbefore\n" + ReportSection.START + "\nold report\n" + ReportSection.END + "\nafter\n");
        assertThat(main("conformance", "--runtime", "chicory-compiler", "--fixtures", fixtures.toString(),
                "--out", dir.resolve("r").toString(), "--doc", doc.toString())).isZero();
        String text = Files.readString(doc);
        assertThat(text).startsWith("# Title\nbefore\n" + ReportSection.START + "\nGenerated by `wasm-sandbox conformance` on ")
                .contains("| `a-spin.wat` | PREEMPTED | PREEMPTED, ")
                .doesNotContain("old report")
                .endsWith(ReportSection.END + "\nafter\n");
    }
}
