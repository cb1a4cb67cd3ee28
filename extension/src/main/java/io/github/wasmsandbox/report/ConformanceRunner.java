package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.EscapeDetector;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.isolation.ChildHost;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runs conformance cases on runtimes and judges each row. Every row gets a fresh sandbox. A row that ends
 * {@code PREEMPTED} is checked for a guest that keeps running anyway ({@link EscapeDetector#judgeStop}): if a
 * thread that entered guest code during the run is seen in guest code after the stop, the row is
 * {@code ESCAPED}, whatever the adapter claimed (the classic {@code Future.get(timeout)} without interruption, or
 * a guest left parked in a host function). The verdict comes from the threads' stacks, not from CPU use, so a
 * loaded machine does not change it (the runtime's own record of where its guest executes,
 * {@code GuestControl.runGuest}, counts too).
 *
 * <p>Cases documented to escape on a runtime run each in a child JVM of its own (when the runtime is registered,
 * so that the child can load it), with a hard ceiling of the deadline plus twice {@link SandboxLimits#ESCAPE_CPU};
 * a spare child starts while such a row runs. Those children run at the lowest CPU priority, beside the rows of
 * this JVM, where the system allows it (see {@link #run}), otherwise after them. Once any row has left a guest
 * running in this JVM (still in guest code after its sandbox closed), the remaining rows run in a child JVM too.
 * Either way the row's note says so, and no row is measured beside a spinning thread. The child judges its rows
 * the same way.
 *
 * <p>Not thread-safe. Each row's check follows only the threads its run used ({@link EscapeDetector#forCall}), so
 * guests run through wasm-sandbox elsewhere in the JVM are not blamed on it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConformanceRunner implements AutoCloseable {

    /** How long a preempted row is watched for a guest that keeps running: {@link EscapeDetector#STOP_GRACE}. */
    public static final Duration ESCAPE_WATCH = EscapeDetector.STOP_GRACE;

    private final List<SandboxRuntime> runtimes;
    private final Consumer<String> progress;
    private final Isolation isolation;
    /** {@link #registeredAsIs(SandboxRuntime)}, per runtime instance (rows of the background lane ask from another thread). */
    private final Map<SandboxRuntime, Boolean> registered = new ConcurrentHashMap<>();
    /** Rows that cannot run in this JVM: every row under PROCESS isolation, and those after an escape here. */
    private final ChildLane children = new ChildLane(false);
    /** Rows documented to escape, at a low CPU priority where possible, beside the rows of this JVM. */
    private final ChildLane escapes = new ChildLane(true);
    private String leftRunning;

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

    /**
     * Runs every case on every runtime. Rows documented to escape run in child JVMs of their own; where children
     * can run at a low CPU priority ({@link ChildHost#lowPriorityAvailable()}) they run meanwhile on a thread of
     * this runner, taking only the CPU the rows in this JVM leave idle, otherwise after them.
     */
    public ConformanceReport run(List<ConformanceCase> cases) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Map<String, ConformanceRow> rows = new LinkedHashMap<>();
        List<Runnable> here = new ArrayList<>();
        List<Runnable> escapesLast = new ArrayList<>();
        List<Runnable> inEscapeChildren = new ArrayList<>();
        int total = cases.size() * runtimes.size();
        AtomicInteger done = new AtomicInteger();
        for (ConformanceCase c : cases) {
            for (SandboxRuntime runtime : runtimes) {
                rows.put(key(c, runtime), null);
                Runnable row = () -> {
                    ConformanceRow r = runOne(c, runtime);
                    synchronized (rows) {
                        rows.put(key(c, runtime), r);
                        progress.accept(String.format("[%d/%d] %s on %s: %s (%s)", done.incrementAndGet(), total,
                                c.name(), runtime.name(), r.outcome().kind(), r.status().label()));
                    }
                };
                if (!c.knownToEscapeOn(runtime)) {
                    here.add(row);
                } else if (quarantines(c, runtime)) {
                    inEscapeChildren.add(row);
                } else {
                    escapesLast.add(row);
                }
            }
        }
        try {
            Background background = ChildHost.lowPriorityAvailable() ? new Background(inEscapeChildren) : null;
            here.forEach(Runnable::run);
            escapesLast.forEach(Runnable::run);
            if (background != null) {
                background.await();
            } else {
                inEscapeChildren.forEach(Runnable::run);
            }
        } finally {
            close();
        }
        return new ConformanceReport(List.copyOf(rows.values()), runtimes.stream().map(SandboxRuntime::name).toList(),
                startedAt, ConformanceReport.thisMachine(),
                ConformanceReport.thisJvm(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Rows run on a thread of their own, started at once; {@link #await} waits and rethrows what they threw. */
    private static final class Background {
        private final Thread thread;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Background(List<Runnable> rows) {
            thread = new Thread(() -> {
                try {
                    rows.forEach(Runnable::run);
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                }
            }, "wasm-sandbox-conformance-escapes");
            thread.setDaemon(true);
            thread.start();
        }

        void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    /**
     * Runs one case on one runtime and judges it. After a row of this runner left a guest running in this JVM,
     * the row runs in a child JVM instead (if the child can load the runtime), and its note says so.
     */
    public ConformanceRow runOne(ConformanceCase c, SandboxRuntime runtime) {
        if (isolation == Isolation.PROCESS) {
            return judge(c, runtime, children.run(c, runtime), Optional.empty());
        }
        if (quarantines(c, runtime)) {
            return judge(c, runtime, escapes.run(c, runtime), Optional.of("run in a child JVM of its own: documented"
                    + " to escape on " + runtime.name()));
        }
        if (leftRunning != null) {
            if (registeredAsIs(runtime)) {
                return judge(c, runtime, children.run(c, runtime), Optional.of("run in a child JVM: " + leftRunning
                        + " left a guest running in this one"));
            }
            Optional<String> note = Optional.of("run in this JVM beside the guest " + leftRunning + " left running ("
                    + runtime.name() + " is not registered, so a child JVM cannot load it)");
            return judge(c, runtime, inProcess(c, runtime), note);
        }
        return judge(c, runtime, inProcess(c, runtime), Optional.empty());
    }

    /**
     * Whether {@link #runOne} runs {@code c} on {@code runtime} in a child JVM of its own because it is documented
     * to escape there (the runtime must be registered, so that the child can load it).
     */
    public boolean quarantines(ConformanceCase c, SandboxRuntime runtime) {
        return isolation == Isolation.IN_PROCESS && c.knownToEscapeOn(runtime) && registeredAsIs(runtime);
    }

    /**
     * Stops the child JVMs that {@link #runOne} started ({@link #run} stops its own). Idempotent; the runner can
     * still be used (it starts new ones).
     */
    @Override
    public void close() {
        escapes.close();
        children.close();
    }

    /**
     * Child JVMs rows run in, one at a time. A row documented to escape kills its child; while it runs, a spare
     * child starts, and the next row runs in that one instead of waiting for a new JVM.
     */
    private static final class ChildLane implements AutoCloseable {
        private final boolean lowPriority;
        private ChildHost child;
        private ChildHost spare;

        ChildLane(boolean lowPriority) {
            this.lowPriority = lowPriority;
        }

        synchronized Outcome run(ConformanceCase c, SandboxRuntime runtime) {
            if (child == null) {
                child = open();
            }
            if (c.knownToEscapeOn(runtime)) {
                if (spare == null) {
                    spare = open();
                }
                spare.prestart();
            }
            Outcome outcome = child.sandbox(runtime.name(), limits(c, runtime), o -> { }).run(c.invocation());
            if (child.childPid().isEmpty() && spare != null) {
                ChildHost killed = child;
                child = spare;
                spare = killed;
            }
            return outcome;
        }

        private ChildHost open() {
            return lowPriority ? Sandboxes.openLowPriorityProcessHost() : Sandboxes.openProcessHost();
        }

        /** Stops the children; the lane can be used again afterwards (it starts new ones). */
        @Override
        public synchronized void close() {
            for (ChildHost host : new ChildHost[] {child, spare}) {
                if (host != null) {
                    host.close();
                }
            }
            child = null;
            spare = null;
        }
    }

    /**
     * The case's limits; for a row documented to escape without a hard ceiling of its own, a ceiling of the
     * deadline plus twice {@link SandboxLimits#ESCAPE_CPU}: a guest that ignores the stop has by then burnt
     * more than the CPU after which the watchdog calls it escaped (a starved one is still waited for), so the row
     * does not wait out the 2 s default ceiling.
     */
    static SandboxLimits limits(ConformanceCase c, SandboxRuntime runtime) {
        SandboxLimits limits = c.limits();
        if (!c.knownToEscapeOn(runtime) || limits.hardCeiling().isPresent() || limits.deadline().isEmpty()) {
            return limits;
        }
        return limits.toBuilder().hardCeiling(limits.deadline().get().plus(SandboxLimits.ESCAPE_CPU.multipliedBy(2)))
                .build();
    }

    /** Runs the row in this JVM; an escape still in guest code once its sandbox closed marks the JVM as tainted. */
    private Outcome inProcess(ConformanceCase c, SandboxRuntime runtime) {
        try (EscapeDetector detector = EscapeDetector.forCall(EscapeDetector.withDefaults(List.of(runtime.guestFrames())))) {
            Outcome outcome;
            try (Sandbox sandbox = Sandboxes.open(runtime, limits(c, runtime))) {
                outcome = detector.judgeStop(sandbox.run(c.invocation()));
            }
            // Closing the sandbox closes the engine, which may stop what the row left (a naive adapter's pool).
            if (outcome.kind() == OutcomeKind.ESCAPED && leftRunning == null && !detector.escapes(ESCAPE_WATCH).isEmpty()) {
                leftRunning = c.name() + " on " + runtime.name();
            }
            return outcome;
        }
    }

    /** Whether a child JVM can load {@code runtime}: it is registered, as this class. Discovered once per runtime. */
    private boolean registeredAsIs(SandboxRuntime runtime) {
        return registered.computeIfAbsent(runtime, r -> {
            RuntimeRegistry registry = RuntimeRegistry.discover();
            return registry.names().contains(r.name()) && registry.get(r.name()).getClass().equals(r.getClass());
        });
    }

    private static ConformanceRow judge(ConformanceCase c, SandboxRuntime runtime, Outcome outcome,
                                        Optional<String> isolationNote) {
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
        if (isolationNote.isPresent()) {
            note = Optional.of(note.map(n -> n + "; " + isolationNote.get()).orElse(isolationNote.get()));
        }
        return new ConformanceRow(c.name(), runtime.name(), c.expected(), expected, outcome, status, note);
    }

    private static String key(ConformanceCase c, SandboxRuntime runtime) {
        return c.name() + "\u0000" + runtime.name();
    }
}
