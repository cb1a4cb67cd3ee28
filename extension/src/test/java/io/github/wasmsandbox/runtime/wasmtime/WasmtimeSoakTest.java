package io.github.wasmsandbox.runtime.wasmtime;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.testing.ProcessStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** 2,000 sandboxes created, run and closed: threads and resident memory must not grow with them. */
@Isolated("counts threads and resident memory JVM-wide")
@DisplayName("The wasmtime runtime, soaked")
class WasmtimeSoakTest {

    private static final SandboxLimits HOSTILE = SandboxLimits.builder().deadlineMillis(2).build();

    @Test
    @DisplayName("2,000 create/run/dispose cycles leave threads and resident memory flat")
    void soak() throws IOException {
        cycles(200);
        System.gc();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long rssBefore = ProcessStats.residentKiB();
        cycles(2_000);
        System.gc();
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        long rssAfter = ProcessStats.residentKiB();
        System.out.printf("wasmtime soak: threads %d -> %d, VmRSS %d -> %d KiB%n", threadsBefore, threadsAfter,
                rssBefore, rssAfter);
        assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore);
        if (rssBefore > 0) {
            assertThat(rssAfter - rssBefore).as("resident memory growth in KiB over 2,000 cycles")
                    .isLessThan(64 * 1024);
        }
    }

    /** Every fourth cycle preempts an infinite loop; the others run a benign export. */
    private static void cycles(int n) {
        for (int i = 0; i < n; i++) {
            boolean hostile = i % 4 == 0;
            HostileFixture fixture = hostile ? HostileFixture.LOOP_BR : HostileFixture.ANSWER;
            try (Sandbox sandbox = Sandboxes.open("wasmtime", hostile ? HOSTILE : SandboxLimits.NONE)) {
                assertThat(sandbox.run(Invocation.of(fixture))).hasKind(fixture.expectedOutcome());
            }
        }
    }
}
