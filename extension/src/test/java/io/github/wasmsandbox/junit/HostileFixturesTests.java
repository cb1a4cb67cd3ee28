package io.github.wasmsandbox.junit;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

@DisplayName("@HostileFixtures")
class HostileFixturesTests {

    /** The display names of the tests that ran, in order. */
    private static List<String> ran(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    /** The display names of the tests that ran, after checking that every one of them passed. */
    private static List<String> passed(Class<?> testCase) {
        EngineExecutionResults results = SandboxTestKit.executeTestClass(testCase);
        assertThat(results.containerEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().toString()))
                .as("failed containers").isEmpty();
        List<String> ran = ran(results);
        results.testEvents().assertStatistics(s -> s.started(ran.size()).succeeded(ran.size()));
        return ran;
    }

    /** The exception of the only failed test. */
    private static Throwable testFailure(EngineExecutionResults results) {
        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).hasSize(1);
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @Nested
    @DisplayName("on a @ParameterizedTest")
    class Parameterized {

        @Test
        @DisplayName("supplies the fixtures stopped by a limit, in catalog order, each named by its id")
        void stoppedBy() {
            assertThat(passed(StoppedByFuelTestCase.class))
                    .containsExactly("[1] tail-call-indirect-fuel", "[2] start-fuel-bomb", "[3] fuel-bomb");
        }

        @Test
        @DisplayName("counts the limit that stops a fixture, not the limits it is only run under (alsoLimitedBy)")
        void stoppedByIgnoresAlsoLimitedBy() {
            // tail-call-self and the other tail-call fixtures list STACK in alsoLimitedBy: they are not selected.
            assertThat(passed(StoppedByStackTestCase.class)).containsExactly(
                    "[1] unbounded-recursion", "[2] recursion-large-frames", "[3] start-unbounded-recursion");
        }

        @Test
        @DisplayName("selects by expected outcome")
        void outcome() {
            assertThat(passed(TrappedTestCase.class))
                    .containsExactly("[1] trap-at-memory-cap", "[2] trap-at-table-cap", "[3] host-fail-loop");
        }

        @Test
        @DisplayName("keeps the order of ids")
        void ids() {
            assertThat(passed(IdsTestCase.class)).containsExactly("[1] fuel-bomb", "[2] answer", "[3] loop-br");
        }

        @Test
        @DisplayName("drops the excluded ids")
        void exclude() {
            assertThat(passed(ExcludeTestCase.class))
                    .containsExactly("[1] tail-call-indirect-fuel", "[2] fuel-bomb");
        }

        @Test
        @DisplayName("drops the fixtures that need an excluded Wasm feature or host import")
        void featuresAndImports() {
            assertThat(passed(NoTailCallsTestCase.class)).containsExactly("[1] start-fuel-bomb", "[2] fuel-bomb");
            assertThat(passed(NoBlockingHostTestCase.class))
                    .containsExactly("[1] host-fail-loop", "[2] host-tick-loop");
        }

        @Test
        @DisplayName("drops the fixtures a named runtime has a known deviation for, and only those")
        void knownDeviations() {
            // chicory-interpreter deviates on loop-br-if, tail-call-self and simd-spin; chicory-compiler on the last
            // two.
            assertThat(passed(InterpreterHostTestCase.class)).containsExactly("[1] loop-br", "[2] answer");
            assertThat(passed(CompilerHostTestCase.class))
                    .containsExactly("[1] loop-br", "[2] loop-br-if", "[3] answer");
        }

        @Test
        @DisplayName("supplies the whole catalog when no attribute is set")
        void wholeCatalog() {
            List<String> ran = passed(WholeCatalogTestCase.class);
            assertThat(ran).hasSize(HostileFixture.values().length).startsWith("[1] answer", "[2] sum-loop");
        }

        @Test
        @DisplayName("works from a composed annotation")
        void composed() {
            assertThat(passed(ComposedTestCase.class)).containsExactly("[1] loop-br", "[2] loop-br-if");
        }

        @Test
        @DisplayName("injects the fixture as a GuestFixture too, beside a sandbox from @WasmSandbox")
        void besideASandbox() {
            assertThat(passed(WithSandboxTestCase.class)).containsExactly("[1] loop-br", "[2] fuel-bomb");
        }
    }

    @Nested
    @DisplayName("on a @SandboxTest")
    class OnSandboxTest {

        @Test
        @DisplayName("runs once per runtime and fixture, runtime by runtime, named [runtime] fixture")
        void runtimesTimesFixtures() {
            assertThat(passed(RuntimesTimesFixturesTestCase.class)).containsExactly(
                    "[chicory-interpreter] loop-br", "[chicory-interpreter] fuel-bomb",
                    "[chicory-compiler] loop-br", "[chicory-compiler] fuel-bomb");
        }

