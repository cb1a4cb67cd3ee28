package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.hardening.HostileGuests.BackgroundLoad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * wasmtime stops a guest when the engine's epoch reaches the store's deadline, and the epoch used to advance only
 * when the ticker thread got a core (skipping the ticks it missed): beside enough CPU-bound threads the deadline
 * stretched until the guest had burnt the watchdog's escape CPU, and a guest wasmtime does stop was called ESCAPED.
 * The epoch now counts every tick that passed, and the watchdog's stop request advances it too
 * ({@code EpochTickerTests} checks that rule on a fake clock). This test checks the verdict under load and prints
 * the latency, which docs/wasmtime.md quotes; it asserts no timing.
 */
@Tag("hardening")
@Isolated("the load must be the only other work: it is what the test is about")
@DisplayName("wasmtime's epoch stop under CPU load")
class EpochStopUnderLoadTest {

    private static final int RUNS = 30;
    private static final int BURNERS = 8;

    @Test
    @DisplayName("every spin is PREEMPTED beside eight CPU-bound threads, never ESCAPED")
    void preemptedUnderLoad() {
        Map<OutcomeKind, Integer> outcomes = new EnumMap<>(OutcomeKind.class);
        List<Double> latencies = new ArrayList<>();
        SandboxLimits limits = SandboxLimits.forFixture(HostileFixture.LOOP_BR);
        BackgroundLoad load = new BackgroundLoad(BURNERS);
        try (load; Sandbox sandbox = Sandboxes.open("wasmtime", limits)) {
            for (int i = 0; i < RUNS; i++) {
                Outcome outcome = sandbox.run(Invocation.of(HostileFixture.LOOP_BR));
                outcomes.merge(outcome.kind(), 1, Integer::sum);
                outcome.latency().ifPresent(l -> latencies.add(l.toNanos() / 1e6));
            }
        }
        Collections.sort(latencies);
        System.out.println("wasmtime loop-br beside " + BURNERS + " CPU burners: " + outcomes + "; latency past the"
                + " deadline (ms), median " + latencies.get(latencies.size() / 2) + ", max "
                + latencies.get(latencies.size() - 1));
        assertThat(outcomes).containsOnlyKeys(OutcomeKind.PREEMPTED);
    }
}
