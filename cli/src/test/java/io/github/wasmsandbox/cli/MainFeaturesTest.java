package io.github.wasmsandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("wasm-sandbox run --arg, exit codes, instrument .wat, --version")
class MainFeaturesTest {

    private static final String MATH = "(module"
            + " (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)"
            + " (func (export \"wide\") (param i64) (result i64) local.get 0 i64.const 1 i64.add)"
            + " (func (export \"half\") (param f32) (result f32) local.get 0 f32.const 0.5 f32.mul)"
            + " (func (export \"mix\") (param i32 f64) (result i32 f64) local.get 0 local.get 1 f64.const 2 f64.mul)"
            + " (func (export \"nan\") (result f64) f64.const nan))";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int main(String... args) {
        cli.reset();
        return cli.main(args);
    }

    private Path math() throws IOException {
        return Files.writeString(dir.resolve("math.wat"), MATH);
    }

    @Test
    @DisplayName("--arg values are typed by the export's signature and the JSON line carries the typed results")
    void typedArguments() throws IOException {
        String f = math().toString();
        assertThat(main("run", "--invoke", "add", "--arg", "40", "--arg", "2", f)).isZero();
        assertThat(cli.lastLine()).contains("\"outcome\":\"COMPLETED\",\"values\":[42]");
        assertThat(main("run", "--invoke", "add", "--arg", "-5", "--arg", "2", f)).isZero();
        assertThat(cli.lastLine()).contains("\"values\":[-3]");
        assertThat(main("run", "--invoke", "add", "--arg", "4294967295", "--arg", "0", f)).as("unsigned i32").isZero();
        assertThat(cli.lastLine()).contains("\"values\":[-1]");
        assertThat(main("run", "--invoke", "wide", "--arg", "9000000000", f)).isZero();
        assertThat(cli.lastLine()).contains("\"values\":[9000000001]");
        assertThat(main("run", "--invoke", "half", "--arg", "3", f)).isZero();
        assertThat(cli.lastLine()).contains("\"values\":[1.5]");
        assertThat(main("run", "--invoke", "mix", "--arg", "7", "--arg", "-1.25", f)).isZero();
        assertThat(cli.lastLine()).contains("\"values\":[7,-2.5]");
        assertThat(main("run", "--invoke", "nan", f)).isZero();
        assertThat(cli.lastLine()).contains("\"values\":[\"NaN\"]");
    }

