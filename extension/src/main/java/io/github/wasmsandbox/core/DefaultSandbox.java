package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.rewrite.FuelMetering;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The runtime-neutral sandbox: checks an invocation, runs it on a dedicated guest thread, acts as the
 * watchdog (preempts at the deadline, gives up at the hard ceiling) and turns what happened into an
 * {@link Outcome}. The caller's thread is the watchdog, so no extra thread exists between runs.
 */
final class DefaultSandbox implements Sandbox {

    /** How often the watchdog repeats its request to stop after the deadline, until the hard ceiling. */
    private static final long REPEAT_PREEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** How long before the deadline the watchdog stops sleeping and spins, so that preemption is not late. */
    private static final long SPIN_BEFORE_DEADLINE_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** How long {@link #close()} waits for a guest that is still running after being asked to stop. */
    private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final AtomicLong THREAD_IDS = new AtomicLong();

    private final EngineHandle engine;
    private final boolean ownsEngine;
    private final SandboxLimits limits;
    private final Consumer<Outcome> listener;
    private final Set<Thread> guests = ConcurrentHashMap.newKeySet();
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
        LimitPlan plan = LimitPlan.of(limits, engine.runtime().enforcedLimits());
        if (plan.unsupported().isPresent()) {
            Limit unsupported = plan.unsupported().get();
            return early(OutcomeKind.UNSUPPORTED, start, plan.unsupported(), "runtime '" + runtime() + "' cannot enforce the "
                    + describe(unsupported) + " that was asked for; nothing was run. Remove that limit, or "
                    + "choose a runtime that enforces it (see docs/conformance.md).");
        }
        EngineHandle.Prepared prepared = engine.prepare(invocation.module(), plan.rewrite());
        if (prepared.module() == null) {
            return early(prepared.failureKind(), start, Optional.empty(), invocation.module().name() + ": " + prepared.failure());
        }
        PreparedModule module = prepared.module();
        String linkProblem = linkProblem(module, invocation);
        if (linkProblem != null) {
            return early(OutcomeKind.INVALID_MODULE, start, Optional.empty(), invocation.module().name() + ": " + linkProblem);
        }
        String capProblem = declaredMinimumAboveCap(module);
        if (capProblem != null) {
            return early(OutcomeKind.MEMORY_LIMIT, start, Optional.empty(), invocation.module().name() + ": " + capProblem);
        }
        return supervise(module, invocation, plan);
    }

