package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The runtime-neutral sandbox: prepares the module ({@link EngineHandle}), checks the invocation
 * ({@link InvocationChecks}), runs it on a dedicated guest thread watched by the caller's thread ({@link Watchdog})
 * and turns what happened into an {@link Outcome} ({@link OutcomeFactory}). Guest threads come from the engine's
 * pool ({@link GuestThreadPool}): between runs they are idle in the pool, not guests of any sandbox.
 */
final class DefaultSandbox implements Sandbox {

    /** How long {@link #close()} waits for a guest that is still running after being asked to stop. */
    private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final EngineHandle engine;
    private final boolean ownsEngine;
    private final SandboxLimits limits;
    private final Consumer<Outcome> listener;
    private final Set<GuestThreadPool.Lease> guests = ConcurrentHashMap.newKeySet();
    private final DefaultSandbox parent;
    private volatile boolean closed;

    /**
     * A sandbox over {@code engine}.
     *
     * @param ownsEngine whether {@link #close()} closes the engine too
     * @param listener told of every outcome (the JUnit extension publishes them as report entries)
     */
    DefaultSandbox(EngineHandle engine, boolean ownsEngine, SandboxLimits limits, Consumer<Outcome> listener) {
        this(engine, ownsEngine, limits, listener, null);
    }

    private DefaultSandbox(EngineHandle engine, boolean ownsEngine, SandboxLimits limits, Consumer<Outcome> listener,
            DefaultSandbox parent) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.limits = limits;
        this.listener = listener;
        this.parent = parent;
    }

    @Override
    public String runtime() {
        return engine.runtime().name();
    }

    @Override
    public SandboxLimits limits() {
        return limits;
    }

    @Override
    public Sandbox withLimits(SandboxLimits newLimits) {
        requireOpen();
        return new DefaultSandbox(engine, false, newLimits, listener, this);
    }

    @Override
    public Outcome run(Invocation invocation) {
        requireOpen();
        Outcome outcome = runChecked(invocation);
        listener.accept(outcome);
        return outcome;
    }

    private Outcome runChecked(Invocation invocation) {
        long start = System.nanoTime();
        SandboxLimits effective = effectiveLimits(invocation);
        LimitPlan plan = plan(effective);
        if (plan.unsupported().isPresent()) {
            // The call depth is portable, so a default depth never makes a limit unsupported.
            OutcomeFactory outcomes = outcomes(effective);
            return outcomes.early(OutcomeKind.UNSUPPORTED, start, plan.unsupported(),
                    outcomes.unsupported(plan.unsupported().get()));
        }
        EngineHandle.Prepared prepared = engine.prepare(invocation.module(), plan.rewrite());
        if (prepared.rejectedOnlyAfterRewriting() && !effective.equals(limits)) {
            // Only the default call depth, which the user did not ask for, made a function too large for the
            // runtime's compiler (the counter wraps every call site): the module runs without it, as it would
            // where there is no default, and the outcome's limits show no call depth.
            effective = limits;
            plan = plan(effective);
            prepared = engine.prepare(invocation.module(), plan.rewrite());
        }
        OutcomeFactory outcomes = outcomes(effective);
        if (prepared.module() == null) {
            return outcomes.early(prepared.failureKind(), start, Optional.empty(),
                    invocation.module().name() + ": " + prepared.failure());
        }
        PreparedModule module = prepared.module();
        String linkProblem = InvocationChecks.linkProblem(module, invocation);
        if (linkProblem != null) {
            return outcomes.early(OutcomeKind.INVALID_MODULE, start, Optional.empty(),
                    invocation.module().name() + ": " + linkProblem);
        }
        String capProblem = InvocationChecks.declaredMinimumAboveCap(module, limits);
        if (capProblem != null) {
            return outcomes.early(OutcomeKind.MEMORY_LIMIT, start, Optional.empty(),
                    invocation.module().name() + ": " + capProblem);
        }
        return supervise(module, invocation, plan, outcomes);
    }

    /**
     * The limits a run is held to: the sandbox's, with a default call depth when none is set on a runtime that asks
     * for one ({@code SandboxRuntime.defaultMaxCallDepth()}: Wasm frames on the JVM heap, or as JVM frames that are
     * slow to unwind by the hundred thousand): the runtime's default, lowered so that the deepest recursion of the
     * module's largest frame keeps at most {@value LimitPlan#FRAME_SLOT_BUDGET} 8-byte slots of locals.
     */
    private SandboxLimits effectiveLimits(Invocation invocation) {
        if (limits.maxCallDepth().isPresent() || engine.runtime().defaultMaxCallDepth().isEmpty()) {
            return limits;
        }
        int depth = LimitPlan.defaultCallDepth(engine.runtime().defaultMaxCallDepth().getAsInt(),
                engine.largestFrame(invocation.module()));
        return limits.toBuilder().maxCallDepth(depth).build();
    }

    private OutcomeFactory outcomes(SandboxLimits effective) {
        return new OutcomeFactory(runtime(), engine.engine(), effective, engine.runtime().guestFrames());
    }

    private LimitPlan plan(SandboxLimits effective) {
        return LimitPlan.of(effective, engine.runtime().enforcedLimits(), engine.runtime().deferStartFunction());
    }

    /** Runs the guest on its own thread; its clock (deadline, elapsed) starts now, after decoding and compilation. */
    private Outcome supervise(PreparedModule module, Invocation invocation, LimitPlan plan, OutcomeFactory outcomes) {
        RuntimeEngine runtimeEngine = engine.engine();
        long start = System.nanoTime();
        GuestControl control = new GuestControl(plan.limits(), start, plan.deferredStartExport(module),
                plan.watchedGlobals());
        GuestTask task = new GuestTask(runtimeEngine, module, HostCallWatch.wrap(invocation, control), control);
        GuestThreadPool.Lease lease = engine.guestThreads().start(task, runtimeEngine.guestThreadStackBytes(limits),
                !invocation.hostFunctions().isEmpty(), control::preempted);
        guests.add(lease);
        Thread guest = lease.thread();
        if (!Watchdog.watch(task, guest, control, runtimeEngine, start + limits.effectiveHardCeiling().toNanos())) {
            // Never reused; stays one of this sandbox's live guests until (if ever) it returns.
            lease.escaped();
            return outcomes.escaped(start, invocation.describe(), control.preempted(), guest.getName());
        }
        // The run has ended; its thread goes back to the pool once it is out of the run (or is retired).
        lease.release();
        guests.remove(lease);
        return task.outcome(outcomes);
    }

    /**
     * Guest threads of this sandbox that are still running one of its runs (escaped guests, or runs in progress).
     * Idle pool threads are not: they belong to the engine.
     */
    List<Thread> liveGuestThreads() {
        guests.removeIf(GuestThreadPool.Lease::finished);
        return guests.stream().map(GuestThreadPool.Lease::thread).toList();
    }

    private void requireOpen() {
        if (closed || (parent != null && parent.closed) || engine.isClosed()) {
            throw new IllegalStateException("this sandbox (runtime '" + runtime() + "') is closed; open a new one");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        guests.removeIf(GuestThreadPool.Lease::finished);
        for (GuestThreadPool.Lease guest : guests) {
            guest.ifRunning(thread -> engine.engine().preempt(thread, new GuestControl(limits, System.nanoTime())));
        }
        long giveUp = System.nanoTime() + CLOSE_GRACE_NANOS;
        for (GuestThreadPool.Lease guest : guests) {
            try {
                guest.awaitFinished(Math.max(1, giveUp - System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (ownsEngine) {
            engine.close();
        }
    }
}
