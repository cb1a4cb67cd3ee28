package io.github.wasmsandbox.junit;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@WasmSandbox configuration")
@Isolated("the test cases record what they saw in a static map; some tests set system properties or the context class loader")
class WasmSandboxConfigurationTests {

    /** What the test cases saw, by where they saw it; cleared by each test before it runs a case. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    private static final GuestModule ANSWER = GuestModule.of(HostileFixture.ANSWER);

    @Nested
    @DisplayName("precedence")
    class Precedence {

        @Test
        @DisplayName("after a @BeforeAll that takes a sandbox, methods, templates and nested classes still get their own limits")
        void beforeAllDoesNotLeak() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(BeforeAllTestCase.class).testEvents()
                    .assertStatistics(s -> s.started(4).succeeded(4));

            SandboxLimits classLimits = limits("beforeAll");
            assertThat(classLimits.deadline()).contains(Duration.ofMillis(100));
            assertThat(classLimits.maxMemoryPages()).hasValue(4);
            Sandbox classSandbox = sandbox("beforeAll");
            assertThat(classSandbox.limits()).isEqualTo(classLimits);

            assertThat(limits("classLimits")).isEqualTo(classLimits);
            assertThat(sandbox("classLimits")).as("same configuration: the class's sandbox").isSameAs(classSandbox);

            assertThat(limits("methodLimits").deadline()).contains(Duration.ofMillis(60));
            assertThat(limits("methodLimits").maxMemoryPages()).hasValue(4);
            assertThat(sandbox("methodLimits")).isNotSameAs(classSandbox);
            assertThat(sandbox("methodLimits").limits()).isEqualTo(limits("methodLimits"));
            assertThat(limits("beforeEach methodLimits")).isEqualTo(limits("methodLimits"));
            assertThat(sandbox("beforeEach methodLimits")).isSameAs(sandbox("methodLimits"));

            assertThat(limits("templateLimits").deadline()).contains(Duration.ofMillis(70));
            assertThat(limits("templateLimits").maxMemoryPages()).hasValue(4);
            assertThat(sandbox("templateLimits").limits()).isEqualTo(limits("templateLimits"));
            assertThat(limits("beforeEach templateLimits")).isEqualTo(limits("templateLimits"));

            assertThat(limits("nestedLimits").deadline()).contains(Duration.ofMillis(100));
            assertThat(limits("nestedLimits").maxMemoryPages()).hasValue(9);
            assertThat(sandbox("nestedLimits")).isNotSameAs(classSandbox);
            assertThat(sandbox("nestedLimits").limits()).isEqualTo(limits("nestedLimits"));
            assertThat(limits("beforeEach nestedLimits")).isEqualTo(limits("nestedLimits"));
        }

        @Test
        @DisplayName("gives each invocation of a template its method's limits, with or without an annotation of its own, and never a sibling's")
        void templateInvocations() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(TemplateInvocationsTestCase.class).testEvents()
                    .assertStatistics(s -> s.started(7).succeeded(7));

            for (int i = 1; i <= 2; i++) {
                SandboxLimits repeated = limits("repeated " + i);
                assertThat(repeated.deadline()).as("class deadline").contains(Duration.ofMillis(300));
                assertThat(repeated.maxMemoryPages()).as("nested class's pages").hasValue(6);
                assertThat(repeated.fuel()).isEmpty();
                assertThat(sandbox("repeated " + i).limits()).isEqualTo(repeated);

                SandboxLimits fueled = limits("fueled " + i);
                assertThat(fueled.deadline()).contains(Duration.ofMillis(300));
                assertThat(fueled.maxMemoryPages()).hasValue(6);
                assertThat(fueled.fuel()).as("the method's own fuel").hasValue(5000);
                assertThat(sandbox("fueled " + i).limits()).isEqualTo(fueled);
            }
            assertThat(limits("plain").fuel()).as("a sibling method after the fueled template").isEmpty();
            assertThat(limits("plain")).isEqualTo(limits("repeated 1"));
            assertThat(limits("sandbox-test chicory-interpreter").maxMemoryPages()).hasValue(6);
            assertThat(limits("sandbox-test chicory-interpreter").deadline()).contains(Duration.ofMillis(300));
            assertThat(sandbox("sandbox-test chicory-interpreter").runtime()).isEqualTo("chicory-interpreter");
            assertThat(sandbox("sandbox-test chicory-compiler").runtime()).isEqualTo("chicory-compiler");
        }

        @Test
        @DisplayName("merges a subclass's annotation with its superclass's, attribute by attribute")
        void superclassAndSubclass() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(SubclassTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
            SandboxLimits limits = limits("records");
            assertThat(limits.deadline()).contains(Duration.ofMillis(42));
            assertThat(limits.maxMemoryPages()).hasValue(5);
            assertThat(limits.fuel()).hasValue(1000);
            assertThat(sandbox("records").runtime()).isEqualTo("chicory-interpreter");
            assertThat(sandbox("records").limits()).isEqualTo(limits);
        }

        @Test
        @DisplayName("reads composed annotations on classes and methods")
        void composedAnnotations() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(ComposedTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
            SandboxLimits limits = limits("records");
            assertThat(limits.deadline()).contains(Duration.ofMillis(250));
            assertThat(limits.maxMemoryPages()).hasValue(3);
            assertThat(sandbox("records").runtime()).isEqualTo("chicory-interpreter");
        }

        @Test
        @DisplayName("lets NONE remove a limit that the class or a configuration parameter sets")
        void none() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(NoneTestCase.class, Map.of(WasmSandbox.DEADLINE_PROPERTY, "77",
                    WasmSandbox.MAX_STACK_BYTES_PROPERTY, "131072", WasmSandbox.HARD_CEILING_PROPERTY, "9000"))
                    .testEvents().assertStatistics(s -> s.succeeded(2));
            SandboxLimits limited = limits("limited");
            assertThat(limited.fuel()).hasValue(1000);
            assertThat(limited.deadline()).contains(Duration.ofMillis(77));
            assertThat(limited.maxStackBytes()).hasValue(131072);
            assertThat(limited.hardCeiling()).contains(Duration.ofMillis(9000));

            SandboxLimits unlimited = limits("unlimited");
            assertThat(unlimited.fuel()).isEmpty();
            assertThat(unlimited.deadline()).isEmpty();
            assertThat(unlimited.maxMemoryPages()).isEmpty();
            assertThat(unlimited.maxTableElements()).isEmpty();
            assertThat(unlimited.maxStackBytes()).isEmpty();
            assertThat(unlimited.hardCeiling()).isEmpty();
            assertThat(unlimited.effectiveHardCeiling()).isEqualTo(SandboxLimits.DEFAULT_HARD_CEILING);
            assertThat(sandbox("unlimited").limits()).isEqualTo(unlimited);
        }

        @Test
        @DisplayName("keeps the deadline with deadline.mode disabled_on_debug when no debugger is attached")
        void disabledOnDebug() {
            assumeFalse(GlobalConfiguration.debuggerAttached(), "this JVM runs under a debugger");
            SEEN.clear();
            SandboxTestKit.executeTestClass(NoneTestCase.class, Map.of(WasmSandbox.DEADLINE_MODE_PROPERTY,
                    "disabled_on_debug")).testEvents().assertStatistics(s -> s.succeeded(2));
            assertThat(limits("limited").deadline())
                    .contains(Duration.ofMillis(ConfigurationResolver.DEFAULT_DEADLINE_MILLIS));
        }

        @Test
        @EnabledIfRuntimeAvailable("wasmtime")
        @DisplayName("gives a @Nested class with another epoch tick its own engine, and shares the engine otherwise")
        void enginePerEpochTick() {
            SEEN.clear();
            SandboxTestKit.executeTestClass(EpochTickTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));
            long outer = (Long) SEEN.get("outer tickers");
            assertThat(outer).isPositive();
            assertThat(SEEN.get("same-tick tickers")).as("tickers alive in the nested class with the same tick")
                    .isEqualTo(outer);
            assertThat(SEEN.get("other-tick tickers")).as("tickers alive in the nested class with a 7 ms tick")
                    .isEqualTo(outer + 1);
            assertThat(limits("other-tick").epochTick()).isEqualTo(Duration.ofMillis(7));
        }
    }

    @Nested
    @DisplayName("validation")
    class Validation {

        @Test
        @DisplayName("fails a misconfigured class before any test runs, though nothing is injected, listing every problem")
        void everyProblemOfAClass() {
            Throwable failure = SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(
                    ManyProblemsTestCase.class, Map.of(WasmSandbox.FUEL_PROPERTY, "-3",
                            WasmSandbox.DEADLINE_MODE_PROPERTY, "sometimes")));
            assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
            assertThat(failure.getMessage()).startsWith(
                    "the @WasmSandbox configuration of class ManyProblemsTestCase has 7 problems:\n  - ")
                    .contains("\n  - configuration parameter wasm.sandbox.fuel: must be greater than 0 or 'none', but was -3")
                    .contains("\n  - configuration parameter wasm.sandbox.deadline.mode: must be one of enabled, "
                            + "disabled, disabled_on_debug, but was 'sometimes'")
                    .contains("\n  - @WasmSandbox on class ManyProblemsTestCase: fuel must be greater than 0, but was -5")
                    .contains("\n  - @WasmSandbox on class ManyProblemsTestCase: epochTickMillis must be greater than 0"
                            + " (it cannot be WasmSandbox.NONE), but was NONE")
                    .contains("\n  - @WasmSandbox on class ManyProblemsTestCase: maxMemoryPages must be between 0 and "
                            + "65536, but was 70000")
                    .contains("\n  - @WasmSandbox on class ManyProblemsTestCase: runtimes must name known runtimes [")
                    .contains("but was 'v8'")
                    .contains("\n  - @WasmSandbox on class ManyProblemsTestCase: isolation must name at most one value,"
                            + " but was [IN_PROCESS, PROCESS]");
        }

        @Test
        @DisplayName("fails a misconfigured method or template before it runs, and only that one; -1 is an error, not 'unset'")
        void problemsOfAMethod() {
            SEEN.clear();
            EngineExecutionResults results = SandboxTestKit.executeTestClass(MethodProblemsTestCase.class);
            results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
            results.testEvents().assertThatEvents()
                    .haveExactly(1, event(test("minusOne"), finishedWithFailure(
                            instanceOf(ExtensionConfigurationException.class),
                            message("@WasmSandbox on method minusOne(): deadlineMillis must be greater than 0, but was -1"))))
                    .haveExactly(1, event(test("ceilingBelowDeadline"), finishedWithFailure(
                            instanceOf(ExtensionConfigurationException.class),
                            message("@WasmSandbox for method ceilingBelowDeadline(): hardCeilingMillis must be at least"
                                    + " the deadline (500 ms), but was 100"))));
            results.containerEvents().assertThatEvents().haveExactly(1, event(displayName("template()"),
                    finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                            message("@WasmSandbox on method template(): maxTableElements must be between 0 and "
                                    + Integer.MAX_VALUE + ", but was -2"))));
            assertThat(SEEN).doesNotContainKeys("minusOne", "ceilingBelowDeadline", "template");
        }

        @Test
        @DisplayName("fails a misspelled wasm.sandbox.* system property, listing the known keys")
        void unknownSystemProperty() {
            String key = "wasm.sandbox.fule";
            System.setProperty(key, "5");
            try {
                Throwable failure = SandboxTestKit.containerFailure(
                        SandboxTestKit.executeTestClass(UnannotatedTestCase.class));
                assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessage("configuration parameter wasm.sandbox.fule (a system property): unknown key (did "
                                + "you mean wasm.sandbox.fuel?); known keys: " + ConfigurationKeys.KNOWN);
            } finally {
                System.clearProperty(key);
            }
        }

        @Test
        @DisplayName("leaves alone wasm.sandbox.* system properties that are no misspelling of a known key")
        void unrelatedSystemProperty() {
            String key = "wasm.sandbox.report-directory-of-my-build";
            System.setProperty(key, "target");
            try {
                SandboxTestKit.executeTestClass(UnannotatedTestCase.class).testEvents()
                        .assertStatistics(s -> s.succeeded(1));
            } finally {
                System.clearProperty(key);
            }
        }

        @Test
        @DisplayName("fails an unknown wasm.sandbox.* key in junit-platform.properties, naming the file")
        void unknownKeyInPropertiesFile(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("junit-platform.properties"),
                    "wasm.sandbox.fuel=none\nwasm.sandbox.deadline-ms=5\nwasm.sandbox.colour=blue\n");
            Thread thread = Thread.currentThread();
            ClassLoader original = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
                thread.setContextClassLoader(loader);
                Throwable failure = SandboxTestKit.containerFailure(
                        SandboxTestKit.executeTestClass(UnannotatedTestCase.class));
                String file = dir.resolve("junit-platform.properties").toUri().toURL().toString();
                assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
                assertThat(failure.getMessage()).contains("has 2 problems")
                        .contains("configuration parameter wasm.sandbox.colour (in " + file + "): unknown key; known "
                                + "keys: " + ConfigurationKeys.KNOWN)
                        .contains("configuration parameter wasm.sandbox.deadline-ms (in " + file + "): unknown key "
                                + "(did you mean wasm.sandbox.deadline.ms?); known keys: " + ConfigurationKeys.KNOWN)
                        .doesNotContain("wasm.sandbox.fuel (");
            } finally {
                thread.setContextClassLoader(original);
            }
        }
    }

    @Nested
    @DisplayName("unavailable runtimes")
    class UnavailableRuntimes {

        @Test
        @DisplayName("fail the class by default, with the runtime's reason and how to skip instead")
        void failByDefault() {
            Throwable failure = SandboxTestKit.containerFailure(
                    SandboxTestKit.executeTestClass(UnavailableTestCase.class));
            assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WasmSandbox for class UnavailableTestCase: runtime 'unavailable-for-tests' is not "
                            + "available on this machine: " + UnavailableTestRuntime.REASON + ". To skip such tests "
                            + "instead of failing them, set wasm.sandbox.unavailable-runtime=skip or "
                            + "@WasmSandbox(unavailableRuntime = UnavailableRuntime.SKIP)");
        }

        @Test
        @DisplayName("skip the class with wasm.sandbox.unavailable-runtime = skip")
        void skipByParameter() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(UnavailableTestCase.class,
                    Map.of(WasmSandbox.UNAVAILABLE_RUNTIME_PROPERTY, "skip"));
            results.containerEvents().assertThatEvents().haveExactly(1, event(skippedWithReason(
                    "runtime 'unavailable-for-tests' is not available on this machine: " + UnavailableTestRuntime.REASON)));
            results.testEvents().assertStatistics(s -> s.started(0));
        }

        @Test
        @DisplayName("skip a method or a template invocation whose annotation asks to, and run the rest")
        void skipByAttribute() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(PartlyUnavailableTestCase.class);
            results.testEvents().assertStatistics(s -> s.skipped(2).succeeded(2).failed(0));
            results.testEvents().assertThatEvents()
                    .haveExactly(1, event(test("skipped"), skippedWithReason(r -> r.contains(UnavailableTestRuntime.REASON))))
                    .haveExactly(1, event(displayName("[unavailable-for-tests]"),
                            skippedWithReason(r -> r.contains(UnavailableTestRuntime.REASON))))
                    .haveExactly(1, event(displayName("[chicory-interpreter]"), finishedSuccessfully()));
        }

        @Test
        @DisplayName("fail only the template invocation on the unavailable runtime")
        void failOneInvocation() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(TemplateOnUnavailableTestCase.class);
            results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
            results.testEvents().assertThatEvents().haveExactly(1, event(displayName("[unavailable-for-tests]"),
                    finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                            message(m -> m.contains(UnavailableTestRuntime.REASON)))));
        }

        @Test
        @DisplayName("@EnabledIfRuntimeAvailable skips on an unavailable runtime, runs on an available one, fails a typo")
        void enabledIfRuntimeAvailable() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(ConditionTestCase.class);
            results.testEvents().assertStatistics(s -> s.skipped(1).succeeded(1).failed(1));
            results.testEvents().assertThatEvents()
                    .haveExactly(1, event(test("onUnavailable"), skippedWithReason("runtime 'unavailable-for-tests' is "
                            + "not available on this machine: " + UnavailableTestRuntime.REASON)))
                    .haveExactly(1, event(test("onTypo"), finishedWithFailure(
                            message(m -> m.contains("@EnabledIfRuntimeAvailable names 'chicory-interpretr', which is "
                                    + "not a known runtime; known runtimes: [")))));
        }
    }

    private static SandboxLimits limits(String where) {
        assertThat(SEEN).as("what the test cases saw").containsKey(where + " limits");
        return (SandboxLimits) SEEN.get(where + " limits");
    }

    private static Sandbox sandbox(String where) {
        assertThat(SEEN).as("what the test cases saw").containsKey(where + " sandbox");
        return (Sandbox) SEEN.get(where + " sandbox");
    }

    private static void record(String where, SandboxLimits limits, Sandbox sandbox) {
        SEEN.put(where + " limits", limits);
        SEEN.put(where + " sandbox", sandbox);
    }

    private static long epochTickers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("wasm-sandbox-wasmtime-epoch-ticker")).count();
    }

    // ---- test cases run through the EngineTestKit (not picked up by Surefire: nested static *TestCase) ----

    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 100, maxMemoryPages = 4)
    static class BeforeAllTestCase {
        @BeforeAll
        static void beforeAll(Sandbox sandbox, SandboxLimits limits) {
            record("beforeAll", limits, sandbox);
        }

        @BeforeEach
        void beforeEach(Sandbox sandbox, SandboxLimits limits, TestInfo info) {
            record("beforeEach " + info.getTestMethod().orElseThrow().getName(), limits, sandbox);
        }

        @Test
        void classLimits(Sandbox sandbox, SandboxLimits limits) {
            record("classLimits", limits, sandbox);
        }

        @Test
        @WasmSandbox(deadlineMillis = 60)
        void methodLimits(Sandbox sandbox, SandboxLimits limits) {
            record("methodLimits", limits, sandbox);
        }

        @SandboxTest
        @WasmSandbox(deadlineMillis = 70)
        void templateLimits(Sandbox sandbox, SandboxLimits limits) {
            record("templateLimits", limits, sandbox);
        }

        @Nested
        @WasmSandbox(maxMemoryPages = 9)
        class Inner {
            @Test
            void nestedLimits(Sandbox sandbox, SandboxLimits limits) {
                record("nestedLimits", limits, sandbox);
            }
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 300)
    static class TemplateInvocationsTestCase {
        @Nested
        @WasmSandbox(maxMemoryPages = 6)
        class Inner {
            @RepeatedTest(2)
            void repeated(Sandbox sandbox, SandboxLimits limits, RepetitionInfo repetition) {
                record("repeated " + repetition.getCurrentRepetition(), limits, sandbox);
            }

            @RepeatedTest(2)
            @WasmSandbox(fuel = 5000)
            void fueled(Sandbox sandbox, SandboxLimits limits, RepetitionInfo repetition) {
                record("fueled " + repetition.getCurrentRepetition(), limits, sandbox);
            }

            @Test
            void plain(Sandbox sandbox, SandboxLimits limits) {
                record("plain", limits, sandbox);
            }
        }

        @Nested
        @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, maxMemoryPages = 6)
        class PerRuntime {
            @SandboxTest
            void sandboxTest(Sandbox sandbox, SandboxLimits limits) {
                record("sandbox-test " + sandbox.runtime(), limits, sandbox);
            }
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter", maxMemoryPages = 5, fuel = 1000, deadlineMillis = 500)
    abstract static class BaseLimitsTestCase {}

    @WasmSandbox(deadlineMillis = 42)
    static class SubclassTestCase extends BaseLimitsTestCase {
        @Test
        void records(Sandbox sandbox, SandboxLimits limits) {
            record("records", limits, sandbox);
        }
    }

    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @WasmSandbox(runtimes = "chicory-interpreter", deadlineMillis = 250)
    @interface OnTheInterpreter {}

    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @WasmSandbox(maxMemoryPages = 3)
    @interface SmallMemory {}

    @OnTheInterpreter
    static class ComposedTestCase {
        @Test
        @SmallMemory
        void records(Sandbox sandbox, SandboxLimits limits) {
            record("records", limits, sandbox);
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter", fuel = 1000, maxMemoryPages = 8, maxTableElements = 10)
    static class NoneTestCase {
        @Test
        void limited(Sandbox sandbox, SandboxLimits limits) {
            record("limited", limits, sandbox);
        }

        @Test
        @WasmSandbox(fuel = WasmSandbox.NONE, deadlineMillis = WasmSandbox.NONE, maxMemoryPages = WasmSandbox.NONE,
                maxTableElements = WasmSandbox.NONE, maxStackBytes = WasmSandbox.NONE,
                hardCeilingMillis = WasmSandbox.NONE)
        void unlimited(Sandbox sandbox, SandboxLimits limits) {
            record("unlimited", limits, sandbox);
        }
    }

    @WasmSandbox(runtimes = "wasmtime", deadlineMillis = 5000)
    static class EpochTickTestCase {
        @BeforeAll
        static void outer(Sandbox sandbox) {
            assertThat(sandbox.call(ANSWER, "run")).completedWith(42);
            SEEN.put("outer tickers", epochTickers());
        }

        @Nested
        class SameTick {
            @Test
            void runs(Sandbox sandbox) {
                assertThat(sandbox.call(ANSWER, "run")).completedWith(42);
                SEEN.put("same-tick tickers", epochTickers());
            }
        }

        @Nested
        @WasmSandbox(epochTickMillis = 7)
        class OtherTick {
            @Test
            void runs(Sandbox sandbox, SandboxLimits limits) {
                assertThat(sandbox.call(ANSWER, "run")).completedWith(42);
                SEEN.put("other-tick tickers", epochTickers());
                record("other-tick", limits, sandbox);
            }
        }
    }

    @WasmSandbox(runtimes = "v8", fuel = -5, epochTickMillis = WasmSandbox.NONE, maxMemoryPages = 70_000,
            isolation = {Isolation.IN_PROCESS, Isolation.PROCESS})
    static class ManyProblemsTestCase {
        @Test
        void takesNoParameters() {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter")
    static class MethodProblemsTestCase {
        @Test
        @WasmSandbox(deadlineMillis = -1)
        void minusOne() {
            SEEN.put("minusOne", true);
        }

        @Test
        @WasmSandbox(deadlineMillis = 500, hardCeilingMillis = 100)
        void ceilingBelowDeadline() {
            SEEN.put("ceilingBelowDeadline", true);
        }

        @SandboxTest
        @WasmSandbox(maxTableElements = -2)
        void template() {
            SEEN.put("template", true);
        }

        @Test
        void fine() {}
    }

    @WasmSandbox
    static class UnannotatedTestCase {
        @Test
        void fine() {}
    }

    @WasmSandbox(runtimes = UnavailableTestRuntime.NAME)
    static class UnavailableTestCase {
        @BeforeAll
        static void beforeAll(Sandbox sandbox) {
            throw new AssertionError("must not run");
        }

        @Test
        void takesNoParameters() {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = "chicory-interpreter")
    static class PartlyUnavailableTestCase {
        @Test
        @WasmSandbox(runtimes = UnavailableTestRuntime.NAME, unavailableRuntime = UnavailableRuntime.SKIP)
        void skipped() {
            throw new AssertionError("must not run");
        }

        @SandboxTest
        @WasmSandbox(runtimes = {"chicory-interpreter", UnavailableTestRuntime.NAME},
                unavailableRuntime = UnavailableRuntime.SKIP)
        void onEachRuntime(Sandbox sandbox) {
            assertThat(sandbox.runtime()).isEqualTo("chicory-interpreter");
        }

        @Test
        void runs(Sandbox sandbox) {
            assertThat(sandbox.call(ANSWER, "run")).completedWith(42);
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", UnavailableTestRuntime.NAME})
    static class TemplateOnUnavailableTestCase {
        @SandboxTest
        void onEachRuntime(Sandbox sandbox) {
            assertThat(sandbox.runtime()).isEqualTo("chicory-interpreter");
        }
    }

    static class ConditionTestCase {
        @Test
        @EnabledIfRuntimeAvailable(UnavailableTestRuntime.NAME)
        void onUnavailable() {
            throw new AssertionError("must not run");
        }

        @Test
        @EnabledIfRuntimeAvailable("chicory-interpreter")
        void onAvailable() {}

        @Test
        @EnabledIfRuntimeAvailable("chicory-interpretr")
        void onTypo() {}
    }
}