    /** Runs the guest; its clock (deadline, elapsed) starts now, after decoding and compilation. */
    private Outcome supervise(PreparedModule module, Invocation invocation, LimitPlan plan) {
        RuntimeEngine runtimeEngine = engine.engine();
        long start = System.nanoTime();
        GuestControl control = new GuestControl(limits, start, plan.deferredStartExport(module), plan.watchedGlobals(),
                plan.memoryExport(module));
        GuestTask task = new GuestTask(runtimeEngine, module, invocation, control);
        Thread guest = new Thread(null, task, "wasm-sandbox-" + runtime() + "-guest-" + THREAD_IDS.incrementAndGet(),
                runtimeEngine.guestThreadStackBytes(limits));
        guest.setDaemon(true);
        guests.add(guest);
        guest.start();

        long ceiling = start + limits.effectiveHardCeiling().toNanos();
        boolean callerInterrupted = false;
        OptionalLong deadline = control.deadlineNanos();
        long nextPreempt = deadline.isPresent() ? deadline.getAsLong() : ceiling;
        while (!task.isDone()) {
            long now = System.nanoTime();
            if (now >= ceiling) {
                break;
            }
            if (now >= nextPreempt && (deadline.isPresent() || callerInterrupted)) {
                control.markPreempted();
                runtimeEngine.preempt(guest, control);
                nextPreempt = now + REPEAT_PREEMPT_NANOS;
            }
            long waitUntil = Math.min(ceiling, nextPreempt > now ? nextPreempt : now + REPEAT_PREEMPT_NANOS);
            try {
                if (!control.preempted() && deadline.isPresent() && waitUntil == nextPreempt
                        && waitUntil - now <= SPIN_BEFORE_DEADLINE_NANOS) {
                    // A sleeping thread can wake late by a scheduler tick; the last stretch is spun instead.
                    while (System.nanoTime() < waitUntil && !task.isDone()) {
                        Thread.onSpinWait();
                    }
                    continue;
                }
                long wake = waitUntil == nextPreempt && !control.preempted() && deadline.isPresent()
                        ? waitUntil - SPIN_BEFORE_DEADLINE_NANOS : waitUntil;
                task.awaitDone(Math.max(1, wake - now));
            } catch (InterruptedException e) {
                // The caller (e.g. a JUnit timeout) wants to stop: stop the guest at once, then report.
                callerInterrupted = true;
                nextPreempt = System.nanoTime();
            }
        }
        if (callerInterrupted) {
            Thread.currentThread().interrupt();
        }
        if (!task.isDone()) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Outcome(runtime(), OutcomeKind.ESCAPED, null, elapsed, Optional.empty(), OptionalLong.empty(),
                    Optional.empty(), "the guest " + invocation.describe() + " was still running at the hard ceiling of "
                    + limits.effectiveHardCeiling().toMillis() + " ms" + (control.preempted()
                    ? " although it was asked to stop at the deadline" : "") + "; its thread '" + guest.getName()
                    + "' was abandoned", Optional.empty(), limits);
        }
        awaitExit(guest);
        guests.remove(guest);
        return task.outcome(this);
    }

    /** The run has ended; its thread is only returning. Wait for it, so that no guest thread outlives its run. */
    private static void awaitExit(Thread guest) {
        try {
            guest.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Outcome completed(GuestTask task, long[] values) {
        return new Outcome(runtime(), OutcomeKind.COMPLETED, values, task.elapsed(), Optional.empty(),
                injectedFuelConsumed(task.control()), Optional.empty(), "", Optional.empty(), limits);
    }

    Outcome failed(GuestTask task, Throwable failure) {
        GuestControl control = task.control();
        OptionalLong remaining = control.reportedGlobal(FuelMetering.GLOBAL_EXPORT_NAME);
        if (remaining.isPresent() && FuelMetering.isExhausted(remaining.getAsLong())) {
            long budget = limits.fuel().getAsLong();
            return new Outcome(runtime(), OutcomeKind.OUT_OF_FUEL, null, task.elapsed(), Optional.empty(),
                    injectedFuelConsumed(control), Optional.of("out of fuel"), "the guest ran out of fuel: it used its "
                    + "whole budget of " + budget + " and was stopped before the block that would overdraw it",
                    Optional.empty(), limits);
        }
        Classification c = engine.engine().classify(failure, control);
        Optional<Duration> latency = Optional.empty();
        if (c.kind() == OutcomeKind.PREEMPTED && control.deadlineNanos().isPresent()) {
            latency = Optional.of(Duration.ofNanos(Math.max(0, task.stopNanos() - control.deadlineNanos().getAsLong())));
        }
        OptionalLong fuel = c.fuelConsumed().isPresent() ? c.fuelConsumed() : injectedFuelConsumed(control);
        return new Outcome(runtime(), c.kind(), null, task.elapsed(), latency, fuel, c.trap(), c.message(),
                Optional.empty(), limits);
    }

    /**
     * Fuel consumed according to the injected global, when the core metered fuel by rewriting; zero when the
     * guest never got an instance (its deferred start function had not run, so no guest code did).
     */
    private OptionalLong injectedFuelConsumed(GuestControl control) {
        if (!control.watchedGlobals().contains(FuelMetering.GLOBAL_EXPORT_NAME)) {
            return OptionalLong.empty();
        }
        long budget = limits.fuel().getAsLong();
        OptionalLong remaining = control.reportedGlobal(FuelMetering.GLOBAL_EXPORT_NAME);
        return OptionalLong.of(remaining.isPresent() ? FuelMetering.consumed(budget, remaining.getAsLong()) : 0);
    }

    /** An outcome decided before any guest code ran: with a fuel budget, it consumed none (unless fuel is unsupported). */
    private Outcome early(OutcomeKind kind, long start, Optional<Limit> unsupported, String message) {
        OptionalLong fuel = limits.fuel().isPresent() && kind != OutcomeKind.UNSUPPORTED ? OptionalLong.of(0) : OptionalLong.empty();
        return new Outcome(runtime(), kind, null, Duration.ofNanos(System.nanoTime() - start), Optional.empty(),
                fuel, Optional.empty(), message, unsupported, limits);
    }

    private static String describe(Limit limit) {
        return switch (limit) {
            case DEADLINE -> "deadline";
            case FUEL -> "fuel budget";
            case MEMORY_CAP -> "memory cap (maxMemoryPages)";
            case TABLE_CAP -> "table cap (maxTableElements)";
            case STACK -> "stack limit (maxStackBytes)";
            case NONE -> "limit";
        };
    }

    private static String linkProblem(PreparedModule module, Invocation invocation) {
        Set<String> offered = ConcurrentHashMap.newKeySet();
        for (HostFunction f : invocation.hostFunctions()) {
            offered.add(f.qualifiedName());
        }
        for (String imported : module.importedFunctions()) {
            if (!offered.contains(imported)) {
                return "the module imports the function " + imported + " but no HostFunction was given for it; "
                        + "pass one with Invocation.withHost(HostFunction.of(...))";
            }
        }
        if (invocation.export().isPresent()) {
            String name = invocation.export().get();
            PreparedModule.Signature signature = module.exportedFunctions().get(name);
            if (signature == null) {
                return "no exported function named '" + name + "'; the module exports the functions "
                        + module.exportedFunctions().keySet().stream()
                                .filter(n -> !n.startsWith(LimitPlan.RESERVED_PREFIX)).sorted().toList();
            }
            if (signature.params().size() != invocation.args().length) {
                throw new IllegalArgumentException("export '" + name + "' of " + invocation.module().name()
                        + " takes " + signature.params().size() + " argument(s) " + signature.params() + ", but "
                        + invocation.args().length + " were given");
            }
            for (int i = 0; i < invocation.args().length; i++) {
                String type = signature.params().get(i);
                long arg = invocation.args()[i];
                boolean narrow = type.equals("i32") || type.equals("f32");
                if (narrow && (arg < Integer.MIN_VALUE || arg > 0xFFFF_FFFFL)) {
                    throw new IllegalArgumentException("argument " + i + " of export '" + name + "' of "
                            + invocation.module().name() + " is an " + type + ", but " + arg + " does not fit in 32 bits"
                            + (type.equals("f32") ? " (pass Float.floatToRawIntBits(value))" : ""));
                }
                if (!narrow && !type.equals("i64") && !type.equals("f64")) {
                    throw new IllegalArgumentException("argument " + i + " of export '" + name + "' of "
                            + invocation.module().name() + " is a " + type + ", which the sandbox cannot pass; "
                            + "it passes i32, i64, f32 and f64 only");
                }
            }
        }
        return null;
    }

    private String declaredMinimumAboveCap(PreparedModule module) {
        if (limits.maxMemoryPages().isPresent()) {
            int cap = limits.maxMemoryPages().getAsInt();
            List<Long> minimums = module.memoryMinimums();
            for (int i = 0; i < minimums.size(); i++) {
                if (minimums.get(i) > cap) {
                    return "memory " + i + " declares a minimum of " + minimums.get(i) + " pages, above the cap of "
                            + cap + " pages (maxMemoryPages); raise the cap or shrink the module's memory";
                }
            }
        }
        if (limits.maxTableElements().isPresent()) {
            int cap = limits.maxTableElements().getAsInt();
            List<Long> minimums = module.tableMinimums();
            for (int i = 0; i < minimums.size(); i++) {
                if (minimums.get(i) > cap) {
                    return "table " + i + " declares a minimum of " + minimums.get(i) + " elements, above the cap of "
                            + cap + " elements (maxTableElements); raise the cap or shrink the module's table";
                }
            }
        }
        return null;
    }

    /** Guest threads of this sandbox that are still alive (escaped guests, or runs in progress). */
    List<Thread> liveGuestThreads() {
        guests.removeIf(t -> !t.isAlive());
        return List.copyOf(guests);
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
        for (Thread guest : liveGuestThreads()) {
            engine.engine().preempt(guest, new GuestControl(limits, System.nanoTime()));
        }
        long giveUp = System.nanoTime() + CLOSE_GRACE_NANOS;
        for (Thread guest : liveGuestThreads()) {
            try {
                TimeUnit.NANOSECONDS.timedJoin(guest, Math.max(1, giveUp - System.nanoTime()));
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
