package io.github.wasmsandbox.junit;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.runtime.chicory.ChicoryInstances;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

@DisplayName("@WasmSandbox")
@Isolated("the test cases record what they saw in static lists, and thread checks look at the whole JVM")
class WasmSandboxExtensionTests {

    /** What the test cases saw; cleared by each test before it runs a case. */
    static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    @Test
    @DisplayName("injects a sandbox configured with the class-level limits")
    void classLevelLimits() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(ClassLevelTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        SandboxLimits limits = (SandboxLimits) SEEN.get(0);
        assertThat(limits.deadline()).contains(Duration.ofMillis(123));
        assertThat(limits.maxMemoryPages()).hasValue(7);
        assertThat(SEEN.get(1)).isEqualTo("chicory-interpreter");
    }

    @Test
    @DisplayName("lets a method's attributes override the class's, attribute by attribute")
    void methodOverridesClass() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(MethodOverrideTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        SandboxLimits limits = (SandboxLimits) SEEN.get(0);
        assertThat(limits.deadline()).contains(Duration.ofMillis(50));
        assertThat(limits.maxMemoryPages()).hasValue(7);
    }

    @Test
    @DisplayName("inherits the enclosing class's annotation in @Nested classes")
    void nested() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(OuterTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(((SandboxLimits) SEEN.get(0)).deadline()).contains(Duration.ofMillis(321));
    }

