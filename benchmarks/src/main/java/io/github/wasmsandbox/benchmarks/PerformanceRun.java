package io.github.wasmsandbox.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.report.ConformanceCase;
import io.github.wasmsandbox.report.ConformanceReport;
import io.github.wasmsandbox.report.ConformanceRunner;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures everything {@code docs/performance.md} reports, in one run, and writes the document and its chart:
 * preemption latency distributions, guest speed under each limit (JMH), the toolkit's cost per run (JMH) and per
 * test (JUnit launcher), and the whole catalog's wall time.
 *
 * <pre>
 * java -jar benchmarks/target/wasm-sandbox-benchmarks.jar [--quick] [--runs N] [--doc docs/performance.md] \
 *     [--fork-jdk /path/to/jdk-21+/bin/java [--fork-jvm-args 'ARGS']]
 * java -jar benchmarks/target/wasm-sandbox-benchmarks.jar --junit-only   # prints the JUnit figures, writes nothing
 * </pre>
 *
 * <p>{@code --fork-jdk} measures the preemption latency of the runtimes this JVM cannot run (graalwasm needs JDK 21+;
 * the jar includes it when built with the {@code graalwasm} profile) in a JVM of that java ({@link LatencySample}),
 * started with {@code --fork-jvm-args} (default: the JDK 24+ flags GraalWasm wants; on JDK 21 or 22 pass
 * {@code --enable-native-access=ALL-UNNAMED} alone).
 */
public final class PerformanceRun {

    /** Untimed executions of each JUnit overhead class before the timed rounds. */
    static final int JUNIT_WARM_UPS = 10;
    /** Timed rounds of the four JUnit overhead classes (five with {@code --quick}). */
    static final int JUNIT_ROUNDS = 21;

    private PerformanceRun() {}

