package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.hardening.HostileGuests.BackgroundLoad;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unbounded recursion on the compilers, where every Wasm frame is a JVM frame. Without a counted call depth the
 * guest recursed as deep as its 8 MiB thread stack allowed: about 30,000 frames while the JVM still interprets a
 * freshly compiled module, about 100,000 once the JIT compiled it. So the same guest under the same limits ended
 * OUT_OF_FUEL or STACK_EXHAUSTED depending on the JIT, and stopping it at its deadline meant unwinding up to
 * 100,000 frames, which the JVM deoptimizes one by one when their compiled code was invalidated meanwhile: in CI the
 * fuzz test's recursion kept its thread busy for more than the watchdog's escape CPU after its deadline and was
 * called ESCAPED. The compilers now get the default call depth; this test checks, beside CPU-bound threads and with
 * a fresh module (fresh JIT state) every round, that the outcome no longer depends on either.
 */
@Tag("hardening")
@DisplayName("Unbounded recursion on the compilers, under CPU load")
class DeepRecursionUnderLoadTest {

    private static final int ROUNDS = 25;
    private static final int BURNERS = 4;

    /** A new module each round (the global's value differs), so that every round starts from cold JIT state. */
    private static GuestModule freshRecursion(int round) {
        return GuestModule.ofWat("recursion-" + round + ".wat", "(module (global i32 (i32.const " + round + "))"
                + " (func $r (call $r)) (func (export \"run\") (call $r)))");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-compiler", "endive-compiler"})
    @DisplayName("with fuel only, every round stops at the default call depth with the same fuel consumed")
    void sameOutcomeWhateverTheJit(String runtime) {
        TreeSet<String> seen = new TreeSet<>();
        SandboxLimits limits = SandboxLimits.builder().fuel(200_000).build();
        BackgroundLoad load = new BackgroundLoad(BURNERS);
        try (load; Sandbox sandbox = Sandboxes.open(runtime, limits)) {
            for (int round = 0; round < ROUNDS; round++) {
                Outcome outcome = sandbox.run(Invocation.of(freshRecursion(round)).call("run"));
                seen.add(outcome.kind() + " / " + outcome.message() + " / fuel " + outcome.fuelConsumed());
            }
        }
        // Wasmtime's cost model: one unit per call, nothing for `end`. The 10,001 calls (run's and 10,000 of $r's)
        // are charged before the last of them is refused at depth 10,001.
        assertThat(seen).containsExactly("STACK_EXHAUSTED / the guest nested calls deeper than maxCallDepth=10000"
                + " (stopped at depth 10001) / fuel OptionalLong[10001]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-compiler", "endive-compiler"})
    @DisplayName("under the fuzz test's limits, no round is ESCAPED")
    void neverEscapedUnderTheFuzzLimits(String runtime) {
        Map<OutcomeKind, Integer> outcomes = new EnumMap<>(OutcomeKind.class);
        BackgroundLoad load = new BackgroundLoad(BURNERS);
        try (load; Sandbox sandbox = Sandboxes.open(runtime, FuzzTest.LIMITS)) {
            for (int round = 0; round < ROUNDS; round++) {
                outcomes.merge(sandbox.run(Invocation.of(freshRecursion(round)).call("run")).kind(), 1, Integer::sum);
            }
        }
        System.out.println("unbounded recursion on " + runtime + " beside " + BURNERS + " CPU burners: " + outcomes);
        assertThat(outcomes.keySet()).doesNotContain(OutcomeKind.ESCAPED)
                .isSubsetOf(OutcomeKind.STACK_EXHAUSTED, OutcomeKind.PREEMPTED);
    }
}
