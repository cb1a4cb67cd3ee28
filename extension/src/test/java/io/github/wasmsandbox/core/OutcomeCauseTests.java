package io.github.wasmsandbox.core;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Outcomes name the cause that ended the run")
class OutcomeCauseTests {

    static List<String> runtimes() {
        return Sandboxes.availableRuntimes();
    }

    private static final String RECURSION = "(module (func $r (param i32) (result i32) (i32.add (call $r (local.get 0))"
            + " (i32.const 1))) (func (export \"run\") (result i32) (call $r (i32.const 0))))";

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("runtimes")
    @DisplayName("maxCallDepth stops the same recursion at the same depth on every runtime")
    void callDepthIsPortable(String runtime) {
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().maxCallDepth(777).build())) {
            Outcome outcome = sandbox.call(GuestModule.ofWat("recursion.wat", RECURSION), "run");
            assertThat(outcome).hasKind(OutcomeKind.STACK_EXHAUSTED);
            assertThat(outcome.message()).isEqualTo("the guest nested calls deeper than maxCallDepth=777 (stopped at depth 778)");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("runtimes")
    @DisplayName("a recursion within maxCallDepth completes; one call deeper is stopped")
    void callDepthCountsOnlyNesting(String runtime) {
        String countdown = "(module (func $down (param i32) (result i32) (if (result i32) (i32.eqz (local.get 0))"
                + " (then (i32.const 7)) (else (call $down (i32.sub (local.get 0) (i32.const 1))))))"
                + " (func (export \"run\") (result i32) (call $down (i32.const 100))))";
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().maxCallDepth(101).build())) {
            assertThat(sandbox.call(GuestModule.ofWat("countdown.wat", countdown), "run")).completedWith(7);
        }
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().maxCallDepth(100).build())) {
            assertThat(sandbox.call(GuestModule.ofWat("countdown.wat", countdown), "run")).hasKind(OutcomeKind.STACK_EXHAUSTED);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("runtimes")
    @DisplayName("an export named with the reserved prefix is refused before any code runs, with or without limits")
    void reservedExportNames(String runtime) {
        GuestModule module = GuestModule.ofWat("sneaky.wat", "(module (func (export \"wasm_sandbox_start\")"
                + " (loop $l br $l)) (func (export \"run\") (result i32) (i32.const 1)))");
        for (SandboxLimits limits : List.of(SandboxLimits.NONE, SandboxLimits.builder().fuel(1_000).build())) {
            try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
                Outcome outcome = sandbox.call(module, "run");
                assertThat(outcome).hasKind(OutcomeKind.INVALID_MODULE);
                assertThat(outcome.message()).isEqualTo("sneaky.wat: the module exports \"wasm_sandbox_start\", a name "
                        + "with the prefix \"wasm_sandbox_\" that wasm-sandbox reserves for what it injects; rename that export");
            }
        }
    }

    @Test
    @DisplayName("an import named with the reserved prefix is refused too")
    void reservedImportNames() {
        GuestModule module = GuestModule.ofWat("sneaky.wat",
                "(module (import \"env\" \"wasm_sandbox_fuel\" (func)) (func (export \"run\")))");
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.run(Invocation.of(module).call("run")
                    .withHost(HostFunction.action("env", "wasm_sandbox_fuel", () -> { })));
            assertThat(outcome).hasKind(OutcomeKind.INVALID_MODULE);
            assertThat(outcome.message()).contains("imports \"env.wasm_sandbox_fuel\"");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("runtimes")
    @DisplayName("a host function that answers the stop by throwing InterruptedException makes the run PREEMPTED")
    void hostThrowingInterruptedException(String runtime) {
        HostFunction wait = HostFunction.of("env", "wait", List.of(), List.of(ValueType.I32), args -> {
            new CountDownLatch(1).await();
            return new long[] {1};
        });
        GuestModule module = GuestModule.ofWat("waits.wat", "(module (import \"env\" \"wait\" (func $w (result i32)))"
                + " (func (export \"run\") (result i32) (call $w)))");
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().deadline(Duration.ofMillis(50)).build())) {
            Outcome outcome = sandbox.run(Invocation.of(module).call("run").withHost(wait));
            assertThat(outcome).isPreempted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-compiler", "endive-compiler"})
    @DisplayName("a compiler stops unbounded recursion at the default call depth, not wherever the JVM stack ran out")
    void compilersCountTheCallDepthByDefault(String runtime) {
        GuestModule module = GuestModule.ofWat("recursion.wat", "(module (func $r (call $r))"
                + " (func (export \"run\") (call $r)))");
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(module, "run");
            assertThat(outcome).hasKind(OutcomeKind.STACK_EXHAUSTED);
            assertThat(outcome.message()).isEqualTo("the guest nested calls deeper than maxCallDepth=10000"
                    + " (stopped at depth 10001)");
            assertThat(outcome.limits().maxCallDepth()).hasValue(10_000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chicory-compiler", "endive-compiler"})
    @DisplayName("a module that the default call depth makes too large to compile runs without it; a depth the user set is not dropped")
    void defaultCallDepthGivesWayToTheMethodSizeLimit(String runtime) {
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.NONE)) {
            Outcome outcome = sandbox.run(Invocation.of(HostileFixture.MANY_FUNCTIONS));
            assertThat(outcome).isCompleted();
            assertThat(outcome.values()).containsExactly(3000);
            assertThat(outcome.limits().maxCallDepth()).isEmpty();
        }
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().maxCallDepth(10_000).build())) {
            Outcome outcome = sandbox.run(Invocation.of(HostileFixture.MANY_FUNCTIONS));
            assertThat(outcome).hasKind(OutcomeKind.INVALID_MODULE);
            assertThat(outcome.message()).contains("rejected the module after rewriting (the call depth limit)",
                    "too large for the " + runtime);
        }
    }

    @Test
    @DisplayName("an interpreter stops a recursion of large frames by default, at the depth the frame budget allows")
    void largeFrameRecursionOnTheInterpreter() {
        String locals = " i64".repeat(5_000);
        GuestModule module = GuestModule.ofWat("large-frames.wat", "(module (func $r (local" + locals + ") (call $r))"
                + " (func (export \"run\") (call $r)))");
        try (Sandbox sandbox = Sandboxes.open("chicory-interpreter", SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(module, "run");
            assertThat(outcome).hasKind(OutcomeKind.STACK_EXHAUSTED);
            int depth = LimitPlan.defaultCallDepth(10_000, 5_000);
            assertThat(depth).isEqualTo(1672);
            assertThat(outcome.message()).isEqualTo("the guest nested calls deeper than maxCallDepth=" + depth
                    + " (stopped at depth " + (depth + 1) + ")");
            assertThat(outcome.limits().maxCallDepth()).hasValue(depth);
        }
    }

    @Test
    @DisplayName("in process isolation, a guest that exhausts the heap is HEAP_EXHAUSTED in the bounded child JVM")
    void heapExhaustionInTheChild() {
        String locals = " i64".repeat(20_000);
        GuestModule module = GuestModule.ofWat("heap-bomb.wat", "(module (func $r (local" + locals + ") (call $r))"
                + " (func (export \"run\") (call $r)))");
        SandboxLimits limits = SandboxLimits.builder().maxCallDepth(10_000_000).deadline(Duration.ofSeconds(20)).build();
        try (Sandbox sandbox = Sandboxes.open("chicory-interpreter", limits, io.github.wasmsandbox.api.Isolation.PROCESS)) {
            Outcome outcome = sandbox.call(module, "run");
            assertThat(outcome).hasKind(OutcomeKind.HEAP_EXHAUSTED);
            assertThat(outcome.message()).contains("child JVM of process isolation", "wasm.sandbox.child.max-heap=512m");
        }
    }

    @Test
    @DisplayName("the default call depth of an interpreter keeps a large-frame recursion's locals within the frame budget")
    void largeFramesGetASmallerDefaultDepth() {
        assertThat(LimitPlan.defaultCallDepth(10_000, 0)).isEqualTo(10_000);
        assertThat(LimitPlan.defaultCallDepth(10_000, 50_000)).isEqualTo(167);
        assertThat(LimitPlan.defaultCallDepth(10_000, 1L << 40)).isEqualTo(1);
    }
}
