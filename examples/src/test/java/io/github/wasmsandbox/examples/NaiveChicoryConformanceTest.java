package io.github.wasmsandbox.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.spi.SandboxRuntime;
import io.github.wasmsandbox.tck.AbstractRuntimeConformanceTest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the TCK against {@link NaiveChicoryRuntime} and checks that it catches the naive timeout: every fixture a
 * deadline must stop fails as ESCAPED (a guest left running, or left waiting in {@code env.block}); nothing else
 * fails except what Chicory itself cannot do.
 */
@Isolated("the TCK's escape detection inspects every thread's stack")
@DisplayName("The TCK on a naive adapter")
class NaiveChicoryConformanceTest {

    private static final SandboxRuntime CHICORY_COMPILER = RuntimeRegistry.discover().get("chicory-compiler");


    /** The TCK, as a runtime author would write it; run here through the EngineTestKit only. */
    static class NaiveTck extends AbstractRuntimeConformanceTest {
        @Override
        protected String runtimeName() {
            return NaiveChicoryRuntime.NAME;
        }

        @Override
        protected SandboxRuntime runtime() {
            return new NaiveChicoryRuntime();
        }
    }

    @Test
    @DisplayName("fails exactly the deadline fixtures, as ESCAPED, and the summary")
    void catchesTheNaiveTimeout() {
        try {
            checkTheTckCatchesTheNaiveTimeout();
        } finally {
            stopLeakedGuests();
        }
    }

    /**
     * Runs the TCK on the naive adapter and checks its verdicts: every catalog fixture a deadline must stop, and
     * every deadline cell of the classification matrix, fails as ESCAPED; so do the summary and what Chicory itself
     * cannot do; nothing else.
     */
    static void checkTheTckCatchesTheNaiveTimeout() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .selectors(selectClass(NaiveTck.class))
                .execute()
                .testEvents();

        Map<String, String> failures = new TreeMap<>(tests.failed().stream().collect(Collectors.toMap(
                e -> e.getTestDescriptor().getDisplayName(),
                NaiveChicoryConformanceTest::message)));

        Set<String> deadlineFixtures = Arrays.stream(HostileFixture.values())
                .filter(f -> f.expectedOutcome() == OutcomeKind.PREEMPTED)
                .filter(f -> CHICORY_COMPILER.knownDeviation(f.id()).isEmpty())
                .map(f -> f.id() + " on " + NaiveChicoryRuntime.NAME)
                .collect(Collectors.toSet());
        // Parked in a host function, or in the runtime's own wait (memory.atomic.wait32 on a shared memory).
        Set<String> blockingFixtures = Arrays.stream(HostileFixture.values())
                .filter(f -> f.imports().contains(HostImport.BLOCK) || f.features().contains(WasmFeature.THREADS))
                .map(f -> f.id() + " on " + NaiveChicoryRuntime.NAME)
                .collect(Collectors.toSet());
        assertThat(blockingFixtures).isNotEmpty().isSubsetOf(deadlineFixtures);
        Set<String> chicoryLimitations = CHICORY_COMPILER.knownDeviations().stream()
                .map(d -> d.fixtureId() + " on " + NaiveChicoryRuntime.NAME)
                .collect(Collectors.toSet());

        Set<String> deadlineCells = failures.keySet().stream().filter(n -> n.startsWith("deadline-in-"))
                .collect(Collectors.toSet());
        assertThat(deadlineCells).as("the classification matrix's deadline cells (2 causes in 5 states)").hasSize(10);
        deadlineCells.forEach(name -> assertThat(failures.get(name)).contains("ESCAPED"));
        assertThat(failures.keySet()).containsAll(deadlineFixtures).containsAll(chicoryLimitations)
                .contains("summary of " + NaiveChicoryRuntime.NAME)
                .hasSize(deadlineFixtures.size() + chicoryLimitations.size() + deadlineCells.size() + 1);
        deadlineFixtures.forEach(name -> assertThat(failures.get(name)).contains(" ESCAPED ", "FAIL",
                blockingFixtures.contains(name)
                        ? "the runtime reported PREEMPTED, but the guest was left waiting in a host function: 'naive-chicory-guest'"
                        : "the runtime reported PREEMPTED, but the guest kept running: 'naive-chicory-guest'"));
        assertThat(failures.get("summary of " + NaiveChicoryRuntime.NAME))
                .contains(NaiveChicoryRuntime.NAME + " does not conform: " + (deadlineFixtures.size()
                        + chicoryLimitations.size()) + " FAIL");
    }

    /**
     * The naive adapter never stops its guests; Chicory's compiled code does stop when its thread is interrupted,
     * so the test does what the adapter should have done, and no spinning guest outlives the test.
     */
    static void stopLeakedGuests() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("naive-chicory-guest")) {
                t.interrupt();
            }
        }
    }

    private static String message(Event event) {
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(Throwable::getMessage).orElse("");
    }
}