    @Test
    @DisplayName("the JSON values agree with the raw values of the same run through the API, on every runtime")
    void sameAsTheApi() throws IOException {
        String f = math().toString();
        for (String runtime : Sandboxes.availableRuntimes()) {
            Outcome o;
            try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().deadlineMillis(1000).build())) {
                o = sandbox.run(Invocation.of(GuestModule.ofWat(MATH)).call("mix", 7,
                        Double.doubleToRawLongBits(-1.25)));
            }
            assertThat(Double.longBitsToDouble(o.values()[1])).as(runtime).isEqualTo(-2.5);
            assertThat(main("run", "--runtime", runtime, "--invoke", "mix", "--arg", "7", "--arg", "-1.25", f))
                    .as(runtime).isZero();
            assertThat(cli.lastLine()).as(runtime).contains("\"values\":[7,-2.5]");
        }
    }

    @Test
    @DisplayName("a wrong --arg is a usage error (exit 2) naming the export, the position, the type and the value")
    void badArguments() throws IOException {
        String f = math().toString();
        assertThat(main("run", "--invoke", "add", "--arg", "1", f)).isEqualTo(Main.USAGE_ERROR);
        assertThat(cli.err().strip()).isEqualTo("error: run: export 'add' takes 2 arguments [i32, i32], got 1 --arg");
        assertThat(main("run", "--invoke", "add", "--arg", "1.5", "--arg", "2", f)).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("error: run: --arg 1 of 'add' is i32, it expects an integer, got '1.5'");
        assertThat(main("run", "--invoke", "add", "--arg", "4294967296", "--arg", "2", f)).isEqualTo(2);
        assertThat(cli.err()).contains("does not fit in 32 bits");
        assertThat(main("run", "--invoke", "half", "--arg", "0x1p3", f)).isEqualTo(2);
        assertThat(cli.err()).contains("--arg 1 of 'half' is f32, it expects a decimal number, got '0x1p3'");
        assertThat(main("run", "--invoke", "missing", "--arg", "1", f)).isEqualTo(2);
        assertThat(cli.err()).contains("exports no function 'missing'", "[add, wide, half, mix, nan]");
        assertThat(main("run", "--invoke", "-", "--arg", "1", f)).isEqualTo(2);
        assertThat(main("run", "--invoke", "missing", f)).as("a missing export without --arg is an outcome").isZero();
        assertThat(cli.lastLine()).contains("\"outcome\":\"INVALID_MODULE\"", "\"values\":[]");
    }

    @Test
    @DisplayName("exits 3 when the guest was not contained, distinct from usage errors and failing rows")
    void exitCodes() {
        assertThat(Main.UNCONTAINED).containsExactlyInAnyOrder(io.github.wasmsandbox.api.OutcomeKind.ESCAPED,
                io.github.wasmsandbox.api.OutcomeKind.KILLED, io.github.wasmsandbox.api.OutcomeKind.CRASHED);
        assertThat(java.util.Set.of(Main.OK, Main.FAILED, Main.USAGE_ERROR, Main.NOT_CONTAINED)).hasSize(4);
        assertThat(Main.NOT_CONTAINED).isEqualTo(3);
        assertThat(main("--help")).isZero();
        assertThat(cli.out()).contains("exit codes:", "3 run: ESCAPED, KILLED or CRASHED");
    }

    @Test
    @DisplayName("exits 3 for a guest that could not be stopped: its child JVM was KILLED")
    void killedIsExit3() throws IOException {
        // loop-br-if escapes Chicory's interpreter (a documented deviation); in a child JVM it is killed, not left.
        Path f = Files.write(dir.resolve("loop-br-if.wasm"), io.github.wasmsandbox.fixtures.HostileFixture.LOOP_BR_IF.bytes());
        assertThat(main("run", "--runtime", "chicory-interpreter", "--isolation", "process", "--deadline-ms", "100",
                f.toString())).isEqualTo(Main.NOT_CONTAINED);
        assertThat(cli.lastLine()).contains("\"outcome\":\"KILLED\"");
    }

    @Test
    @DisplayName("instrument takes a .wat input, and reports its syntax errors with line and column (exit 2)")
    void instrumentWat() throws IOException {
        Path in = Files.writeString(dir.resolve("spin.wat"), "(module (func (export \"run\") (loop br 0)))");
        Path out = dir.resolve("spin.wasm");
        assertThat(main("instrument", "--fuel", in.toString(), out.toString())).isZero();
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).startsWith("\0asm")
                .contains("wasm_sandbox_fuel");
        Path bad = Files.writeString(dir.resolve("bad.wat"), "(module\n  (func (i32.bogus)))");
        assertThat(main("instrument", "--fuel", bad.toString(), out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("bad.wat:2:").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("the fixtures shown in docs/cli.md load, and pass on chicory-compiler")
    void documentedFixtures() throws IOException {
        String doc = Files.readString(Path.of("../docs/cli.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```wat\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(doc);
        Path fixtures = Files.createDirectories(dir.resolve("documented"));
        int n = 0;
        while (m.find()) {
            Files.writeString(fixtures.resolve("doc-" + ++n + ".wat"), m.group(1));
        }
        assertThat(n).as("```wat blocks in docs/cli.md").isGreaterThanOrEqualTo(2);
        assertThat(io.github.wasmsandbox.report.FixtureDirectory.load(fixtures)).hasSize(n);
        assertThat(main("conformance", "--runtime", "chicory-compiler", "--fixtures", fixtures.toString(), "--out",
                dir.resolve("out").toString())).isZero();
    }

    @Test
    @DisplayName("--version prints the version of this build")
    void version() {
        assertThat(main("--version")).isZero();
        assertThat(cli.out().strip()).matches("wasm-sandbox \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Main.version()).isNotEqualTo("unknown");
    }
}
