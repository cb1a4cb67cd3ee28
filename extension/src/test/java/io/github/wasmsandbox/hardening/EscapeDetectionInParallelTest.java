package io.github.wasmsandbox.hardening;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static io.github.wasmsandbox.hardening.HostileGuests.BOUND_MILLIS;
import static io.github.wasmsandbox.hardening.HostileGuests.CHICORY_COMPILER;
import static io.github.wasmsandbox.hardening.HostileGuests.burningDeadlineFixtures;
import static io.github.wasmsandbox.hardening.HostileGuests.escapeFound;
import static io.github.wasmsandbox.hardening.HostileGuests.preempted;
import static io.github.wasmsandbox.hardening.HostileGuests.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.hardening.HostileGuests.BackgroundLoad;
import io.github.wasmsandbox.hardening.HostileGuests.NaiveHost;
import io.github.wasmsandbox.hardening.HostileGuests.Prepared;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.Event;

/**
 * Escape detection under JUnit parallel execution, none of the checking classes {@code @Isolated}: three classes
 * sweep every CPU-burning deadline fixture through a naive host (half of them reusing a pool thread made before
 * the call) and through a correct one, at the same time as a class running guests through {@code Sandbox} all the
 * time, a class running guests directly on its own JUnit threads, three CPU-burning threads and a guest leaked
 * before the classes start. Each check must give its own verdict: every naive host caught, every correct host
 * passed, whatever runs beside it.
 */
@Tag("hardening")
@Isolated("loads the machine; the parallel run under test is the only other work")
@DisplayName("Escape detection under parallel execution")
class EscapeDetectionInParallelTest {

    /** The sweep every checking class runs: each fixture behind a naive host (caught) and a correct one (passed). */
    abstract static class Sweep {

        static Stream<HostileFixture> fixtures() {
            return burningDeadlineFixtures().stream();
        }

        @ParameterizedTest
        @MethodSource("fixtures")
        void naiveHostIsCaught(HostileFixture fixture) throws Exception {
            Prepared guest = Prepared.of(fixture);
            try (NaiveHost naive = fixture.ordinal() % 2 == 0 ? NaiveHost.warmed() : new NaiveHost()) {
                String v = verdict(() -> assertPreemptedWithin(BOUND_MILLIS, TimeoutException.class,
                        () -> naive.call(guest)));
                assertThat(escapeFound(v)).as("naive host on %s caught, verdict: %s", fixture.id(), v).isTrue();
                assertThat(v).contains("'naive-host-guest-");
            }
        }

        @ParameterizedTest
        @MethodSource("fixtures")
        void correctHostPasses(HostileFixture fixture) {
            try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER, SandboxLimits.forFixture(fixture))) {
                String v = verdict(() -> assertPreemptedWithin(BOUND_MILLIS,
                        () -> preempted(sandbox, Invocation.of(fixture))));
                assertThat(v).as("correct host on %s passed", fixture.id()).isNull();
            }
        }
    }

    static class SweepA extends Sweep {}

    static class SweepB extends Sweep {}

    static class SweepC extends Sweep {}

    /** Guests run through wasm-sandbox all the time, on its guest threads, by tests that check nothing. */
    static class SandboxNeighbour {
        @RepeatedTest(40)
        void runsGuests() {
            try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER, SandboxLimits.forFixture(HostileFixture.LOOP_BR))) {
                assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR)).kind()).isEqualTo(OutcomeKind.PREEMPTED);
            }
        }
    }

    /** Guests run directly (not through wasm-sandbox) on the test's own JUnit thread, stopped by an interrupt. */
    static class DirectNeighbour {
        @RepeatedTest(20)
        void runsAGuestOnItsOwnThread() throws InterruptedException {
            Prepared guest = Prepared.of(HostileFixture.LOOP_BR);
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try {
                Thread self = Thread.currentThread();
                timer.schedule(self::interrupt, 100, TimeUnit.MILLISECONDS);
                try {
                    guest.run();
                } catch (ChicoryInterruptedException expected) {
                    // stopped by the timer
                }
            } finally {
                Thread.interrupted(); // the timer's interrupt, when the guest's exception left it set
                timer.shutdownNow();
                assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    @DisplayName("three sweeping classes beside guest-running neighbours: 0 false verdicts")
    void noFalseVerdictsInParallel() throws Exception {
        int fixtures = burningDeadlineFixtures().size();
        assertThat(fixtures).isGreaterThan(10);
        EngineExecutionResults results;
        BackgroundLoad load = new BackgroundLoad(3);
        try (NaiveHost earlierLeak = new NaiveHost()) {
            try {
                earlierLeak.call(Prepared.of(HostileFixture.LOOP_BR));
            } catch (TimeoutException expected) {
                // leaked on purpose: it keeps spinning while the classes run
            }
            results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                    .selectors(selectClass(SweepA.class), selectClass(SweepB.class), selectClass(SweepC.class),
                            selectClass(SandboxNeighbour.class), selectClass(DirectNeighbour.class))
                    .execute();
        } finally {
            load.close();
        }
        List<String> falseVerdicts = results.testEvents().failed().stream().map(EscapeDetectionInParallelTest::describe)
                .toList();
        long checks = 3L * 2 * fixtures;
        System.out.printf("escape detection in parallel (4 JUnit threads, 3 CPU burners, 1 leaked guest, 2 neighbour"
                + " classes): %d checks, false verdicts %d%n", checks, falseVerdicts.size());
        assertThat(falseVerdicts).as("false verdicts").isEmpty();
        results.testEvents().assertStatistics(s -> s.succeeded(checks + 40 + 20).failed(0));
    }

    private static String describe(Event event) {
        return event.getTestDescriptor().getDisplayName() + " in "
                + event.getTestDescriptor().getUniqueId().getSegments().get(1).getValue() + ": "
                + event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString).orElse("?");
    }
}
