package io.github.wasmsandbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainRunTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int main(String... args) {
        return cli.main(args);
    }

    private String lastLine() {
        return cli.lastLine();
    }

    private Path wat(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void completesAndPrintsJson() throws IOException {
        Path f = wat("ok.wat", "(module (func (export \"run\") (result i32) i32.const 42))");
        assertThat(main("run", f.toString())).isZero();
        assertThat(lastLine()).startsWith("{").contains("\"outcome\":\"COMPLETED\"", "\"latencyMs\":null",
                "\"runtime\":\"chicory-compiler\"", "\"elapsedMs\":", "\"fuelConsumed\":null", "\"trap\":null",
                "\"message\":");
    }

    @Test
    void infiniteLoopIsPreempted() throws IOException {
        Path f = wat("loop.wat", "(module (func (export \"run\") (loop (br 0))))");
        assertThat(main("run", "--deadline-ms", "50", f.toString())).isZero();
        assertThat(lastLine()).contains("\"outcome\":\"PREEMPTED\"").matches(".*\"latencyMs\":\\d+.*");
    }

    @Test
    void instantiateOnly() throws IOException {
        Path f = wat("noexport.wat", "(module)");
        assertThat(main("run", "--invoke", "-", f.toString())).isZero();
        assertThat(lastLine()).contains("\"outcome\":\"COMPLETED\"");
    }

    @Test
    void fuelIsMeteredByRewriting() throws IOException {
        Path f = wat("spin.wat", "(module (func (export \"run\") (loop br 0)))");
        assertThat(main("run", "--fuel", "100", f.toString())).isZero();
        assertThat(lastLine()).contains("\"outcome\":\"OUT_OF_FUEL\"", "\"fuelConsumed\":100");
    }

    @Test
    void invalidWatIsExit2WithPositionAndNoStackTrace() throws IOException {
        Path f = wat("bad.wat", "(module\n (func (i32.bogus)))");
        assertThat(main("run", f.toString())).isEqualTo(2);
        String e = cli.err();
        assertThat(e).contains("bad.wat:2:").doesNotContain("\tat ");
        assertThat(e.strip().lines()).hasSize(1);
    }

    @Test
    void badUsage() {
        assertThat(main()).isEqualTo(2);
        assertThat(main("frob")).isEqualTo(2);
        assertThat(main("run", "--deadline-ms", "soon", "x.wat")).isEqualTo(2);
        assertThat(cli.err()).contains("--deadline-ms expects a number");
        assertThat(main("run", "--runtime", "nope", "x.wat")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown runtime 'nope'", "chicory-compiler");
        assertThat(main("run", dir.resolve("missing.wat").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("missing.wat: no such file");
        assertThat(main("--help")).isZero();
        assertThat(cli.out()).contains("usage:");
    }

    @Test
    void catalogConformanceOnChicoryCompilerPassesAndWritesJson() throws IOException {
        Path rep = dir.resolve("rep");
        assertThat(main("conformance", "--runtime", "chicory-compiler", "--out", rep.toString())).isZero();
        String json = Files.readString(rep.resolve("report.json"));
        for (io.github.wasmsandbox.fixtures.HostileFixture f : io.github.wasmsandbox.fixtures.HostileFixture.values()) {
            assertThat(json).contains("\"fixture\":\"" + f.id() + "\"");
        }
        assertThat(json).doesNotContain("\"status\":\"FAIL\"");
    }

    @Test
    void instrumentWritesAMeteredModuleThatStillRuns() throws IOException {
        Path in = Files.write(dir.resolve("in.wasm"), io.github.wasmsandbox.fixtures.HostileFixture.SUM_LOOP.bytes());
        Path metered = dir.resolve("out.wasm");
        assertThat(main("instrument", "--fuel", "--max-memory-pages", "2", in.toString(), metered.toString())).isZero();
        byte[] rewritten = Files.readAllBytes(metered);
        assertThat(new String(rewritten, StandardCharsets.ISO_8859_1)).contains("wasm_sandbox_fuel");
        // Your own host runs it (plain Chicory here) and sets wasm_sandbox_fuel; its answer is unchanged.
        com.dylibso.chicory.runtime.Instance instance = com.dylibso.chicory.runtime.Instance
                .builder(com.dylibso.chicory.wasm.Parser.parse(rewritten)).build();
        assertThat(instance.export("run").apply()).containsExactly(500500L);
        // The sandbox meters modules itself and refuses one that already exports its reserved names.
        assertThat(main("run", metered.toString())).isZero();
        assertThat(cli.lastLine()).contains("\"outcome\":\"INVALID_MODULE\"", "wasm_sandbox_fuel", "reserves");
        assertThat(main("run", in.toString())).isZero();
        assertThat(cli.lastLine()).contains("\"outcome\":\"COMPLETED\"", "\"values\":[500500]");
    }

    @Test
    void instrumentRejectsAMalformedModuleWithExit2() throws IOException {
        Path in = Files.write(dir.resolve("in.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 99});
        assertThat(main("instrument", "--fuel", in.toString(), dir.resolve("out.wasm").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: " + in + ": malformed module");
    }
}
