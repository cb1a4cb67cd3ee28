package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.testing.Deviations;
import io.github.wasmsandbox.testing.ProcessStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * 5,000 hostile runs mixed across every runtime and fixture, each in a sandbox opened and closed for it: live
 * threads, the heap in use after a full GC and the resident memory outside the heap (native handles, stacks)
 * must stay flat. Resident memory as a whole is not compared: how far the heap grows is the GC's choice (the
 * memory fixtures make it grow). Profile {@code hardening} (CI); prints the figures.
 */
@Tag("hardening")
@Isolated("counts threads and resident memory JVM-wide")
@DisplayName("Soak")
class SoakTest {

    @Test
    @DisplayName("5,000 hostile runs across runtimes leave threads, heap and native memory flat")
    void soak() throws IOException {
        List<Object[]> plan = new ArrayList<>();
        for (String runtime : Sandboxes.availableRuntimes()) {
            for (HostileFixture f : HostileFixture.values()) {
                if (Deviations.of(f, runtime).map(d -> d.outcome() != OutcomeKind.ESCAPED).orElse(true)) {
                    plan.add(new Object[] {runtime, f});
                }
            }
        }
        runs(plan, 500);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = ProcessStats.heapUsedAfterGcKiB();
        long nativeBefore = ProcessStats.committedOutsideHeapKiB();
        long start = System.nanoTime();
        runs(plan, 5_000);
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapAfter = ProcessStats.heapUsedAfterGcKiB();
        long nativeAfter = ProcessStats.committedOutsideHeapKiB();
        System.out.printf("soak: 5000 hostile runs in %d s; threads %d -> %d; heap used after GC %d -> %d KiB; "
                + "committed outside the heap %d -> %d KiB%n", (System.nanoTime() - start) / 1_000_000_000L,
                threadsBefore, threadsAfter, heapBefore, heapAfter, nativeBefore, nativeAfter);
        assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore);
        assertThat(heapAfter - heapBefore).as("heap growth in KiB").isLessThan(64 * 1024);
        assertThat(nativeBefore).as("native memory tracking (run with -XX:NativeMemoryTracking=summary, as the "
                + "hardening profile does)").isPositive();
        assertThat(nativeAfter - nativeBefore).as("growth of memory committed outside the heap in KiB")
                .isLessThan(128 * 1024);
    }

    /** Runs {@code n} rows of the plan round robin, with short limits so that hostile rows end fast. */
    private static void runs(List<Object[]> plan, int n) {
        for (int i = 0; i < n; i++) {
            String runtime = (String) plan.get(i % plan.size())[0];
            HostileFixture fixture = (HostileFixture) plan.get(i % plan.size())[1];
            SandboxLimits limits = SandboxLimits.forFixture(fixture).toBuilder().deadlineMillis(5).fuel(50_000).build();
            try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
                Outcome outcome = sandbox.run(Invocation.of(fixture));
                assertThat(outcome.kind()).as("%s on %s", fixture.id(), runtime).isNotEqualTo(OutcomeKind.ESCAPED);
            }
        }
    }
}
