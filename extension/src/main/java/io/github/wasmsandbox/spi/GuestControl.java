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
 * Every adapter executes the guest's code through {@link #runGuest}, so that the core knows on which threads this
 * run's guest executes and how it ended there, also when an adapter hands the guest to a thread of its own.
 * Adapters do not decide why a run ended beyond what they threw: the core's decision table reads the evidence
 * the globals carry (fuel, a refused growth, the call depth) and the stop request.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GuestControl {

    private final SandboxLimits limits;
    private final long startNanos;
    private final OptionalLong deadlineNanos;
    private final Optional<String> deferredStartExport;
    private final Set<String> watchedGlobals;
    private final Map<String, Long> reportedGlobals = new ConcurrentHashMap<>();
    private volatile boolean preempted;
    private final AtomicReference<Throwable> hostFailure = new AtomicReference<>();
    private volatile boolean interruptedHostCall;
    private final Set<Thread> executing = ConcurrentHashMap.newKeySet();
    private final AtomicReference<GuestFailure> guestFailure = new AtomicReference<>();

    /** Creates the control of a run starting at {@code startNanos}, on a module the core did not rewrite. */
    public GuestControl(SandboxLimits limits, long startNanos) {
        this(limits, startNanos, Optional.empty(), Set.of());
    }

    /**
     * Creates the control of a run starting at {@code startNanos}.
     *
     * @param deferredStartExport the export the start function was moved to, if the core moved it
     * @param watchedGlobals the exported {@code i64} globals the adapter reports when the run ends
     */
    public GuestControl(SandboxLimits limits, long startNanos, Optional<String> deferredStartExport,
            Set<String> watchedGlobals) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.startNanos = startNanos;
        this.deadlineNanos = limits.deadline().map(d -> OptionalLong.of(startNanos + d.toNanos())).orElse(OptionalLong.empty());
        this.deferredStartExport = Objects.requireNonNull(deferredStartExport, "deferredStartExport");
        this.watchedGlobals = Set.copyOf(watchedGlobals);
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

    /**
     * Records that a host function ended because its thread was interrupted after a stop was requested (it threw
     * an {@link InterruptedException}, or returned with the interrupt status set): evidence that the deadline, not
     * the guest, ended the run. The core's wrapper around every host function records it; adapters need not.
     */
    public void recordInterruptedHostCall() {
        interruptedHostCall = true;
    }

    /** Whether a host function ended because the stop request interrupted it. */
    public boolean interruptedHostCall() {
        return interruptedHostCall;
    }

    /**
     * The guest's code of this run, as an adapter executes it.
     *
     * @param <T> what it returns
     * @param <E> what it may throw
     */
    @FunctionalInterface
    public interface GuestCall<T, E extends Exception> {
        /** Executes the guest's code (instantiation, start function, the export). */
        T call() throws E;
    }

    /**
     * What the guest's code threw on one thread.
     *
     * @param thread the thread it executed on
     * @param failure what it threw
     */
    public record GuestFailure(Thread thread, Throwable failure) {}

    /**
     * Executes {@code call}, the guest's code, on the current thread and records it: while it runs, the thread is
     * one of {@link #executingGuests()}; what it throws is kept (the first failure wins) and rethrown. Adapters
     * run the guest through this method, on whatever thread they run it. The core reads the record once the
     * adapter's {@link RuntimeEngine#run} has ended: a guest still executing then was left running (ESCAPED), and
     * a guest the adapter handed to another thread ended with what that thread threw, whatever the adapter
     * reported. An adapter that does not call it is judged by its threads' stacks alone.
     */
    public <T, E extends Exception> T runGuest(GuestCall<T, E> call) throws E {
        Objects.requireNonNull(call, "call");
        Thread current = Thread.currentThread();
        boolean added = executing.add(current);
        try {
            return call.call();
        } catch (Throwable t) {
            guestFailure.compareAndSet(null, new GuestFailure(current, t));
            throw t;
        } finally {
            if (added) {
                executing.remove(current);
            }
        }
    }

    /** The threads executing this run's guest code now ({@link #runGuest}). */
    public Set<Thread> executingGuests() {
        // The core asks after every run, and almost always nothing executes: no copy then.
        return executing.isEmpty() ? Set.of() : Set.copyOf(executing);
    }

    /** What the guest's code threw first, and on which thread, if it threw ({@link #runGuest}). */
    public Optional<GuestFailure> guestFailure() {
        return Optional.ofNullable(guestFailure.get());
    }
}