    @Test
    @DisplayName("takes defaults from configuration parameters, below the annotation")
    void configurationParameters() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(UnannotatedLimitsTestCase.class, Map.of(
                WasmSandbox.DEADLINE_PROPERTY, "77", WasmSandbox.MAX_MEMORY_PAGES_PROPERTY, "none",
                WasmSandbox.RUNTIMES_PROPERTY, "chicory-interpreter"))
                .testEvents().assertStatistics(s -> s.succeeded(1));
        SandboxLimits limits = (SandboxLimits) SEEN.get(0);
        assertThat(limits.deadline()).contains(Duration.ofMillis(77));
        assertThat(limits.maxMemoryPages()).isEmpty();
        assertThat(SEEN.get(1)).isEqualTo("chicory-interpreter");
    }

    @Test
    @DisplayName("uses the built-in defaults when nothing is configured")
    void builtInDefaults() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(UnannotatedLimitsTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        SandboxLimits limits = (SandboxLimits) SEEN.get(0);
        assertThat(limits.deadline()).contains(Duration.ofMillis(ConfigurationResolver.DEFAULT_DEADLINE_MILLIS));
        assertThat(limits.maxMemoryPages()).hasValue((int) ConfigurationResolver.DEFAULT_MAX_MEMORY_PAGES);
        assertThat(limits.fuel()).isEmpty();
        assertThat(SEEN.get(1)).isEqualTo("chicory-compiler");
    }

    @Test
    @DisplayName("drops the deadline when deadline.mode is disabled, keeping a hard ceiling")
    void deadlineDisabled() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(UnannotatedLimitsTestCase.class, Map.of(WasmSandbox.DEADLINE_MODE_PROPERTY, "disabled"))
                .testEvents().assertStatistics(s -> s.succeeded(1));
        SandboxLimits limits = (SandboxLimits) SEEN.get(0);
        assertThat(limits.deadline()).isEmpty();
        assertThat(limits.effectiveHardCeiling()).isEqualTo(ConfigurationResolver.DISABLED_HARD_CEILING);
    }

    @Test
    @DisplayName("fails a misconfigured method attribute before the method runs, naming the annotation, element, attribute and value")
    void rejectsBadAttribute() {
        EngineExecutionResults results = SandboxTestKit.executeTestClass(BadFuelTestCase.class);
        results.testEvents().assertThatEvents().haveExactly(1, event(test("stopsLoop"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message("@WasmSandbox on method stopsLoop(): fuel must be greater than 0, but was -5"))));
    }

    @Test
    @DisplayName("fails the class of an unknown runtime naming the known ones")
    void rejectsUnknownRuntime() {
        Throwable failure = SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(UnknownRuntimeTestCase.class));
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@WasmSandbox on class UnknownRuntimeTestCase: runtimes must name known runtimes [")
                .hasMessageContaining("but was 'v8'");
    }

    @Test
    @DisplayName("fails a bad configuration parameter naming it")
    void rejectsBadConfigurationParameter() {
        Throwable failure = SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(UnannotatedLimitsTestCase.class,
                Map.of(WasmSandbox.DEADLINE_PROPERTY, "soon")));
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
                "configuration parameter wasm.sandbox.deadline.ms: must be a number greater than 0 or 'none', but was 'soon'");
    }

    @Test
    @DisplayName("tells a plain @Test with several runtimes to use @SandboxTest")
    void severalRuntimesOnPlainTest() {
        Throwable failure = firstFailure(SandboxTestKit.executeTestClass(SeveralRuntimesPlainTestCase.class));
        assertThat(rootCause(failure)).hasMessageContaining("annotate it with @SandboxTest instead of @Test");
    }

    @Test
    @DisplayName("runs a @SandboxTest once per runtime, named after the runtime")
    void templatePerRuntime() {
        SEEN.clear();
        EngineExecutionResults results = SandboxTestKit.executeTestClass(TemplateTestCase.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        results.testEvents().succeeded().assertThatEvents()
                .haveExactly(1, event(displayName("[chicory-interpreter]")))
                .haveExactly(1, event(displayName("[chicory-compiler]")));
        assertThat(SEEN).containsExactly("chicory-interpreter", "chicory-compiler");
    }

    @Test
    @DisplayName("publishes each outcome as a report entry")
    void reportEntries() {
        EngineExecutionResults results = SandboxTestKit.executeTestClass(ClassLevelTestCase.class);
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry).containsEntry("wasm.sandbox.runtime", "chicory-interpreter")
                    .containsEntry("wasm.sandbox.outcome", "PREEMPTED")
                    .containsKeys("wasm.sandbox.elapsedMs", "wasm.sandbox.latencyMs");
        });
    }

    @Test
    @DisplayName("closes the sandbox after the test, even when the test failed")
    void closesAfterFailure() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(FailingTestCase.class).testEvents().assertStatistics(s -> s.failed(1));
        Sandbox sandbox = (Sandbox) SEEN.get(0);
        assertThatThrownBy(() -> sandbox.call(GuestModule.of(HostileFixture.ANSWER), "run"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("leaves no guest thread alive after the test class")
    void noThreadOutlivesTheClass() {
        SandboxTestKit.executeTestClass(SpinningTestCase.class).testEvents().assertStatistics(s -> s.succeeded(3));
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("wasm-sandbox-") && t.isAlive())
                .isEmpty();
    }

    @Test
    @DisplayName("injects catalog fixtures by id and rejects unknown ids")
    void fixtureParameters() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(FixtureParameterTestCase.class).testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(1));
        assertThat(SEEN).containsExactly(HostileFixture.LOOP_BR);
    }

    @Test
    @DisplayName("injects Chicory's native builder with the caps applied")
    void chicoryNativeBuilder() {
        SEEN.clear();
        SandboxTestKit.executeTestClass(ChicoryNativeTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(SEEN).containsExactly(-1L);
    }

    private static Throwable firstFailure(EngineExecutionResults results) {
        Event failed = results.testEvents().failed().list().get(0);
        return failed.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    // ---- test cases run through the EngineTestKit (not picked up by Surefire: nested static *TestCase) ----

    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 123, maxMemoryPages = 7)
    static class ClassLevelTestCase {
        @Test
        void records(Sandbox sandbox, SandboxLimits limits) {
            SEEN.add(limits);
            SEEN.add(sandbox.runtime());
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 123, maxMemoryPages = 7)
    static class MethodOverrideTestCase {
        @Test
        @WasmSandbox(deadlineMillis = 50)
        void records(SandboxLimits limits) {
            SEEN.add(limits);
        }
    }

    @WasmSandbox(deadlineMillis = 321)
    static class OuterTestCase {
        @Nested
        class Inner {
            @Test
            void records(SandboxLimits limits) {
                SEEN.add(limits);
            }
        }
    }

    @WasmSandbox
    static class UnannotatedLimitsTestCase {
        @Test
        void records(Sandbox sandbox, SandboxLimits limits) {
            SEEN.add(limits);
            SEEN.add(sandbox.runtime());
        }
    }

    @WasmSandbox
    static class BadFuelTestCase {
        @Test
        @WasmSandbox(fuel = -5)
        void stopsLoop(Sandbox sandbox) {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = "v8")
    static class UnknownRuntimeTestCase {
        @Test
        void any(Sandbox sandbox) {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"})
    static class SeveralRuntimesPlainTestCase {
        @Test
        void any(Sandbox sandbox) {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 50)
    static class TemplateTestCase {
        @SandboxTest
        void everyRuntime(Sandbox sandbox) {
            SEEN.add(sandbox.runtime());
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter")
    static class FailingTestCase {
        @Test
        void fails(Sandbox sandbox) {
            SEEN.add(sandbox);
            throw new AssertionError("on purpose");
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 30)
    static class SpinningTestCase {
        @SandboxTest
        void spins(Sandbox sandbox) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
        }

        @Test
        @WasmSandbox(runtimes = "chicory-compiler")
        void spinsInStart(Sandbox sandbox) {
            GuestModule module = GuestModule.ofWat("(module (func $s (loop br 0)) (start $s))");
            assertThat(sandbox.instantiate(module)).isPreempted();
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter")
    static class FixtureParameterTestCase {
        @Test
        void known(@Fixture("loop-br") HostileFixture fixture) {
            SEEN.add(fixture);
        }

        @Test
        void unknown(@Fixture("no-such-fixture") HostileFixture fixture) {
            SEEN.add(fixture);
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter", maxMemoryPages = 2)
    static class ChicoryNativeTestCase {
        @Test
        void growsToTheCap(ChicoryInstances chicory) {
            byte[] wasm = GuestModule.ofWat("(module (memory 1) (func (export \"grow\") (result i32)"
                    + " (memory.grow (i32.const 5))))").bytes();
            SEEN.add(chicory.builder(wasm).build().export("grow").apply()[0]);
        }
    }
}
