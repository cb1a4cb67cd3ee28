package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.report.ConformanceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * Writes the measured part of {@code docs/performance.md} (between {@code <!-- performance:start -->} and
 * {@code <!-- performance:end -->}, so the hand-written analysis around it stays) and
 * {@code docs/performance-latency.svg}.
 */
final class PerformanceDoc {

    static final String START = "<!-- performance:start -->";
    static final String END = "<!-- performance:end -->";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PerformanceDoc() {}

    /** Everything one run measured. */
    static final class Data {
        Instant startedAt;
        String loadBefore;
        String loadAfter;
        String command;
        Duration wallTime;
        List<Latency> latency;
        Catalog catalog;
        JUnitOverhead junit;
        JUnitOverhead junitThreadPerRun;
        List<Cold> cold;
        boolean quick;
        Collection<RunResult> jmh;
    }

    /** Cold-start latencies (ms, sorted) of one runtime: the first run of a fresh JVM, the second, and the open. */
    record Cold(String runtime, int samples, double[] coldMs, double[] warmMs, double[] openMs) {
        static final long DEADLINE_MS = 20;
        /** The goal: p99 of the first run of a fresh JVM at most this far past the deadline. */
        static final double GOAL_MS = 5;

        static double percentile(double[] ms, double p) {
            if (ms.length == 0) {
                return Double.NaN;
            }
            return ms[Math.min(ms.length - 1, Math.max(0, (int) Math.ceil(p * ms.length) - 1))];
        }
    }

    /**
     * Latencies (ms, sorted) of one runtime, tick and fixture; {@code jvm} names the JVM they were measured in when
     * it is not the report's own (a runtime that needs a newer JDK), else {@code null}.
     */
    record Latency(String runtime, Duration tick, String fixture, int runs, double[] ms, String jvm) {
        double percentile(double p) {
            if (ms.length == 0) {
                return Double.NaN;
            }
            return ms[Math.min(ms.length - 1, (int) Math.ceil(p * ms.length) - 1)];
        }

        String label() {
            return runtime + (tick == null ? "" : " (tick " + tick.toMillis() + " ms)") + (jvm == null ? "" : " ¹");
        }

        /** The goal: p99 at most 1 ms past the deadline; for an epoch runtime, past the tick that reaches it. */
        double goalMillis() {
            return 1.0 + (tick == null ? 0 : tick.toNanos() / 1e6);
        }
    }

    record Catalog(List<String> runtimes, int rows, Duration wallTime, boolean allPass) {}

    record JUnitOverhead(int tests, double perTestExtensionMs, double perTestByHandMs, double startupExtensionMs,
            double startupByHandMs, double perTestExtensionCpuMs, double perTestByHandCpuMs) {}

