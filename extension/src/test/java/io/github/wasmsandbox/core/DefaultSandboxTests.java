package io.github.wasmsandbox.core;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The sandbox core")
class DefaultSandboxTests {

    private static final String SPIN = "(module (func (export \"run\") (loop br 0)))";

    @ParameterizedTest
    @ValueSource(strings = {"chicory-interpreter", "chicory-compiler"})
    @DisplayName("preempts an infinite loop at the deadline and measures the latency")
    void preemptsLoop(String runtime) {
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().deadlineMillis(50).build())) {
            Outcome outcome = sandbox.call(GuestModule.ofWat(SPIN), "run");
            assertThat(outcome).isPreempted();
            assertThat(outcome.latency()).isPresent();
            assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
            assertThat(outcome.runtime()).isEqualTo(runtime);
        }
    }

    @Test
    @DisplayName("returns the values of a call that completes")
    void completes() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(GuestModule.ofWat(
                    "(module (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))"),
                    "add", 2, 40);
            assertThat(outcome).completedWith(42);
            assertThat(outcome.latency()).isEmpty();
        }
    }

    @Test
    @DisplayName("reports a malformed module as INVALID_MODULE with the parser's reason")
    void malformedModule() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(GuestModule.ofWasm("broken.wasm", new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3}), "run");
            assertThat(outcome).isInvalidModule();
            assertThat(outcome.message()).startsWith("broken.wasm: ").contains("section")
                    .endsWith("(wasm-sandbox's decoder: malformed module: unexpected end at byte offset 10)");
        }
    }

    @Test
    @DisplayName("names the exports when the export to call is missing")
    void missingExport() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(GuestModule.of(HostileFixture.ANSWER), "nope");
            assertThat(outcome).isInvalidModule();
            assertThat(outcome.message()).isEqualTo(
                    "answer: no exported function named 'nope'; the module exports the functions [run]");
        }
    }

    @Test
    @DisplayName("says which host function is missing for an import")
    void missingImport() {
        GuestModule module = GuestModule.ofWat("(module (import \"env\" \"log\" (func)) (func (export \"run\") call 0))");
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.call(module, "run");
            assertThat(outcome).isInvalidModule();
            assertThat(outcome.message()).contains("imports the function env.log but no HostFunction was given");
        }
    }

    @Test
    @DisplayName("rejects a wrong argument count, or an argument that does not fit its type, with IllegalArgumentException")
    void wrongArgumentCount() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            assertThatThrownBy(() -> sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run", 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("export 'run' of answer takes 0 argument(s) [], but 2 were given");
            GuestModule add = GuestModule.ofWat("add.wat",
                    "(module (func (export \"add\") (param i32 f32) (result i32) local.get 0))");
            assertThatThrownBy(() -> sandbox.call(add, "add", 1L << 40, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("argument 0 of export 'add' of add.wat is an i32, but 1099511627776 does not fit in 32 bits");
            assertThatThrownBy(() -> sandbox.call(add, "add", 1, Double.doubleToRawLongBits(1.5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("argument 1 of export 'add' of add.wat is an f32, but ")
                    .hasMessageEndingWith(" does not fit in 32 bits (pass Float.floatToRawIntBits(value))");
            assertThat(sandbox.call(add, "add", 0xFFFF_FFFFL, 0)).completedWith(-1);
        }
    }

    @Test
    @DisplayName("rejects runs on a closed sandbox")
    void closed() {
        Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE);
        sandbox.close();
        sandbox.close();
        assertThatThrownBy(() -> sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory-interpreter", "chicory-compiler"})
    @DisplayName("meters fuel by rewriting: a run within budget reports the catalog's exact count")
    void fuelWithinBudget(String runtime) {
        long expected = HostileFixture.SUM_LOOP.expectedFuel().getAsLong();
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().fuel(expected).build())) {
            Outcome outcome = sandbox.call(GuestModule.of(HostileFixture.SUM_LOOP), "run");
            assertThat(outcome).completedWith(500500).consumedFuel(expected);
        }
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().fuel(expected - 1).build())) {
            Outcome outcome = sandbox.call(GuestModule.of(HostileFixture.SUM_LOOP), "run");
            assertThat(outcome).ranOutOfFuel().consumedFuel(expected - 1);
            assertThat(outcome.trap()).contains("out of fuel");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory-interpreter", "chicory-compiler"})
    @DisplayName("stops a fuel bomb as OUT_OF_FUEL, in an export and in a start function")
    void fuelBombs(String runtime) {
        try (Sandbox sandbox = Sandboxes.open(runtime, SandboxLimits.builder().fuel(5_000).build())) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.FUEL_BOMB))).ranOutOfFuel().consumedFuel(5_000);
            assertThat(sandbox.run(Invocation.of(HostileFixture.START_FUEL_BOMB))).ranOutOfFuel().consumedFuel(5_000);
        }
    }

    @Test
    @DisplayName("tells an ordinary trap from running out of fuel, and still reports the fuel used")
    void trapUnderFuel() {
        GuestModule module = GuestModule.ofWat("(module (func (export \"run\") i32.const 1 i32.const 2 i32.add drop unreachable))");
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().fuel(100).build())) {
            Outcome outcome = sandbox.call(module, "run");
            assertThat(outcome).trappedWith("unreachable");
            assertThat(outcome.fuelConsumed()).as("i32.const, i32.const, i32.add; drop and unreachable are free").hasValue(3);
        }
    }

    @Test
    @DisplayName("reports fuel consumed up to the deadline when a metered guest is preempted")
    void fuelWhenPreempted() {
        SandboxLimits limits = SandboxLimits.builder().fuel(Long.MAX_VALUE).deadlineMillis(50).build();
        try (Sandbox sandbox = Sandboxes.open(limits)) {
            Outcome outcome = sandbox.call(GuestModule.ofWat(SPIN), "run");
            assertThat(outcome).isPreempted();
            assertThat(outcome.fuelConsumed()).isPresent();
            assertThat(outcome.fuelConsumed().getAsLong()).isPositive();
        }
    }

    @Test
    @DisplayName("meters a module with exception handling (a tag section), which the rewriter once refused")
    void fuelOnExceptionHandlingModule() {
        // (module (tag) (func (export "run"))). The rewriter now refuses only what Chicory rejects as well
        // (memory64, table64), so no module reaches UNSUPPORTED through it on Chicory.
        GuestModule tag = GuestModule.ofWasm("tag.wasm", new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
                0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0D, 0x03, 0x01, 0x00, 0x00,
                0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6E, 0x00, 0x00, 0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B});
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().fuel(100).build())) {
            assertThat(sandbox.call(tag, "run")).isCompleted();
        }
    }

    @Test
    @DisplayName("caches the rewritten module per engine and budget, and hides the names it adds")
    void cachesRewrittenModules() {
        EngineHandle engine = EngineHandle.open(RuntimeRegistry.discover().get("chicory-compiler"));
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.builder().fuel(100).build(), o -> { })) {
            sandbox.run(Invocation.of(HostileFixture.START_FUEL_BOMB));
            sandbox.run(Invocation.of(HostileFixture.START_FUEL_BOMB));
            assertThat(engine.preparedModuleCount()).isEqualTo(1);
            Outcome missing = sandbox.call(GuestModule.of(HostileFixture.START_FUEL_BOMB), "nope");
            assertThat(missing).isInvalidModule();
            assertThat(missing.message()).doesNotContain("wasm_sandbox_");
        }
    }

    @Test
    @DisplayName("reports a host function's exception as TRAPPED 'host' naming the original exception")
    void hostException() {
        GuestModule module = GuestModule.ofWat("(module (import \"env\" \"boom\" (func)) (func (export \"run\") call 0))");
        HostFunction boom = HostFunction.action("env", "boom", () -> {
            throw new java.io.IOException("disk on fire");
        });
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            Outcome outcome = sandbox.run(Invocation.of(module).call("run").withHost(boom));
            assertThat(outcome).trappedWith("host");
            assertThat(outcome.message()).isEqualTo("host function env.boom threw java.io.IOException: disk on fire");
        }
    }

    @Test
    @DisplayName("abandons a guest that ignores preemption at the hard ceiling as ESCAPED")
    void escapes() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        // The stop is requested only once the guest is inside the host call (the caller is interrupted from there,
        // which the sandbox treats as a request to stop the guest): no deadline can race the guest's first step.
        HostFunction stubborn = HostFunction.action("env", "wait", () -> {
            caller.interrupt();
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // deliberately swallowed: this host ignores preemption
                }
            }
        });
        GuestModule module = GuestModule.ofWat("(module (import \"env\" \"wait\" (func)) (func (export \"run\") call 0))");
        SandboxLimits limits = SandboxLimits.builder().hardCeiling(Duration.ofMillis(200)).build();
        try (Sandbox sandbox = Sandboxes.open(limits)) {
            Outcome outcome = sandbox.run(Invocation.of(module).call("run").withHost(stubborn));
            assertThat(Thread.interrupted()).as("the caller's interrupt status is kept").isTrue();
            assertThat(outcome).escaped();
            assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(outcome.message()).contains("was still running at the hard ceiling of 200 ms although it was "
                    + "asked to stop");
            release.countDown();
        }
    }

    @Test
    @DisplayName("stops memory.grow at the cap and reports MEMORY_LIMIT")
    void memoryCap() {
        GuestModule bomb = GuestModule.ofWat("(module (memory 1) (func (export \"run\")"
                + " (loop (br_if 0 (i32.ne (memory.grow (i32.const 1)) (i32.const -1)))) unreachable))");
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().maxMemoryPages(8).build())) {
            Outcome outcome = sandbox.call(bomb, "run");
            assertThat(outcome).hitMemoryLimit();
            assertThat(outcome.message()).isEqualTo("the sandbox refused to grow memory or a table beyond its cap "
                    + "(maxMemoryPages=8) and the guest then trapped: Trapped on unreachable instruction");
        }
    }

    @Test
    @DisplayName("refuses a declared memory minimum above the cap before running")
    void memoryMinimumAboveCap() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().maxMemoryPages(8).build())) {
            Outcome outcome = sandbox.call(GuestModule.ofWat("(module (memory 100) (func (export \"run\")))"), "run");
            assertThat(outcome).hitMemoryLimit();
            assertThat(outcome.message()).isEqualTo("inline.wat: memory 0 declares a minimum of 100 pages, above the cap"
                    + " maxMemoryPages=8; raise maxMemoryPages to at least 100 or rebuild the module with a smaller"
                    + " initial memory");
        }
    }

    @Test
    @DisplayName("caps table.grow on Chicory")
    void tableCap() {
        GuestModule module = GuestModule.ofWat("(module (table 1 funcref) (func (export \"run\") (result i32)"
                + " (drop (table.grow (ref.null func) (i32.const 100))) (table.size)))");
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().maxTableElements(10).build())) {
            assertThat(sandbox.call(module, "run")).completedWith(1);
        }
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.NONE)) {
            assertThat(sandbox.call(module, "run")).completedWith(101);
        }
    }

    @Test
    @DisplayName("exhausts the stack of unbounded recursion")
    void stack() {
        try (Sandbox sandbox = Sandboxes.open(SandboxLimits.builder().deadlineMillis(5000).build())) {
            Outcome outcome = sandbox.call(GuestModule.ofWat("(module (func $f (export \"run\") call $f))"), "run");
            assertThat(outcome).isStackExhausted();
        }
    }

    @Test
    @DisplayName("caches prepared modules per engine")
    void cachesModules() {
        EngineHandle engine = EngineHandle.open(RuntimeRegistry.discover().get("chicory-compiler"));
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.NONE, o -> { })) {
            sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run");
            sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run");
            assertThat(engine.preparedModuleCount()).isEqualTo(1);
        }
        assertThat(engine.isClosed()).isTrue();
    }

    @Test
    @DisplayName("never leaves a guest thread behind after close")
    void noThreadLeftAfterClose() {
        DefaultSandbox sandbox;
        try (Sandbox s = Sandboxes.open(SandboxLimits.builder().deadlineMillis(20).build())) {
            sandbox = (DefaultSandbox) s;
            assertThat(s.call(GuestModule.ofWat(SPIN), "run")).hasKind(OutcomeKind.PREEMPTED);
        }
        assertThat(sandbox.liveGuestThreads()).isEmpty();
    }
}
