package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.core.CpuWatch;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.isolation.ChildHost;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runs conformance cases on runtimes and judges each row. Every row gets a fresh sandbox. A row that ends
 * {@code PREEMPTED} is checked for a guest that keeps running anyway: if a thread that worked during the run
 * still burns CPU afterwards, the row is {@code ESCAPED}, whatever the adapter claimed (the classic
 * {@code Future.get(timeout)} without interruption). Cases documented to escape on a runtime run last, so the
 * threads they abandon cannot slow or confuse the other rows.
 *
 * <p>Not thread-safe, and it samples CPU JVM-wide: run nothing else CPU-bound meanwhile.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConformanceRunner {

    /** How long a preempted row is watched for a guest that keeps running. */
    public static final Duration ESCAPE_WATCH = Duration.ofMillis(50);
    /** The share of {@link #ESCAPE_WATCH} a thread must spend on CPU to count as a guest still running. */
    public static final double ESCAPE_CPU_SHARE = 0.1;

    private final List<SandboxRuntime> runtimes;
    private final Consumer<String> progress;
    private final Isolation isolation;
    private final Set<Long> abandonedThreads = new HashSet<>();
    private ChildHost child;

    /**
     * A runner over adapter instances, registered or not.
     *
     * @param progress told one line per row as it finishes (e.g. printed to stderr)
     */
    public ConformanceRunner(List<SandboxRuntime> runtimes, Consumer<String> progress) {
        this(runtimes, progress, Isolation.IN_PROCESS);
    }

    private ConformanceRunner(List<SandboxRuntime> runtimes, Consumer<String> progress, Isolation isolation) {
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("no runtime to check; available: " + Sandboxes.availableRuntimes());
        }
        this.runtimes = List.copyOf(runtimes);
        this.progress = Objects.requireNonNull(progress, "progress");
        this.isolation = Objects.requireNonNull(isolation, "isolation");
    }

    /** A runner over registered runtimes, by name (see {@link Sandboxes#availableRuntimes()}), in process. */
    public static ConformanceRunner forNames(List<String> names, Consumer<String> progress) {
        return forNames(names, progress, Isolation.IN_PROCESS);
    }

    /**
     * A runner over registered runtimes, by name, with the given isolation; with {@link Isolation#PROCESS} every
     * row runs in one child JVM (replaced whenever a guest cannot be stopped in it).
     */
    public static ConformanceRunner forNames(List<String> names, Consumer<String> progress, Isolation isolation) {
        RuntimeRegistry registry = RuntimeRegistry.discover();
        return new ConformanceRunner(names.stream().map(registry::require).toList(), progress, isolation);
    }

    /** Runs every case on every runtime. */
    public ConformanceReport run(List<ConformanceCase> cases) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Map<String, ConformanceRow> rows = new LinkedHashMap<>();
        List<Runnable> escapesLast = new ArrayList<>();
        int total = cases.size() * runtimes.size();
        int[] done = {0};
        for (ConformanceCase c : cases) {
            for (SandboxRuntime runtime : runtimes) {
                rows.put(key(c, runtime), null);
                Runnable row = () -> {
                    ConformanceRow r = runOne(c, runtime);
                    rows.put(key(c, runtime), r);
                    progress.accept(String.format("[%d/%d] %s on %s: %s (%s)", ++done[0], total, c.name(),
                            runtime.name(), r.outcome().kind(), r.status().label()));
                };
                if (c.knownToEscapeOn(runtime)) {
                    escapesLast.add(row);
                } else {
                    row.run();
                }
            }
        }
        escapesLast.forEach(Runnable::run);
        if (child != null) {
            child.close();
            child = null;
        }
        return new ConformanceReport(List.copyOf(rows.values()), runtimes.stream().map(SandboxRuntime::name).toList(),
                startedAt, ConformanceReport.thisMachine(),
                ConformanceReport.thisJvm(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs one case on one runtime and judges it. */
    public ConformanceRow runOne(ConformanceCase c, SandboxRuntime runtime) {
        if (isolation == Isolation.PROCESS) {
            if (child == null) {
                child = Sandboxes.openProcessHost();
            }
            return judge(c, runtime, child.sandbox(runtime.name(), c.limits(), o -> { }).run(c.invocation()));
        }
        Outcome outcome;
        try (Sandbox sandbox = Sandboxes.open(runtime, c.limits())) {
            CpuWatch watch = CpuWatch.start();
            outcome = sandbox.run(c.invocation());
            if (outcome.kind() == OutcomeKind.PREEMPTED) {
                outcome = escapedAnyway(outcome, watch);
            } else if (outcome.kind() == OutcomeKind.ESCAPED) {
                rememberAbandoned(watch);
            }
        }
        return judge(c, runtime, outcome);
    }

    private Outcome escapedAnyway(Outcome outcome, CpuWatch watch) {
        List<CpuWatch.Burner> burning = watch.stillBurning(ESCAPE_WATCH, ESCAPE_CPU_SHARE, abandonedThreads);
        if (burning.isEmpty()) {
            return outcome;
        }
        burning.forEach(b -> abandonedThreads.add(b.threadId()));
        return new Outcome(outcome.runtime(), OutcomeKind.ESCAPED, null, outcome.elapsed(), Optional.empty(),
                outcome.fuelConsumed(), outcome.trap(), "the runtime reported PREEMPTED, but the guest kept running: "
                + String.join("; ", burning.stream().map(CpuWatch.Burner::description).toList()),
                Optional.empty(), outcome.limits());
    }

    private void rememberAbandoned(CpuWatch watch) {
        watch.stillBurning(ESCAPE_WATCH, ESCAPE_CPU_SHARE, abandonedThreads)
                .forEach(b -> abandonedThreads.add(b.threadId()));
    }

    private static ConformanceRow judge(ConformanceCase c, SandboxRuntime runtime, Outcome outcome) {
        Set<OutcomeKind> expected = c.expectedOn(runtime);
        Optional<String> deviation = c.deviationOn(runtime).map(d -> d.reason());
        RowStatus status;
        Optional<String> note;
        if (c.expected().contains(outcome.kind())) {
            status = RowStatus.PASS;
            note = Optional.empty();
        } else if (expected.contains(outcome.kind())) {
            status = RowStatus.KNOWN_DEVIATION;
            note = deviation;
        } else if (outcome.kind() == OutcomeKind.UNSUPPORTED) {
            status = RowStatus.UNSUPPORTED;
            note = Optional.of(outcome.message());
        } else {
            status = RowStatus.FAIL;
            note = Optional.of("expected " + Reports.outcomes(expected) + ": " + outcome.message());
        }
        return new ConformanceRow(c.name(), runtime.name(), c.expected(), expected, outcome, status, note);
    }

    private static String key(ConformanceCase c, SandboxRuntime runtime) {
        return c.name() + "\u0000" + runtime.name();
    }
}
