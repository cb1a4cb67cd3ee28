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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * 2,000 sandboxes created, run and closed: threads and resident memory must not grow with them. Measured in a
 * child JVM whose heap is fixed and touched up front ({@code -Xms = -Xmx}, {@code AlwaysPreTouch}, serial GC), so
 * the resident set moves only with native memory (wasmtime's stores, modules and instances), not with the
 * garbage collector's sizing of the heap, which moved it by tens of MB in the test JVM.
 */
@Isolated("counts threads and resident memory")
@DisplayName("The wasmtime runtime, soaked")
class WasmtimeSoakTest {

    private static final SandboxLimits HOSTILE = SandboxLimits.builder().deadlineMillis(2).build();

    @Test
    @DisplayName("2,000 create/run/dispose cycles leave threads and resident memory flat")
    void soak() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Child.class.getName()))
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("the soak child ended within 5 minutes; its output: %s", output).isTrue();
        assertThat(child.exitValue()).as("the soak child's exit code; its output: %s", output).isZero();
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no RESULT line from the soak child: " + output));
        String[] f = result.split(" ");
        int threadsBefore = Integer.parseInt(f[1]);
        int threadsAfter = Integer.parseInt(f[2]);
        long rssBefore = Long.parseLong(f[3]);
        long rssAfter = Long.parseLong(f[4]);
        System.out.printf("wasmtime soak (fixed 256 MiB heap): threads %d -> %d, VmRSS %d -> %d KiB%n", threadsBefore,
                threadsAfter, rssBefore, rssAfter);
        assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore);
        assertThat(rssBefore).as("VmRSS is readable here").isPositive();
        assertThat(rssAfter - rssBefore).as("resident memory growth in KiB over 2,000 cycles").isLessThan(64 * 1024);
    }

    /** The soak itself, in the child JVM: prints {@code RESULT threadsBefore threadsAfter rssBefore rssAfter}. */
    static final class Child {
        public static void main(String[] args) throws IOException {
            cycles(200);
            System.gc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long rssBefore = ProcessStats.residentKiB();
            cycles(2_000);
            System.gc();
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            long rssAfter = ProcessStats.residentKiB();
            System.out.println("RESULT " + threadsBefore + " " + threadsAfter + " " + rssBefore + " " + rssAfter);
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