        @Test
        @DisplayName("with RUNTIME_UNDER_TEST, leaves a fixture out only on the runtimes that deviate on it")
        void runtimeUnderTest() {
            assertThat(passed(RuntimeUnderTestTestCase.class)).containsExactly(
                    "[chicory-interpreter] loop-br", "[chicory-compiler] loop-br-if", "[chicory-compiler] loop-br");
        }

        @Test
        @DisplayName("leaves @Fixture parameters to @Fixture")
        void besideFixtureParameters() {
            assertThat(passed(WithFixtureParameterTestCase.class))
                    .containsExactly("[chicory-compiler] fuel-bomb", "[chicory-compiler] loop-br");
        }
    }

    @Nested
    @DisplayName("fails misuse before any invocation, naming the annotation, attribute, value, method and fix")
    class Misuse {

        @Test
        @DisplayName("an unknown id in ids")
        void unknownId() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(UnknownIdTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("@HostileFixtures on method sweep(): ids must name catalog fixtures, but "
                            + "was 'loop-bx' (the ids are in docs/fixtures.md: answer, sum-loop, ")
                    .hasMessageContaining(", loop-br, ")
                    .hasMessageEndingWith(", reserved-export-name)");
        }

        @Test
        @DisplayName("an unknown id in exclude")
        void unknownExclude() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(UnknownExcludeTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("@HostileFixtures on method sweep(): exclude must name catalog fixtures, "
                            + "but was 'fuel_bomb' (the ids are in docs/fixtures.md: ");
        }

        @Test
        @DisplayName("an id twice, or in both ids and exclude, all problems at once")
        void repeatedIds() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(RepeatedIdsTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("the @HostileFixtures of method sweep() has 2 problems:\n"
                            + "  - ids must name each fixture once, but 'loop-br' appears twice\n"
                            + "  - 'answer' is in both ids and exclude; remove it from one of them");
        }

        @Test
        @DisplayName("an unknown runtime in excludeKnownDeviationsOf")
        void unknownRuntime() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(UnknownRuntimeTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("@HostileFixtures on method sweep(): excludeKnownDeviationsOf must name "
                            + "known runtimes [chicory-compiler, chicory-interpreter, ")
                    .hasMessageEndingWith("], but was 'chicory' (adapters are found with ServiceLoader: is the "
                            + "adapter's jar on the class path?)");
        }

        @Test
        @DisplayName("filters that select nothing, with what each filter kept")
        void selectsNothing() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(SelectsNothingTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@HostileFixtures on method sweep() selects no fixture: ids [loop-br, answer] has 2, "
                            + "stoppedBy [FUEL] keeps 0; loosen a filter (docs/fixtures.md lists each fixture's "
                            + "limit, outcome, features and imports)");
        }