    /** Runs the measurements and writes the document. */
    public static void main(String[] args) throws IOException, RunnerException {
        boolean quick = false;
        int runs = 1000;
        int coldSamples = 100;
        Path doc = Path.of("docs/performance.md");
        boolean junitOnly = false;
        String forkJava = null;
        List<String> forkJvmArgs = List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--cold-samples" -> coldSamples = Integer.parseInt(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--junit-only" -> junitOnly = true;
                case "--fork-jdk" -> forkJava = args[++i];
                case "--fork-jvm-args" -> forkJvmArgs = List.of(args[++i].trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: [--quick]"
                        + " [--runs N] [--cold-samples N] [--doc FILE] [--junit-only] [--fork-jdk JAVA]"
                        + " [--fork-jvm-args 'ARGS']");
            }
        }
        if (junitOnly) {
            printJUnitOverhead(quick ? 5 : JUNIT_ROUNDS);
            return;
        }
        Instant startedAt = Instant.now();
        String load = loadAverage();
        PerformanceDoc.Data data = new PerformanceDoc.Data();
        data.startedAt = startedAt;
        data.loadBefore = load;
        data.command = "java -jar benchmarks/target/wasm-sandbox-benchmarks.jar" + (quick ? " --quick" : "")
                + (runs != 1000 ? " --runs " + runs : "") + (coldSamples != 100 ? " --cold-samples " + coldSamples : "")
                + (forkJava != null ? " --fork-jdk " + forkJava : "");
        data.quick = quick;
        System.err.println("== cold-start latency, a fresh JVM per sample");
        data.cold = coldStart(coldSamples);
        System.err.println("== preemption latency");
        data.latency = latency(runs, forkJava, forkJvmArgs);
        System.err.println("== JUnit overhead per test and per class");
        data.junit = junitOverhead(JUNIT_WARM_UPS, quick ? 5 : JUNIT_ROUNDS);
        System.setProperty(RunOverheadBenchmark.NO_POOL_PROPERTY, "0");
        try {
            data.junitThreadPerRun = junitOverhead(JUNIT_WARM_UPS, quick ? 5 : JUNIT_ROUNDS);
        } finally {
            System.clearProperty(RunOverheadBenchmark.NO_POOL_PROPERTY);
        }
        System.err.println("== JMH");
        data.jmh = jmh(quick);
        // Last: the catalog's known escapes on the interpreter leave threads spinning for the rest of this JVM,
        // which would slow every measurement after them (and the JMH forks, which share the 2 cores).
        System.err.println("== whole catalog");
        data.catalog = catalog();
        data.loadAfter = loadAverage();
        data.wallTime = Duration.between(startedAt, Instant.now());
        PerformanceDoc.write(doc, data);
        System.err.println("wrote " + doc + " and " + doc.resolveSibling("performance-latency.svg"));
    }

    /** The JUnit figures alone, printed rather than written into the document (to compare two builds quickly). */
    private static void printJUnitOverhead(int rounds) {
        String load = loadAverage();
        PerformanceDoc.JUnitOverhead j = junitOverhead(JUNIT_WARM_UPS, rounds);
        System.out.printf(java.util.Locale.ROOT, "%s, load %s -> %s, %d rounds of classes with 1 and %d tests%n"
                        + "per test ms: @WasmSandbox %.3f, by hand %.3f, extra %.3f%n"
                        + "per test CPU ms, test thread: @WasmSandbox %.3f, by hand %.3f, extra %.3f%n"
                        + "start-up per class ms: @WasmSandbox %.1f, by hand %.1f, extra %.1f%n",
                Instant.now(), load, loadAverage(), rounds, j.tests(), j.perTestExtensionMs(), j.perTestByHandMs(),
                j.perTestExtensionMs() - j.perTestByHandMs(), j.perTestExtensionCpuMs(), j.perTestByHandCpuMs(),
                j.perTestExtensionCpuMs() - j.perTestByHandCpuMs(), j.startupExtensionMs(), j.startupByHandMs(),
                j.startupExtensionMs() - j.startupByHandMs());
    }

    /**
     * Preemption latency distributions: every runtime, wasmtime at 1 and 10 ms ticks, three fixture shapes. A runtime
     * registered but not usable in this JVM (graalwasm needs JDK 21+) is measured in a JVM of {@code forkJava}, or
     * left out with its reason when that is {@code null}.
     */
    static List<PerformanceDoc.Latency> latency(int runs, String forkJava, List<String> forkJvmArgs)
            throws IOException {
        List<PerformanceDoc.Latency> results = new ArrayList<>();
        for (String runtime : Sandboxes.availableRuntimes()) {
            for (Duration tick : LatencySample.ticks(runtime)) {
                for (HostileFixture fixture : LatencySample.FIXTURES) {
                    results.add(LatencySample.measure(runtime, tick, fixture, runs, null));
                }
            }
        }
        for (SandboxRuntime runtime : RuntimeRegistry.discover().all()) {
            Optional<String> reason = runtime.unavailableReason();
            if (reason.isEmpty()) {
                continue;
            }
            if (forkJava == null) {
                System.err.println(runtime.name() + ": not measured (" + reason.get() + "); to measure it in a JVM of"
                        + " another JDK, pass --fork-jdk /path/to/jdk/bin/java");
                continue;
            }
            results.addAll(LatencySample.fork(forkJava, forkJvmArgs, runtime.name(), runs));
        }
        return results;
    }

    /**
     * Cold-start latency: {@code samples} fresh JVMs per runtime, each opening a sandbox and running {@code loop-br}
     * once with a 20 ms deadline (wasmtime: 1 ms tick), then once more warm ({@link ColdStartSample}).
     */
    static List<PerformanceDoc.Cold> coldStart(int samples) throws IOException {
        List<PerformanceDoc.Cold> results = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        for (String runtime : List.of("chicory-compiler", "wasmtime")) {
            if (!Sandboxes.availableRuntimes().contains(runtime)) {
                continue;
            }
            double[] cold = new double[samples];
            double[] warm = new double[samples];
            double[] open = new double[samples];
            int n = 0;
            for (int i = 0; i < samples; i++) {
                Process p = new ProcessBuilder(java, "-cp", classPath, ColdStartSample.class.getName(), runtime,
                        Long.toString(PerformanceDoc.Cold.DEADLINE_MS), "1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                String[] f = line.split(" ");
                if (f.length < 11 || !"PREEMPTED".equals(f[1]) || !"PREEMPTED".equals(f[5])) {
                    System.err.println(runtime + ": sample " + i + " not preempted: " + line);
                    continue;
                }
                cold[n] = Long.parseLong(f[2]) / 1e6;
                warm[n] = Long.parseLong(f[6]) / 1e6;
                open[n] = Long.parseLong(f[8]) / 1e6;
                n++;
            }
            double[] c = Arrays.copyOf(cold, n);
            double[] w = Arrays.copyOf(warm, n);
            double[] o = Arrays.copyOf(open, n);
            Arrays.sort(c);
            Arrays.sort(w);
            Arrays.sort(o);
            results.add(new PerformanceDoc.Cold(runtime, samples, c, w, o));
            System.err.printf("%s: %d cold samples%n", runtime, n);
        }
        return results;
    }

    static PerformanceDoc.Catalog catalog() {
        List<String> runtimes = Sandboxes.availableRuntimes();
        long start = System.nanoTime();
        ConformanceReport report = ConformanceRunner.forNames(runtimes, line -> { }).run(ConformanceCase.catalog());
        return new PerformanceDoc.Catalog(runtimes, report.rows().size(), Duration.ofNanos(System.nanoTime() - start),
                report.allPass());
    }

    /**
     * The extension's cost per test and per class, by hand and through {@code @WasmSandbox}: each of the four
     * classes runs {@code warmUps} times untimed (the launcher, the extension and the runtime are JIT-compiled by
     * then), then {@code rounds} rounds run the four one after another, so that a burst of load on the machine falls
     * on both sides of a difference. Per round: per test = (many - one) / (n - 1), start-up = one - per test; the
     * figures are the medians over the rounds.
     */
    static PerformanceDoc.JUnitOverhead junitOverhead(int warmUps, int rounds) {
        Launcher launcher = LauncherFactory.create();
        List<Class<?>> classes = List.of(JUnitOverheadClasses.ExtensionOne.class,
                JUnitOverheadClasses.ExtensionMany.class, JUnitOverheadClasses.ByHandOne.class,
                JUnitOverheadClasses.ByHandMany.class);
        for (int i = 0; i < warmUps; i++) {
            classes.forEach(c -> execute(launcher, c));
        }
        int n = JUnitOverheadClasses.MANY;
        double[] perTestExtension = new double[rounds];
        double[] perTestByHand = new double[rounds];
        double[] startupExtension = new double[rounds];
        double[] startupByHand = new double[rounds];
        double[] cpuExtension = new double[rounds];
        double[] cpuByHand = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Execution extensionOne = execute(launcher, classes.get(0));
            Execution extensionMany = execute(launcher, classes.get(1));
            Execution byHandOne = execute(launcher, classes.get(2));
            Execution byHandMany = execute(launcher, classes.get(3));
            perTestExtension[r] = (extensionMany.wallMs() - extensionOne.wallMs()) / (n - 1);
            perTestByHand[r] = (byHandMany.wallMs() - byHandOne.wallMs()) / (n - 1);
            startupExtension[r] = extensionOne.wallMs() - perTestExtension[r];
            startupByHand[r] = byHandOne.wallMs() - perTestByHand[r];
            cpuExtension[r] = (extensionMany.cpuMs() - extensionOne.cpuMs()) / (n - 1);
            cpuByHand[r] = (byHandMany.cpuMs() - byHandOne.cpuMs()) / (n - 1);
        }
        return new PerformanceDoc.JUnitOverhead(n, median(perTestExtension), median(perTestByHand),
                median(startupExtension), median(startupByHand), median(cpuExtension), median(cpuByHand));
    }

    /**
     * One execution of a test class: its wall time, and the CPU time of the thread that ran it (JUnit runs a class
     * on the caller's thread unless parallel execution is on; a guest's own work is on its pool thread).
     */
    private record Execution(double wallMs, double cpuMs) {}

    private static Execution execute(Launcher launcher, Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass)).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        launcher.execute(request, summary);
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        if (summary.getSummary().getTotalFailureCount() > 0 || summary.getSummary().getTestsSucceededCount() == 0) {
            throw new IllegalStateException(testClass.getSimpleName() + " did not pass: "
                    + summary.getSummary().getFailures());
        }
        return new Execution(ms, cpuMs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static Collection<RunResult> jmh(boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(GuestSpeedBenchmark.class.getSimpleName())
                .include(RunOverheadBenchmark.class.getSimpleName())
                .include(EpochOverheadBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dwasm.sandbox.shared=" + System.getProperty("wasm.sandbox.shared", "../shared"));
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(300));
        }
        return new Runner(options.build()).run();
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", load);
    }
}