    static void write(Path doc, Data data) throws IOException {
        String generated = generated(data);
        String text = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8)
                : "# Performance\n\n" + START + "\n" + END + "\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IOException(doc + " has no " + START + " / " + END + " section");
        }
        Files.writeString(doc, text.substring(0, start + START.length()) + "\n" + generated + text.substring(end),
                StandardCharsets.UTF_8);
        Files.writeString(doc.resolveSibling("performance-latency.svg"), latencyChart(data.latency),
                StandardCharsets.UTF_8);
    }

    private static String generated(Data d) {
        StringBuilder b = new StringBuilder();
        b.append("Measured on ").append(WHEN.format(d.startedAt)).append(", ").append(ConformanceReport.thisMachine())
                .append(", ").append(ConformanceReport.thisJvm()).append("; load average ").append(d.loadBefore)
                .append(" before, ").append(d.loadAfter).append(" after; whole run ")
                .append(d.wallTime.toSeconds()).append(" s. Command (from the project root, `../shared` beside it):\n\n")
                .append("    ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests\n    ")
                .append(d.command).append("\n\n");

        b.append("### Preemption latency\n\nDeadline 2 ms; latency = from the deadline to the guest's thread being free"
                + " (`Outcome.latency()`), after 50 warm-up runs. Goal: p99 at most 1 ms past the deadline"
                + " (wasmtime: at most 1 ms past the tick that reaches it, i.e. tick + 1 ms).\n\n")
                .append("| runtime | fixture | preempted / runs | median ms | p99 ms | max ms | goal |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Latency l : d.latency) {
            double p99 = l.percentile(0.99);
            b.append("| ").append(l.label()).append(" | `").append(l.fixture()).append("` | ").append(l.ms().length)
                    .append(" / ").append(l.runs()).append(" | ").append(f3(l.percentile(0.5))).append(" | ")
                    .append(f3(p99)).append(" | ").append(f3(l.ms().length == 0 ? Double.NaN : l.ms()[l.ms().length - 1]))
                    .append(" | ").append(p99 <= l.goalMillis() ? "met" : "**missed** (> " + f3(l.goalMillis()) + ")")
                    .append(" |\n");
        }
        d.latency.stream().filter(l -> l.jvm() != null).map(l -> l.runtime() + ": " + l.jvm()).distinct()
                .forEach(j -> b.append("\n¹ Measured in a JVM of its own (`--fork-jdk`), because the runtime does not"
                        + " run on this one: ").append(j).append(j.endsWith("engine Interpreted")
                        ? ": Truffle's fallback runtime, as on any stock JDK (no optimizing compiler; a GraalVM JDK"
                        + " has it), so these figures are for its interpreter" : "").append(".\n"));
        b.append("\n![Preemption latency per runtime and fixture](performance-latency.svg)\n\n");

        b.append("### Limit overhead on guest speed\n\nJMH, average time of one `Sandbox.run` (instantiate, call, tear"
                + " down) in ms, and its ratio to the same runtime without limits. `deadline` = a deadline that never"
                + " fires (interrupt checks on Chicory; on wasmtime epoch checks are always compiled in, see the next"
                + " table); `fuel` = injected fuel with a budget that never runs out. Goals: deadline/epoch at most"
                + " 1.1x; injected fuel at most 1.15x on real modules, and on the tightest loop at most 1.5x on"
                + " chicory-compiler and 1.2x on wasmtime.\n\n")
                .append("| runtime | workload | none ms | deadline | fuel | fuel+deadline |\n|---|---|---|---|---|---|\n");
        Map<String, Map<String, Double>> speed = new LinkedHashMap<>();
        Map<String, Map<String, Double>> error = new LinkedHashMap<>();
        for (RunResult r : sorted(d.jmh, "GuestSpeedBenchmark")) {
            String key = r.getParams().getParam("runtime") + "|" + r.getParams().getParam("workload");
            speed.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.getParams().getParam("limits"),
                    r.getPrimaryResult().getScore());
            error.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.getParams().getParam("limits"),
                    r.getPrimaryResult().getScoreError());
        }
        for (Map.Entry<String, Map<String, Double>> e : speed.entrySet()) {
            String[] k = e.getKey().split("\\|");
            Map<String, Double> m = e.getValue();
            Double none = m.get("NONE");
            b.append("| ").append(k[0]).append(" | ").append(Workload.valueOf(k[1]).label()).append(" | ")
                    .append(none == null ? "-" : f3(none) + " ± " + f3(error.get(e.getKey()).get("NONE")));
            for (String limit : List.of("DEADLINE", "FUEL", "FUEL_AND_DEADLINE")) {
                Double v = m.get(limit);
                b.append(" | ").append(v == null || none == null ? "-" : String.format(Locale.ROOT, "%.2fx", v / none));
            }
            b.append(" |\n");
        }
        b.append("\nWasmtime's epoch checks by hand (wasmtime-java, one call on a warm instance), ms:\n\n")
                .append("| workload | epoch off | epoch on | ratio |\n|---|---|---|---|\n");
        Map<String, double[]> epoch = new LinkedHashMap<>();
        for (RunResult r : sorted(d.jmh, "EpochOverheadBenchmark")) {
            double[] v = epoch.computeIfAbsent(r.getParams().getParam("workload"), k -> new double[2]);
            v[Boolean.parseBoolean(r.getParams().getParam("epoch")) ? 1 : 0] = r.getPrimaryResult().getScore();
        }
        epoch.forEach((w, v) -> b.append("| ").append(Workload.valueOf(w).label()).append(" | ").append(f3(v[0]))
                .append(" | ").append(f3(v[1])).append(" | ").append(String.format(Locale.ROOT, "%.2fx", v[1] / v[0]))
                .append(" |\n"));

        b.append("\n### Toolkit overhead\n\nPer run (JMH, µs): a warm sandbox instantiating the `answer` fixture and"
                + " calling it once with a deadline, against the same work by hand with the runtime's API on the"
                + " caller's thread. Guest threads come from the engine's pool; the `thread per run` row turns reuse"
                + " off (`-Dio.github.wasmsandbox.guestThreadPool.maxIdle=0`), as before the pool. Goal: at most 50 µs"
                + " extra per run on chicory-compiler (stretch 30 µs)." + (d.quick ? " Short JMH iterations"
                + " (`--quick`: 1 warm-up and 2 measurement iterations of 0.3 s, one fork)." : "")
                + "\n\n| runtime | sandbox µs | by hand µs | extra µs | goal |\n|---|---|---|---|---|\n");
        Map<String, Double> overhead = new LinkedHashMap<>();
        Map<String, Double> overheadError = new LinkedHashMap<>();
        for (RunResult r : sorted(d.jmh, "RunOverheadBenchmark")) {
            String benchmark = r.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            overhead.put(name, r.getPrimaryResult().getScore());
            overheadError.put(name, r.getPrimaryResult().getScoreError());
        }
        for (String runtime : List.of("ChicoryInterpreter", "ChicoryCompiler", "ChicoryCompilerThreadPerRun", "Wasmtime")) {
            Double sandbox = overhead.get("sandbox" + runtime);
            String byHandKey = "byHand" + runtime.replace("ThreadPerRun", "");
            Double byHand = overhead.get(byHandKey);
            if (sandbox != null && byHand != null) {
                double extra = sandbox - byHand;
                String goal = !runtime.startsWith("ChicoryCompiler") ? "" : extra <= 30 ? "met (stretch too)"
                        : extra <= 50 ? "met (stretch missed)" : "**missed**";
                b.append("| ").append(runtime.replace("ThreadPerRun", "").replaceAll("([a-z])([A-Z])", "$1-$2")
                                .toLowerCase(Locale.ROOT)).append(runtime.endsWith("ThreadPerRun") ? ", thread per run" : "")
                        .append(" | ").append(f1(sandbox)).append(errorBar(overheadError.get("sandbox" + runtime)))
                        .append(" | ").append(f1(byHand)).append(" | ").append(f1(extra)).append(" | ").append(goal)
                        .append(" |\n");
            }
        }
        JUnitOverhead j = d.junit;
        b.append("\nPer test and per class (JUnit Platform launcher; test classes with 1 and ").append(j.tests())
                .append(" tests, each run ").append(PerformanceRun.JUNIT_WARM_UPS).append(" times untimed, then in"
                + " interleaved rounds, medians over the rounds; chicory-compiler; each test instantiates `answer` and"
                + " calls it once). Goals: at most 0.3 ms extra per test, at most 0.3 s one-time start-up per class.\n\n")
                .append("The CPU column is the CPU time of the thread JUnit ran the class on (the callbacks, the"
                        + " parameters, the test body up to the hand-off to the guest's pool thread): it moves far"
                        + " less with the machine's load than wall time.\n\n")
                .append("| | per test ms | per test CPU ms, test thread | start-up per class ms |\n|---|---|---|---|\n")
                .append("| `@WasmSandbox` | ").append(f3(j.perTestExtensionMs())).append(" | ")
                .append(f3(j.perTestExtensionCpuMs())).append(" | ").append(f1(j.startupExtensionMs())).append(" |\n")
                .append("| by hand | ").append(f3(j.perTestByHandMs())).append(" | ").append(f3(j.perTestByHandCpuMs()))
                .append(" | ").append(f1(j.startupByHandMs()))
                .append(" |\n| extra | ").append(f3(j.perTestExtensionMs() - j.perTestByHandMs())).append(" (")
                .append(j.perTestExtensionMs() - j.perTestByHandMs() <= 0.3 ? "met" : "**missed**").append(") | ")
                .append(f3(j.perTestExtensionCpuMs() - j.perTestByHandCpuMs())).append(" | ")
                .append(f1(j.startupExtensionMs() - j.startupByHandMs())).append(" (")
                .append(j.startupExtensionMs() - j.startupByHandMs() <= 300 ? "met" : "**missed**").append(") |\n");
        JUnitOverhead t = d.junitThreadPerRun;
        if (t != null) {
            b.append("| `@WasmSandbox`, thread per run | ").append(f3(t.perTestExtensionMs())).append(" | ")
                    .append(f3(t.perTestExtensionCpuMs())).append(" | ")
                    .append(f1(t.startupExtensionMs())).append(" |\n| extra, thread per run | ")
                    .append(f3(t.perTestExtensionMs() - t.perTestByHandMs())).append(" | ")
                    .append(f3(t.perTestExtensionCpuMs() - t.perTestByHandCpuMs())).append(" | ")
                    .append(f1(t.startupExtensionMs() - t.startupByHandMs())).append(" |\n");
        }

        if (d.cold != null && !d.cold.isEmpty()) {
            b.append("\n### Cold start\n\nA fresh JVM per sample (`ColdStartSample`): open a sandbox, run `loop-br` once"
                    + " with a ").append(Cold.DEADLINE_MS).append(" ms deadline (wasmtime: 1 ms tick), then once more;"
                    + " latency past the deadline in ms. Goal: p99 of the first run at most ").append(f1(Cold.GOAL_MS))
                    .append(" ms past the deadline.\n\n| runtime | samples | first run median | p90 | p99 | max | goal |"
                    + " second run median | p99 | open median ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (Cold c : d.cold) {
                double p99 = Cold.percentile(c.coldMs(), 0.99);
                b.append("| ").append(c.runtime()).append(" | ").append(c.coldMs().length).append(" / ").append(c.samples())
                        .append(" | ").append(f3(Cold.percentile(c.coldMs(), 0.5))).append(" | ")
                        .append(f3(Cold.percentile(c.coldMs(), 0.9))).append(" | ").append(f3(p99)).append(" | ")
                        .append(f3(Cold.percentile(c.coldMs(), 1))).append(" | ")
                        .append(p99 <= Cold.GOAL_MS ? "met" : "**missed**").append(" | ")
                        .append(f3(Cold.percentile(c.warmMs(), 0.5))).append(" | ").append(f3(Cold.percentile(c.warmMs(), 0.99)))
                        .append(" | ").append(f1(Cold.percentile(c.openMs(), 0.5))).append(" |\n");
            }
        }

        Catalog c = d.catalog;
        b.append("\n### Whole catalog\n\n`conformance` on ").append(String.join(", ", c.runtimes())).append(": ")
                .append(c.rows()).append(" rows in ").append(String.format(Locale.ROOT, "%.1f", c.wallTime().toMillis() / 1e3))
                .append(" s (goal: under 30 s: ").append(c.wallTime().toSeconds() < 30 ? "met" : "**missed**")
                .append("; every row ").append(c.allPass() ? "passes" : "does **not** pass").append(").\n");
        return b.toString();
    }

    private static List<RunResult> sorted(Collection<RunResult> results, String benchmark) {
        List<RunResult> list = new ArrayList<>();
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().contains("." + benchmark + ".")) {
                list.add(r);
            }
        }
        return list;
    }

    /** Horizontal bars from the median to p99, with a tick at the max, one row per runtime and fixture. */
    static String latencyChart(List<Latency> latencies) {
        int label = 330;
        int width = 420;
        int row = 20;
        double scale = 1;
        for (Latency l : latencies) {
            scale = Math.max(scale, l.percentile(0.99));
        }
        scale = Math.ceil(scale);
        int height = (latencies.size() + 3) * row;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">%n<text x=\"4\" y=\"14\">Preemption latency past a 2 ms deadline: bar = median to"
                        + " p99, line = max (clipped), ms</text>%n", label + width + 60, height));
        for (int i = 0; i < latencies.size(); i++) {
            Latency l = latencies.get(i);
            int y = (i + 1) * row + 6;
            double p50 = l.percentile(0.5);
            double p99 = l.percentile(0.99);
            double max = l.ms().length == 0 ? 0 : l.ms()[l.ms().length - 1];
            int x50 = label + (int) Math.round(width * Math.min(p50, scale) / scale);
            int x99 = label + (int) Math.round(width * Math.min(p99, scale) / scale);
            int xMax = label + (int) Math.round(width * Math.min(max, scale) / scale);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s %s</text>", label - 6,
                    y + 12, l.label(), l.fixture()))
                    .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                            x99, y + 8, xMax, y + 8))
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"%s\"/>",
                            x50, y + 2, Math.max(2, x99 - x50), p99 <= l.goalMillis() ? "#4a7" : "#c44"))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", Math.max(x99, xMax) + 4,
                            y + 12, f3(p99)));
        }
        int axis = (latencies.size() + 1) * row + 10;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", label,
                axis, label + width, axis));
        for (int t = 0; t <= 4; t++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    label + width * t / 4, axis + 14, f3(scale * t / 4)));
        }
        return s.append("</svg>\n").toString();
    }

    /** " ± e", or nothing when JMH gave no error (too few iterations). */
    private static String errorBar(Double error) {
        return error == null || error.isNaN() ? "" : " ± " + f1(error);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
