package io.github.wasmsandbox.examples;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.Fixture;
import io.github.wasmsandbox.junit.HostileFixtures;
import io.github.wasmsandbox.junit.SandboxTest;
import io.github.wasmsandbox.junit.WasmSandbox;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** One example per feature, to copy into your own tests. */
@WasmSandbox(deadlineMillis = 200, maxMemoryPages = 32)
class FeatureExamplesTest {

    @Test
    void classLevelLimitsApply(SandboxLimits limits) {
        assertThat(limits.deadline()).contains(Duration.ofMillis(200));
        assertThat(limits.maxMemoryPages()).hasValue(32);
    }

    @Test
    @WasmSandbox(deadlineMillis = 20)
    void aMethodAnnotationOverridesTheClass(Sandbox sandbox, SandboxLimits limits) {
        assertThat(limits.deadline()).contains(Duration.ofMillis(20));
        assertThat(sandbox.run(Invocation.of(HostileFixture.FIB_EXPONENTIAL))).isPreempted();
    }

    @Test
    void fixturesAreParameters(Sandbox sandbox, @Fixture("start-infinite-loop") HostileFixture spinningStart) {
        assertThat(sandbox.run(Invocation.of(spinningStart))).isPreempted();
    }

    @Test
    @WasmSandbox(fuel = 50_000)
    void fixturesByConstant(Sandbox sandbox, @Fixture(constant = HostileFixture.FUEL_BOMB) HostileFixture bomb) {
        assertThat(sandbox.run(Invocation.of(bomb))).isOutOfFuel();
    }

    // tag::fixtures-x-runtimes[]
    @SandboxTest   // [chicory-interpreter] tail-call-indirect-fuel, ..., [chicory-compiler] start-fuel-bomb, ...
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"})
    @HostileFixtures(stoppedBy = {Limit.FUEL, Limit.MEMORY_CAP, Limit.TABLE_CAP},
            excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST)   // each runtime's documented failures
    void everyRuntimeStopsEachFixtureWithItsLimit(Sandbox sandbox, HostileFixture fixture) {
        try (Sandbox limited = sandbox.withLimits(SandboxLimits.forFixture(fixture))) {   // the catalog's limits
            assertThat(limited.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
        }
    }
    // end::fixtures-x-runtimes[]

    @SandboxTest
    // The stack is the cause here, not the deadline: without one, a loaded machine cannot make the deadline win.
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = WasmSandbox.NONE)
    void onceForEachRuntime(Sandbox sandbox) {
        assertThat(sandbox.run(Invocation.of(HostileFixture.UNBOUNDED_RECURSION))).isStackExhausted();
    }

    @SandboxTest
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, fuel = 20_000)
    void fuelMeansTheSameOnEveryRuntime(Sandbox sandbox) {
        assertThat(sandbox.run(Invocation.of(HostileFixture.FUEL_BOMB))).ranOutOfFuel().consumedFuel(20_000);
        assertThat(sandbox.run(Invocation.of(HostileFixture.SUM_LOOP))).completedWith(500500).consumedFuel(11_003);
    }

    @Test
    void customHostFunctions(Sandbox sandbox) {
        GuestModule guest = GuestModule.ofWat("doubler", """
                (module
                  (import "env" "double" (func $double (param i64) (result i64)))
                  (func (export "run") (result i64) (call $double (i64.const 21))))
                """);
        AtomicLong calls = new AtomicLong();
        HostFunction twice = HostFunction.of("env", "double", List.of(ValueType.I64), List.of(ValueType.I64),
                args -> {
                    calls.incrementAndGet();
                    return new long[] {args[0] * 2};
                });
        assertThat(sandbox.run(Invocation.of(guest).call("run").withHost(twice))).completedWith(42);
        assertThat(calls).hasValue(1);
    }
}
