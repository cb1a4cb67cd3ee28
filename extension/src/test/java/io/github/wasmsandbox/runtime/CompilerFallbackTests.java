package io.github.wasmsandbox.runtime;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure-Java compilers never fall back to the interpreter: a function whose bytecode does not fit in one JVM
 * method makes the module invalid (the interpreter would run it under other interruption rules), while the
 * interpreters run it.
 */
@DisplayName("A function too large for one JVM method")
class CompilerFallbackTests {

    /** Straight-line increments of 4 instructions each: 80,000 instructions, far over one JVM method once compiled. */
    private static final int INCREMENTS = 20_000;
    /** Only the deadline: a backstop for a loaded machine, the guest itself runs in milliseconds. */
    private static final SandboxLimits LIMITS = SandboxLimits.builder().deadlineMillis(10_000).build();

    private static GuestModule huge;

    @BeforeAll
    static void generate() {
        StringBuilder wat = new StringBuilder("(module (func (export \"run\") (result i32) (local $x i32)\n");
        for (int i = 0; i < INCREMENTS; i++) {
            wat.append("  local.get $x i32.const 1 i32.add local.set $x\n");
        }
        wat.append("  local.get $x))\n");
        huge = GuestModule.ofWat("huge-function.wat", wat.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-compiler", "endive-compiler"})
    @DisplayName("is an invalid module on the compilers, with the reason and what to do")
    void compilersRefuseIt(String runtime) {
        String family = runtime.substring(0, runtime.indexOf('-'));
        Outcome outcome = run(runtime);
        assertThat(outcome).hasKind(OutcomeKind.INVALID_MODULE);
        assertThat(outcome.message())
                .contains("function 0 is too large for the " + runtime)
                .contains("interpreter fallback is refused because an interpreted function could escape the deadline")
                .contains("Run the module on " + family + "-interpreter, or split the function");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-interpreter", "endive-interpreter"})
    @DisplayName("runs to completion on the interpreters")
    void interpretersRunIt(String runtime) {
        assertThat(run(runtime)).hasKind(OutcomeKind.COMPLETED).completedWith(INCREMENTS);
    }

    private static Outcome run(String runtime) {
        try (Sandbox sandbox = Sandboxes.open(runtime, LIMITS)) {
            return sandbox.call(huge, "run");
        }
    }
}
