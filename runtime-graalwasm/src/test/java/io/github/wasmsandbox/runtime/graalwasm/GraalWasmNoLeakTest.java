package io.github.wasmsandbox.runtime.graalwasm;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Sandboxes (each with its own polyglot engine) opened, run and closed: the thread count must stay flat. */
@Isolated("counts threads JVM-wide")
@DisplayName("The graalwasm runtime leaves no threads behind")
class GraalWasmNoLeakTest {

    private static final SandboxLimits HOSTILE = SandboxLimits.builder().deadlineMillis(5).build();

    @Test
    @DisplayName("1,000 open/run/close cycles, a quarter of them preempted, leave the thread count flat")
    void noThreadLeak() throws InterruptedException {
        cycles(40);
        int before = settledThreadCount(Integer.MAX_VALUE);
        cycles(1_000);
        int after = settledThreadCount(before);
        System.out.printf("graalwasm no-leak: threads %d -> %d%n", before, after);
        assertThat(after).as("live threads after 1,000 cycles").isLessThanOrEqualTo(before);
    }

    /** Every fourth cycle preempts an infinite loop; the others run a benign export. */
    private static void cycles(int n) {
        for (int i = 0; i < n; i++) {
            boolean hostile = i % 4 == 0;
            HostileFixture fixture = hostile ? HostileFixture.LOOP_BR : HostileFixture.ANSWER;
            try (Sandbox sandbox = Sandboxes.open(GraalWasmRuntime.NAME, hostile ? HOSTILE : SandboxLimits.NONE)) {
                assertThat(sandbox.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
            }
        }
    }

    /** The live thread count once short-lived threads (guest threads, stoppers) have ended, or after 5 s. */
    private static int settledThreadCount(int target) throws InterruptedException {
        int count = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < 50 && count > target; i++) {
            Thread.sleep(100);
            count = ManagementFactory.getThreadMXBean().getThreadCount();
        }
        return count;
    }
}
