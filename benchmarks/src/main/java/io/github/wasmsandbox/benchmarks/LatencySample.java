package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.report.ConformanceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Preemption latency of one runtime: the distributions of {@code docs/performance.md}'s latency table. The
 * {@link PerformanceRun} measures the runtimes its own JVM can run in-process with {@link #measure}; a runtime that
 * needs a newer JDK (graalwasm: JDK 21+) is measured by this class's {@code main} in a JVM of that JDK
 * ({@link #fork}), with the same code.
 *
 * <pre>
 * /path/to/jdk-25/bin/java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
 *     -cp benchmarks/target/wasm-sandbox-benchmarks.jar io.github.wasmsandbox.benchmarks.LatencySample RUNTIME RUNS
 * </pre>
 *
 * Prints {@code jvm <name and version>}, {@code engine <implementation>} (GraalWasm: the polyglot engine's
 * implementation name, {@code Interpreted} on Truffle's fallback runtime; {@code -} otherwise), then one line per
 * tick and fixture: {@code latency <tick ms or -> <fixture> <runs> <ms> <ms> ...} (the preempted runs' latencies).
 */
public final class LatencySample {

    /** The fixtures of the latency table: a loop, recursion, and a start function that never returns. */
    static final List<HostileFixture> FIXTURES = List.of(HostileFixture.LOOP_BR, HostileFixture.FIB_EXPONENTIAL,
            HostileFixture.START_INFINITE_LOOP);
    /** Runs before each measurement that are not counted. */
    static final int WARM_UP = 50;

    private LatencySample() {}

    /** Measures one runtime and prints its distributions (format in the class comment). */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RUNTIME RUNS");
        }
        String runtime = args[0];
        int runs = Integer.parseInt(args[1]);
        System.out.println("jvm " + ConformanceReport.thisJvm());
        System.out.println("engine " + engineImplementation());
        for (Duration tick : ticks(runtime)) {
            for (HostileFixture fixture : FIXTURES) {
                PerformanceDoc.Latency l = measure(runtime, tick, fixture, runs, null);
                StringBuilder line = new StringBuilder("latency ").append(l.tick() == null ? "-" : l.tick().toMillis())
                        .append(' ').append(l.fixture()).append(' ').append(l.runs());
                for (double ms : l.ms()) {
                    line.append(' ').append(String.format(Locale.ROOT, "%.6f", ms));
                }
                System.out.println(line);
            }
        }
    }

    /** The epoch ticks measured: wasmtime at 1 and 10 ms, every other runtime at the default. */
    static List<Duration> ticks(String runtime) {
        return runtime.equals("wasmtime") ? List.of(Duration.ofMillis(1), Duration.ofMillis(10))
                : List.of(SandboxLimits.DEFAULT_EPOCH_TICK);
    }

    /**
     * {@code runs} runs of {@code fixture} with a 2 ms deadline on a warm sandbox of {@code runtime}; the latencies
     * of the preempted ones, sorted. {@code jvm} describes the JVM when it is not the report's own ({@code null}).
     */
    static PerformanceDoc.Latency measure(String runtime, Duration tick, HostileFixture fixture, int runs, String jvm) {
        SandboxLimits limits = SandboxLimits.builder().deadlineMillis(2).epochTick(tick).build();
        double[] ms = new double[runs];
        int preempted = 0;
        try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
            for (int i = 0; i < WARM_UP; i++) {
                sandbox.run(Invocation.of(fixture));
            }
            for (int i = 0; i < runs; i++) {
                Outcome o = sandbox.run(Invocation.of(fixture));
                if (o.kind() == OutcomeKind.PREEMPTED && o.latency().isPresent()) {
                    ms[preempted++] = o.latency().get().toNanos() / 1e6;
                }
            }
        }
        double[] sample = Arrays.copyOf(ms, preempted);
        Arrays.sort(sample);
        System.err.printf("%s %s %s: %d preempted%n", runtime, tick, fixture.id(), preempted);
        return new PerformanceDoc.Latency(runtime, runtime.equals("wasmtime") ? tick : null, fixture.id(), runs,
                sample, jvm);
    }

    /**
     * Runs {@link #main} for {@code runtime} in a JVM started with {@code java} and {@code jvmArgs} on this JVM's
     * class path, and reads its distributions back.
     *
     * @throws IOException if that JVM cannot start or does not exit 0 (its error output is passed through)
     */
    static List<PerformanceDoc.Latency> fork(String java, List<String> jvmArgs, String runtime, int runs)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LatencySample.class.getName(), runtime,
                Integer.toString(runs)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring " + runtime + " in " + java, e);
        }
        if (exit != 0) {
            throw new IOException("measuring " + runtime + " in a JVM of " + java + " failed (exit code " + exit
                    + "; its error output is above): " + String.join(" ", command));
        }
        String jvm = "?";
        String engine = "-";
        List<PerformanceDoc.Latency> results = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("jvm ")) {
                jvm = line.substring(4).trim();
            } else if (line.startsWith("engine ")) {
                engine = line.substring(7).trim();
            } else if (line.startsWith("latency ")) {
                String[] f = line.trim().split(" ");
                double[] ms = new double[f.length - 4];
                for (int i = 0; i < ms.length; i++) {
                    ms[i] = Double.parseDouble(f[i + 4]);
                }
                Duration tick = f[1].equals("-") ? null : Duration.ofMillis(Long.parseLong(f[1]));
                results.add(new PerformanceDoc.Latency(runtime, tick, f[2], Integer.parseInt(f[3]), ms,
                        jvm + (engine.equals("-") ? "" : ", engine " + engine)));
            }
        }
        return results;
    }

    /**
     * The polyglot engine's implementation name when GraalVM's polyglot API is on the class path ({@code Interpreted}
     * on Truffle's fallback runtime), else {@code -}. Looked up reflectively: the benchmarks compile without it.
     */
    private static String engineImplementation() {
        try {
            Class<?> engine = Class.forName("org.graalvm.polyglot.Engine");
            Object instance = engine.getMethod("newBuilder").invoke(null);
            instance.getClass().getMethod("option", String.class, String.class).invoke(instance,
                    "engine.WarnInterpreterOnly", "false");
            Object built = instance.getClass().getMethod("build").invoke(instance);
            try {
                return String.valueOf(engine.getMethod("getImplementationName").invoke(built));
            } finally {
                engine.getMethod("close").invoke(built);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            return "-";
        }
    }
}
