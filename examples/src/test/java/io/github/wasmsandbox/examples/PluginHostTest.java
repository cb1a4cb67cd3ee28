package io.github.wasmsandbox.examples;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.HostileFixtures;
import io.github.wasmsandbox.runtime.chicory.ChicoryHostFunctions;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Testing your own host: the toolkit passes the interrupting host and catches the naive one. */
class PluginHostTest {

    private static final Duration TIMEOUT = Duration.ofMillis(100);

    @Test
    void theInterruptingHostReallyStopsALoopingPlugin() {
        try (PluginHost host = new InterruptingPluginHost()) {
            assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(HostileFixture.LOOP_BR.bytes(), "run", TIMEOUT));
        }
    }

    @Test
    void theNaiveHostReturnsWhileThePluginKeepsRunning() {
        try (PluginHost host = new NaivePluginHost()) {
            assertThatThrownBy(() -> assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(HostileFixture.LOOP_BR.bytes(), "run", TIMEOUT)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("these threads were still inside guest code")
                    .hasMessageContaining("running: 'naive-plugin-host'")
                    .hasMessageContaining("not Future.get(timeout) alone");
        }
    }

    // tag::sweep[]
    @ParameterizedTest   // [1] loop-br, [2] if-else-backedge, ...: one run per fixture, named by its id
    @HostileFixtures(stoppedBy = Limit.DEADLINE,
            excludeKnownDeviationsOf = "chicory-interpreter",           // the runtime the host embeds
            // Chicory 1.7.5's interpreter runs out of Java stack on this loop, which has no Wasm recursion: on a
            // default-sized thread stack it may end with "call stack exhausted" before this host's timeout.
            exclude = "try-table-call-loop")
    void theInterruptingHostStopsEveryLoopingFixture(HostileFixture fixture) {
        // The catalog's env.block and env.tick, through Chicory's own import API, for the fixtures that import them.
        try (PluginHost host = new InterruptingPluginHost(ChicoryHostFunctions.forFixture(fixture))) {
            // A start-function fixture spins while it is instantiated, before the export is looked up.
            assertPreemptedWithin(2_000, TimeoutException.class,
                    () -> host.call(fixture.bytes(), fixture.export().orElse("run"), TIMEOUT));
        }
    }
    // end::sweep[]

    @Test
    void theSameSweepCatchesTheNaiveHostOnEveryFixture() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .selectors(selectClass(NaiveHostSweepTestCase.class)).execute();
        results.testEvents().assertStatistics(s -> s.started(3).failed(3));
        for (String name : new String[] {"[1] loop-br", "[2] spin-in-callee", "[3] start-infinite-loop"}) {
            results.testEvents().assertThatEvents().haveExactly(1, event(displayName(name), finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(m -> m.contains("these threads were still inside guest code")
                            && m.contains("running: 'naive-plugin-host'")))));
        }
    }

    @Test
    void bothHostsRunABenignPlugin() throws Exception {
        for (PluginHost host : new PluginHost[] {new NaivePluginHost(), new InterruptingPluginHost()}) {
            try (host) {
                assertThat(host.call(HostileFixture.ANSWER.bytes(), "run", Duration.ofSeconds(5))).containsExactly(42);
            }
        }
    }

    /** The sweep above, through the naive host (run by the test kit only: its invocations fail on purpose). */
    static class NaiveHostSweepTestCase {
        @ParameterizedTest
        @HostileFixtures(ids = {"loop-br", "spin-in-callee", "start-infinite-loop"})
        void sweep(HostileFixture fixture) {
            try (PluginHost host = new NaivePluginHost()) {
                assertPreemptedWithin(2_000, TimeoutException.class,
                        () -> host.call(fixture.bytes(), fixture.export().orElse("run"), TIMEOUT));
            }
        }
    }
}
