package io.github.wasmsandbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("@expect-on in a user's fixture")
class FixtureExpectOnTest {

    private static final String TRAPS = "(module (func (export \"run\") unreachable))\n";
    private static final String ANSWERS = "(module (func (export \"run\") (result i32) i32.const 42))\n";

    @TempDir
    Path dir;

    private Path fixture(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    @DisplayName("adds outcomes that pass on one runtime, as its documented deviation")
    void perRuntime() throws IOException {
        fixture("trap.wat", ";; @expect COMPLETED\n;; @expect-on chicory-compiler TRAPPED|STACK_EXHAUSTED\n" + TRAPS);
        ConformanceCase c = FixtureDirectory.load(dir).get(0);
        RuntimeRegistry registry = RuntimeRegistry.discover();
        SandboxRuntime compiler = registry.require("chicory-compiler");
        SandboxRuntime interpreter = registry.require("chicory-interpreter");
        assertThat(c.expectedByRuntime()).isEqualTo(Map.of("chicory-compiler",
                Set.of(OutcomeKind.TRAPPED, OutcomeKind.STACK_EXHAUSTED)));
        assertThat(c.expectedOn(compiler)).containsExactlyInAnyOrder(OutcomeKind.COMPLETED, OutcomeKind.TRAPPED,
                OutcomeKind.STACK_EXHAUSTED);
        assertThat(c.expectedOn(interpreter)).containsExactly(OutcomeKind.COMPLETED);
        assertThat(c.deviationOn(compiler)).hasValueSatisfying(d -> assertThat(d.reason())
                .isEqualTo("declared by the fixture: @expect-on chicory-compiler TRAPPED|STACK_EXHAUSTED"));
        assertThat(c.knownToEscapeOn(compiler)).isFalse();

        ConformanceReport report = ConformanceRunner.forNames(List.of("chicory-compiler", "chicory-interpreter"),
                p -> { }, Isolation.IN_PROCESS).run(List.of(c));
        assertThat(report.rows()).extracting(ConformanceRow::runtime, ConformanceRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chicory-compiler", RowStatus.KNOWN_DEVIATION),
                org.assertj.core.groups.Tuple.tuple("chicory-interpreter", RowStatus.FAIL));
        assertThat(report.rows().get(0).note()).hasValueSatisfying(n -> assertThat(n).contains("@expect-on"));
    }

    @Test
    @DisplayName("runs fixtures declared to escape on a runtime after every other row, and lets KILLED pass there")
    void escapesRunLast() throws IOException {
        fixture("a-declared-escape.wat", ";; @expect COMPLETED\n;; @expect-on chicory-compiler ESCAPED\n" + ANSWERS);
        fixture("b-plain.wat", ";; @expect COMPLETED\n" + ANSWERS);
        List<ConformanceCase> cases = FixtureDirectory.load(dir);
        SandboxRuntime compiler = RuntimeRegistry.discover().require("chicory-compiler");
        assertThat(cases.get(0).knownToEscapeOn(compiler)).isTrue();
        assertThat(cases.get(0).expectedOn(compiler)).contains(OutcomeKind.ESCAPED, OutcomeKind.KILLED);
        assertThat(cases.get(1).knownToEscapeOn(compiler)).isFalse();

        List<String> progress = new ArrayList<>();
        ConformanceReport report = ConformanceRunner.forNames(List.of("chicory-compiler"), progress::add,
                Isolation.IN_PROCESS).run(cases);
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).contains("b-plain.wat");
        assertThat(progress.get(1)).contains("a-declared-escape.wat");
        assertThat(report.rows()).extracting(ConformanceRow::caseName).as("the report keeps file order")
                .containsExactly("a-declared-escape.wat", "b-plain.wat");
        assertThat(report.allPass()).isTrue();
    }

    @Test
    @DisplayName("rejects a malformed @expect-on line with the file, the line and the fix")
    void mistakes() throws IOException {
        Path f = fixture("x.wat", ";; @expect COMPLETED\n;; @expect-on chicory-interpeter ESCAPED\n" + ANSWERS);
        assertThatThrownBy(() -> FixtureDirectory.load(dir)).isInstanceOf(FixtureFormatException.class)
                .hasMessageStartingWith(f + ":2: @expect-on: unknown runtime 'chicory-interpeter'; runtimes: [")
                .hasMessageContaining("chicory-interpreter");
        fixture("x.wat", ";; @expect COMPLETED\n;; @expect-on chicory-compiler\n" + ANSWERS);
        assertThatThrownBy(() -> FixtureDirectory.load(dir)).hasMessage(f + ":2: @expect-on takes a runtime and"
                + " outcomes, e.g. `;; @expect-on chicory-interpreter ESCAPED`");
        fixture("x.wat", ";; @expect COMPLETED\n;; @expect-on chicory-compiler ESCAPD\n" + ANSWERS);
        assertThatThrownBy(() -> FixtureDirectory.load(dir))
                .hasMessageStartingWith(f + ":2: @expect-on chicory-compiler: unknown outcome 'ESCAPD'; outcomes: [");
        fixture("x.wat", ";; @expect COMPLETED\n;; @expect-on wasmtime TRAPPED\n;; @expect-on wasmtime ESCAPED\n"
                + ANSWERS);
        assertThatThrownBy(() -> FixtureDirectory.load(dir)).hasMessage(f + ":3: @expect-on: a second line for"
                + " wasmtime; list every outcome on one line, separated by |");
        fixture("x.wat", ";; @expect-of wasmtime TRAPPED\n" + ANSWERS);
        assertThatThrownBy(() -> FixtureDirectory.load(dir))
                .hasMessage(f + ":1: unknown header @expect-of; known: @invoke, @limits, @expect, @expect-on");
    }
}
