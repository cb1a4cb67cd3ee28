package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * One sample of cold-start preemption latency: in a fresh JVM, opens a sandbox, runs {@code loop-br} once with a
 * deadline and prints how late the guest stopped, then the same on the now warm sandbox. {@link PerformanceRun}
 * starts this class once per sample, each in a JVM of its own.
 *
 * <pre>
 * java -cp benchmarks/target/wasm-sandbox-benchmarks.jar io.github.wasmsandbox.benchmarks.ColdStartSample \
 *     RUNTIME DEADLINE_MS TICK_MS
 * </pre>
 *
 * Prints one line: {@code cold <kind> <latency ns> <elapsed ns> warm <kind> <latency ns> open <ns> uptime <ms>}
 * (latency -1 when the run was not preempted).
 */
public final class ColdStartSample {

    private ColdStartSample() {}

    /** Takes one sample and prints it. */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RUNTIME DEADLINE_MS TICK_MS");
        }
        String runtime = args[0];
        SandboxLimits limits = SandboxLimits.builder().deadlineMillis(Long.parseLong(args[1]))
                .epochTick(Duration.ofMillis(Long.parseLong(args[2]))).build();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long openStart = System.nanoTime();
        try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
            long open = System.nanoTime() - openStart;
            Outcome cold = sandbox.run(Invocation.of(HostileFixture.LOOP_BR));
            Outcome warm = sandbox.run(Invocation.of(HostileFixture.LOOP_BR));
            System.out.println(String.format(Locale.ROOT, "cold %s %d %d warm %s %d open %d uptime %d", cold.kind(),
                    latency(cold), cold.elapsed().toNanos(), warm.kind(), latency(warm), open, uptime));
        }
    }

    private static long latency(Outcome o) {
        return o.latency().map(Duration::toNanos).orElse(-1L);
    }
}
