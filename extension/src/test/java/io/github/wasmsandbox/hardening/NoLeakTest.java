package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.SandboxTest;
import io.github.wasmsandbox.junit.WasmSandbox;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;

/** After a test class, nothing it started through {@code @WasmSandbox} is alive: no guest, no epoch ticker. */
@Isolated("inspects every live thread of the JVM")
@DisplayName("No leak")
class NoLeakTest {

    /** Runs hostile guests on every runtime, the way a user's test class would. */
    @WasmSandbox(runtimes = {"chicory-interpreter", "chicory-compiler", "wasmtime"}, deadlineMillis = 20, fuel = 100_000)
    static class HostileClass {
        @SandboxTest
        void hostile(Sandbox sandbox) {
            for (HostileFixture f : List.of(HostileFixture.LOOP_BR, HostileFixture.START_INFINITE_LOOP,
                    HostileFixture.HOST_BLOCK_LOOP, HostileFixture.UNBOUNDED_RECURSION, HostileFixture.FUEL_BOMB)) {
                assertThat(sandbox.run(Invocation.of(f)).kind()).isIn(OutcomeKind.PREEMPTED, OutcomeKind.OUT_OF_FUEL,
                        OutcomeKind.STACK_EXHAUSTED);
            }
        }
    }

    @Test
    @DisplayName("no wasm-sandbox thread outlives the test class that started it")
    void noThreadLeft() {
        Set<Thread> before = sandboxThreads();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(HostileClass.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        Set<Thread> left = sandboxThreads();
        left.removeAll(before);
        assertThat(left).as("threads left by the test class").isEmpty();
    }

    private static Set<Thread> sandboxThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("wasm-sandbox-")) {
                threads.add(t);
            }
        }
        return threads;
    }
}
