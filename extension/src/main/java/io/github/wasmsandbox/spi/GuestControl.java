package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.SandboxLimits;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * What the core shares with an adapter about one run: the limits, the deadline as a {@link System#nanoTime()}
 * instant, whether the watchdog has preempted the guest, and a side channel for the first exception a host
 * function threw (runtimes that pass exceptions through native code lose their class).
 *
 * <p>When the core enforces a limit by rewriting the module (fuel, memory or table caps on a runtime that
 * lacks them), the adapter has two more duties, both runtime-neutral:
 * <ul>
 *   <li>if {@link #deferredStartExport()} is present, the module's start function was moved to that export:
 *       call it right after instantiating, before the invocation's export (also when only instantiating);</li>
 *   <li>when the run ends, normally or not, read each exported {@code i64} global named in
 *       {@link #watchedGlobals()} from the instance and pass it to {@link #reportGlobal(String, long)}, before
 *       releasing the instance. A runtime whose API cannot read exported globals calls the exported function
 *       {@link #valueFunction(String)} ({@code [] -> [i64]}, unmetered) instead.</li>
 * </ul>
 * When the core caps memory by rewriting, {@link #memoryExport()} names an export of memory 0, so that an
 * adapter can tell a trap at the cap ({@link ResourceLimitException}) from another trap.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GuestControl {

    private final SandboxLimits limits;
    private final long startNanos;
    private final OptionalLong deadlineNanos;
    private final Optional<String> deferredStartExport;
    private final Optional<String> memoryExport;
    private final Set<String> watchedGlobals;
    private final Map<String, Long> reportedGlobals = new ConcurrentHashMap<>();
    private volatile boolean preempted;
    private final AtomicReference<Throwable> hostFailure = new AtomicReference<>();

    /** Creates the control of a run starting at {@code startNanos}, on a module the core did not rewrite. */
    public GuestControl(SandboxLimits limits, long startNanos) {
        this(limits, startNanos, Optional.empty(), Set.of(), Optional.empty());
    }

    /**
     * Creates the control of a run starting at {@code startNanos}.
     *
     * @param deferredStartExport the export the start function was moved to, if the core moved it
     * @param watchedGlobals the exported {@code i64} globals the adapter reports when the run ends
     * @param memoryExport the export of memory 0 the core added, if it did
     */
    public GuestControl(SandboxLimits limits, long startNanos, Optional<String> deferredStartExport,
            Set<String> watchedGlobals, Optional<String> memoryExport) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.startNanos = startNanos;
        this.deadlineNanos = limits.deadline().map(d -> OptionalLong.of(startNanos + d.toNanos())).orElse(OptionalLong.empty());
        this.deferredStartExport = Objects.requireNonNull(deferredStartExport, "deferredStartExport");
        this.watchedGlobals = Set.copyOf(watchedGlobals);
        this.memoryExport = Objects.requireNonNull(memoryExport, "memoryExport");
    }

    /** The export of memory 0 that the core added when it capped memory by rewriting, if it did. */
    public Optional<String> memoryExport() {
        return memoryExport;
    }

    /** The exported function {@code [] -> [i64]} that returns the watched global {@code global}. */
    public static String valueFunction(String global) {
        return global + "_value";
    }

    /** The export that holds the module's start function, when the core moved it there; call it first. */
    public Optional<String> deferredStartExport() {
        return deferredStartExport;
    }

    /** The exported {@code i64} globals whose final values the adapter must {@linkplain #reportGlobal report}. */
    public Set<String> watchedGlobals() {
        return watchedGlobals;
    }

    /** Records the final value of a watched exported global; called by the adapter when the run ends. */
    public void reportGlobal(String name, long value) {
        reportedGlobals.put(name, value);
    }

    /** The value the adapter reported for {@code name}, if it did. */
    public OptionalLong reportedGlobal(String name) {
        Long value = reportedGlobals.get(name);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The limits of this run. */
    public SandboxLimits limits() {
        return limits;
    }

    /** When the run started ({@link System#nanoTime()}). */
    public long startNanos() {
        return startNanos;
    }

    /** When the deadline falls ({@link System#nanoTime()}), if there is one. */
    public OptionalLong deadlineNanos() {
        return deadlineNanos;
    }

    /** Whether the watchdog has asked the guest to stop. */
    public boolean preempted() {
        return preempted;
    }

    /** Marks the run as preempted; called by the core before {@link RuntimeEngine#preempt}. */
    public void markPreempted() {
        preempted = true;
    }

    /** Records an exception thrown by a host function (the first one wins). */
    public void recordHostFailure(Throwable failure) {
        hostFailure.compareAndSet(null, failure);
    }

    /** The first exception a host function threw during this run, or {@code null}. */
    public Throwable hostFailure() {
        return hostFailure.get();
    }
}