        @Test
        @DisplayName("a @SandboxTest whose fixtures every runtime deviates on")
        void selectsNothingOnAnyRuntime() {
            assertThat(SandboxTestKit.containerFailure(
                    SandboxTestKit.executeTestClass(SelectsNothingOnAnyRuntimeTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@HostileFixtures on method sweep() selects no fixture on any of the runtimes "
                            + "[chicory-interpreter, chicory-compiler]: ids [simd-spin] has 1, and the known "
                            + "deviations of each runtime under test [chicory-interpreter, chicory-compiler] leave "
                            + "none; loosen a filter (docs/fixtures.md lists each fixture's limit, outcome, features, "
                            + "imports and the known deviations of each runtime)");
        }

        @Test
        @DisplayName("RUNTIME_UNDER_TEST on a @ParameterizedTest")
        void runtimeUnderTestWithoutRuntimes() {
            assertThat(SandboxTestKit.containerFailure(
                    SandboxTestKit.executeTestClass(RuntimeUnderTestParameterizedTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("@HostileFixtures on method sweep(): excludeKnownDeviationsOf = "
                            + "HostileFixtures.RUNTIME_UNDER_TEST needs a @SandboxTest, which runs once per runtime; a "
                            + "@ParameterizedTest has no runtime under test: name the runtime your host is built on "
                            + "instead (known runtimes: [chicory-compiler, ");
        }

        @Test
        @DisplayName("on a plain @Test, where it would supply nothing")
        void onPlainTest() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(PlainTestTestCase.class);
            assertThat(testFailure(results)).isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@HostileFixtures on method sweep() supplies no fixture there: annotate the method "
                            + "with @ParameterizedTest (one invocation per fixture) or @SandboxTest (one per runtime "
                            + "and fixture)");
        }

        @Test
        @DisplayName("on a method that is both a @ParameterizedTest and a @SandboxTest")
        void bothTemplates() {
            assertThat(SandboxTestKit.containerFailure(SandboxTestKit.executeTestClass(BothTemplatesTestCase.class)))
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@HostileFixtures on method sweep(): the method is both a @ParameterizedTest and a "
                            + "@SandboxTest, so it would run twice over; keep @SandboxTest to run each fixture on "
                            + "every runtime of its @WasmSandbox, or @ParameterizedTest to run each fixture once "
                            + "(through your own host)");
        }
    }

    @Nested
    @DisplayName("@Fixture")
    class FixtureParameter {

        @Test
        @DisplayName("accepts the enum constant as well as the id")
        void byConstant() {
            assertThat(passed(FixtureByConstantTestCase.class)).containsExactly("byConstant(HostileFixture)");
        }

        @Test
        @DisplayName("rejects an id and a constant together, and neither")
        void exactlyOne() {
            EngineExecutionResults results = SandboxTestKit.executeTestClass(FixtureMisuseTestCase.class);
            results.testEvents().assertStatistics(s -> s.started(3).failed(3));
            assertThat(results.testEvents().failed().stream()
                    .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                    .peek(t -> assertThat(t).isInstanceOf(ParameterResolutionException.class))
                    .map(Throwable::getMessage)).containsExactlyInAnyOrder(
                            "@Fixture on parameter #0 of method both() must name exactly one fixture, by id "
                                    + "(@Fixture(\"loop-br\")) or by constant (@Fixture(constant = "
                                    + "HostileFixture.LOOP_BR)), but it names the id 'loop-br' and the constants "
                                    + "[LOOP_BR]",
                            "@Fixture on parameter #0 of method neither() must name exactly one fixture, by id "
                                    + "(@Fixture(\"loop-br\")) or by constant (@Fixture(constant = "
                                    + "HostileFixture.LOOP_BR)), but it names none",
                            "@Fixture(\"loop-bx\") on parameter #0 of method unknown(): no fixture with id 'loop-bx'; "
                                    + "known ids: " + knownIds() + "; or name it by constant, which the compiler "
                                    + "checks: @Fixture(constant = HostileFixture.LOOP_BR)");
        }

        private static String knownIds() {
            return java.util.Arrays.stream(HostileFixture.values()).map(HostileFixture::id).toList().toString();
        }
    }

    // ---- test cases run through the EngineTestKit (not picked up by Surefire: nested static *TestCase) ----

    static class StoppedByFuelTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL)
        void sweep(HostileFixture fixture) {
            assertThat(fixture.stoppedBy()).isEqualTo(Limit.FUEL);
        }
    }

    static class StoppedByStackTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.STACK)
        void sweep(HostileFixture fixture) {
            assertThat(fixture.stoppedBy()).isEqualTo(Limit.STACK);
        }
    }

    static class TrappedTestCase {
        @ParameterizedTest
        @HostileFixtures(outcome = OutcomeKind.TRAPPED)
        void sweep(HostileFixture fixture) {
            assertThat(fixture.expectedOutcome()).isEqualTo(OutcomeKind.TRAPPED);
        }
    }

    static class IdsTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"fuel-bomb", "answer", "loop-br"})
        void sweep(HostileFixture fixture) {
        }
    }

    static class ExcludeTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL, exclude = "start-fuel-bomb")
        void sweep(HostileFixture fixture) {
            assertThat(fixture).isNotEqualTo(HostileFixture.START_FUEL_BOMB);
        }
    }

    static class NoTailCallsTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL, excludeFeatures = WasmFeature.TAIL_CALL)
        void sweep(HostileFixture fixture) {
            assertThat(fixture.features()).doesNotContain(WasmFeature.TAIL_CALL);
        }
    }

    static class NoBlockingHostTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"host-block-loop", "host-fail-loop", "host-tick-loop", "host-block-once"},
                excludeImports = HostImport.BLOCK)
        void sweep(HostileFixture fixture) {
            assertThat(fixture.imports()).doesNotContain(HostImport.BLOCK);
        }
    }

    static class InterpreterHostTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "loop-br-if", "tail-call-self", "simd-spin", "answer"},
                excludeKnownDeviationsOf = "chicory-interpreter")
        void sweep(HostileFixture fixture) {
        }
    }

    static class CompilerHostTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "loop-br-if", "tail-call-self", "simd-spin", "answer"},
                excludeKnownDeviationsOf = "chicory-compiler")
        void sweep(HostileFixture fixture) {
        }
    }

    static class WholeCatalogTestCase {
        @ParameterizedTest
        @HostileFixtures
        void sweep(HostileFixture fixture) {
        }
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest
    @HostileFixtures(ids = {"loop-br", "loop-br-if"})
    @interface DeadlineLoops {}

    static class ComposedTestCase {
        @DeadlineLoops
        void sweep(HostileFixture fixture) {
            assertThat(fixture.stoppedBy()).isEqualTo(Limit.DEADLINE);
        }
    }

    @WasmSandbox(runtimes = "chicory-compiler")
    static class WithSandboxTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "fuel-bomb"})
        void sweep(GuestFixture fixture, Sandbox sandbox) {
            try (Sandbox limited = sandbox.withLimits(SandboxLimits.forFixture(fixture))) {
                assertThat(limited.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
            }
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 500)
    static class RuntimesTimesFixturesTestCase {
        @SandboxTest
        @WasmSandbox(deadlineMillis = 40)
        @HostileFixtures(ids = {"loop-br", "fuel-bomb"})
        void sweep(Sandbox sandbox, HostileFixture fixture, SandboxLimits limits, TestInfo info) {
            assertThat(info.getDisplayName()).isEqualTo("[" + sandbox.runtime() + "] " + fixture.id());
            assertThat(limits.deadline()).contains(Duration.ofMillis(40));
            try (Sandbox limited = sandbox.withLimits(SandboxLimits.forFixture(fixture))) {
                assertThat(limited.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
            }
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"}, deadlineMillis = 50)
    static class RuntimeUnderTestTestCase {
        @SandboxTest
        @HostileFixtures(ids = {"loop-br-if", "simd-spin", "loop-br"},
                excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST)
        void sweep(Sandbox sandbox, HostileFixture fixture) {
            assertThat(sandbox.run(Invocation.of(fixture))).isPreempted();
        }
    }

    @WasmSandbox(runtimes = "chicory-compiler")
    static class WithFixtureParameterTestCase {
        @SandboxTest
        @HostileFixtures(ids = {"fuel-bomb", "loop-br"})
        void sweep(@Fixture(constant = HostileFixture.ANSWER) HostileFixture control, HostileFixture swept,
                TestInfo info) {
            assertThat(control).isEqualTo(HostileFixture.ANSWER);
            assertThat(info.getDisplayName()).endsWith(" " + swept.id());
        }
    }

    static class UnknownIdTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "loop-bx"})
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class UnknownExcludeTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL, exclude = "fuel_bomb")
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class RepeatedIdsTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "answer", "loop-br"}, exclude = "answer")
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class UnknownRuntimeTestCase {
        @ParameterizedTest
        @HostileFixtures(excludeKnownDeviationsOf = "chicory")
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class SelectsNothingTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "answer"}, stoppedBy = Limit.FUEL)
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler"})
    static class SelectsNothingOnAnyRuntimeTestCase {
        @SandboxTest
        @HostileFixtures(ids = "simd-spin", excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST)
        void sweep(Sandbox sandbox, HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class RuntimeUnderTestParameterizedTestCase {
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL, excludeKnownDeviationsOf = HostileFixtures.RUNTIME_UNDER_TEST)
        void sweep(HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    static class PlainTestTestCase {
        @Test
        @HostileFixtures(stoppedBy = Limit.FUEL)
        void sweep() {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = "chicory-compiler")
    static class BothTemplatesTestCase {
        @SandboxTest
        @ParameterizedTest
        @HostileFixtures(stoppedBy = Limit.FUEL)
        void sweep(Sandbox sandbox, HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }

    @WasmSandbox(runtimes = "chicory-compiler")
    static class FixtureByConstantTestCase {
        @Test
        void byConstant(@Fixture(constant = HostileFixture.MEMORY_GROW_BOMB) HostileFixture bomb) {
            assertThat(bomb).isSameAs(HostileFixture.MEMORY_GROW_BOMB);
        }
    }

    @WasmSandbox(runtimes = "chicory-compiler")
    static class FixtureMisuseTestCase {
        @Test
        void both(@Fixture(value = "loop-br", constant = HostileFixture.LOOP_BR) HostileFixture fixture) {
            throw new AssertionError("must not run");
        }

        @Test
        void neither(@Fixture HostileFixture fixture) {
            throw new AssertionError("must not run");
        }

        @Test
        void unknown(@Fixture("loop-bx") HostileFixture fixture) {
            throw new AssertionError("must not run");
        }
    }
}
