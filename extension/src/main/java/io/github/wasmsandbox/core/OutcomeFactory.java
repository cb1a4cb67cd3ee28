package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.rewrite.Evidence;
import io.github.wasmsandbox.rewrite.FuelMetering;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.GuestFrames;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns what happened in one run into its {@link Outcome}: the injected fuel counter first (exhausted means
 * OUT_OF_FUEL, whatever the runtime threw), then the runtime's classification of its failure, with the latency
 * from the deadline to the guest's stop.
 */
final class OutcomeFactory {

    private final String runtime;
    private final RuntimeEngine engine;
    private final SandboxLimits limits;
    private final List<GuestFrames> signatures;

    OutcomeFactory(String runtime, RuntimeEngine engine, SandboxLimits limits, GuestFrames guestFrames) {
        this.runtime = runtime;
        this.engine = engine;
        this.limits = limits;
        this.signatures = List.of(guestFrames);
    }

    private String runtime() {
        return runtime;
    }

    /**
     * The guest returned. If a host function it called was cut short by the stop request, the deadline ended the
     * run (the host's answer, and so the values, are not to be trusted): PREEMPTED, not COMPLETED.
     */
    Outcome completed(GuestTask task, long[] values) {
        GuestControl control = task.control();
        if (control.preempted() && control.interruptedHostCall()) {
            return preempted(task, "the deadline stopped the guest inside a host call: the host function returned "
                    + "because its thread was interrupted, so the values the guest returned after it are not trusted");
        }
        return new Outcome(runtime(), OutcomeKind.COMPLETED, values, task.elapsed(), Optional.empty(),
                injectedFuelConsumed(control), Optional.empty(), "", Optional.empty(), limits);
    }

    /**
     * The guest failed: the decision table of {@link OutcomeKind}, in its order of precedence, on the evidence the
     * run recorded (injected counters, the stop request, interrupted host calls) and the adapter's classification
     * of what it threw.
     */
    Outcome failed(GuestTask task, Throwable failure) {
        GuestControl control = task.control();
        OptionalLong remaining = control.reportedGlobal(FuelMetering.GLOBAL_EXPORT_NAME);
        if (remaining.isPresent() && FuelMetering.isExhausted(remaining.getAsLong())) {
            long budget = limits.fuel().getAsLong();
            return outcome(task, OutcomeKind.OUT_OF_FUEL, Optional.of("out of fuel"), "the guest ran out of fuel: it "
                    + "used its whole budget of " + budget + " and was stopped before the block that would overdraw it",
                    OptionalLong.empty());
        }
        Classification c = engine.classify(failure, control);
        if (c.kind() == OutcomeKind.PREEMPTED) {
            return preempted(task, c.message());
        }
        if (control.preempted() && (control.interruptedHostCall() || causedBy(failure, InterruptedException.class)
                || causedBy(control.hostFailure(), InterruptedException.class))) {
            return preempted(task, "the deadline stopped the guest inside a host call, which ended because its "
                    + "thread was interrupted (" + c.message() + ")");
        }
        OptionalLong depth = control.reportedGlobal(Evidence.CALL_DEPTH_EXPORT);
        if (depth.isPresent() && limits.maxCallDepth().isPresent() && depth.getAsLong() > limits.maxCallDepth().getAsInt()) {
            return outcome(task, OutcomeKind.STACK_EXHAUSTED, Optional.of("call depth exhausted"), "the guest nested "
                    + "calls deeper than maxCallDepth=" + limits.maxCallDepth().getAsInt() + " (stopped at depth "
                    + depth.getAsLong() + ")", c.fuelConsumed());
        }
        if (c.kind() == OutcomeKind.STACK_EXHAUSTED) {
            return outcome(task, c.kind(), c.trap(), c.message(), c.fuelConsumed());
        }
        if (causedBy(failure, OutOfMemoryError.class)) {
            return outcome(task, OutcomeKind.HEAP_EXHAUSTED, Optional.of("JVM heap exhausted"), "the JVM ran out of "
                    + "heap (max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB) while running the guest: "
                    + "Wasm frames and GC objects of a pure-Java runtime live on the JVM heap, which maxMemoryPages "
                    + "does not bound. " + (System.getProperty("wasm.sandbox.child.max-heap") != null
                    ? "This is the child JVM of process isolation, bounded by -Dwasm.sandbox.child.max-heap="
                    + System.getProperty("wasm.sandbox.child.max-heap") + " in the test JVM; lower maxCallDepth or raise it"
                    : "Lower maxCallDepth, or use isolation = PROCESS, whose child JVM has a heap of its own "
                    + "(-Dwasm.sandbox.child.max-heap, default 512m)"), c.fuelConsumed());
        }
        boolean trapped = c.kind() == OutcomeKind.TRAPPED || c.kind() == OutcomeKind.MEMORY_LIMIT;
        OptionalLong denied = control.reportedGlobal(Evidence.GROW_DENIED_EXPORT);
        if (trapped && denied.isPresent() && denied.getAsLong() != 0) {
            return outcome(task, OutcomeKind.MEMORY_LIMIT, c.trap(), "the sandbox refused to grow memory or a table "
                    + "beyond its cap (" + caps() + ") and the guest then trapped: " + c.message(), c.fuelConsumed());
        }
        if (c.kind() == OutcomeKind.MEMORY_LIMIT) {
            return outcome(task, OutcomeKind.TRAPPED, c.trap(), c.message(), c.fuelConsumed());
        }
        return outcome(task, c.kind(), c.trap(), c.message(), c.fuelConsumed());
    }

    private Outcome preempted(GuestTask task, String message) {
        GuestControl control = task.control();
        Optional<Duration> latency = control.deadlineNanos().isPresent()
                ? Optional.of(Duration.ofNanos(Math.max(0, task.stopNanos() - control.deadlineNanos().getAsLong())))
                : Optional.empty();
        return new Outcome(runtime(), OutcomeKind.PREEMPTED, null, task.elapsed(), latency,
                injectedFuelConsumed(control), Optional.empty(), message, Optional.empty(), limits);
    }

    private Outcome outcome(GuestTask task, OutcomeKind kind, Optional<String> trap, String message,
            OptionalLong nativeFuel) {
        OptionalLong fuel = nativeFuel.isPresent() ? nativeFuel : injectedFuelConsumed(task.control());
        return new Outcome(runtime(), kind, null, task.elapsed(), Optional.empty(), fuel, trap, message,
                Optional.empty(), limits);
    }

    private String caps() {
        StringBuilder caps = new StringBuilder();
        limits.maxMemoryPages().ifPresent(p -> caps.append("maxMemoryPages=").append(p));
        limits.maxTableElements().ifPresent(t -> caps.append(caps.length() > 0 ? ", " : "").append("maxTableElements=").append(t));
        return caps.toString();
    }

    /** Whether {@code type} is {@code failure} or one of its causes (or suppressed exceptions). */
    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return false;
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
    Outcome early(OutcomeKind kind, long start, Optional<Limit> unsupported, String message) {
        OptionalLong fuel = limits.fuel().isPresent() && kind != OutcomeKind.UNSUPPORTED ? OptionalLong.of(0) : OptionalLong.empty();
        return new Outcome(runtime(), kind, null, Duration.ofNanos(System.nanoTime() - start), Optional.empty(),
                fuel, Optional.empty(), message, unsupported, limits);
    }

    /** The guest was still running at the hard ceiling: its thread is abandoned. */
    Outcome escaped(long startNanos, String what, boolean preempted, String threadName) {
        return new Outcome(runtime(), OutcomeKind.ESCAPED, null, Duration.ofNanos(System.nanoTime() - startNanos),
                Optional.empty(), OptionalLong.empty(), Optional.empty(), "the guest " + what
                + " was still running at the hard ceiling of " + limits.effectiveHardCeiling().toMillis() + " ms"
                + (preempted ? " although it was asked to stop at the deadline" : "") + "; its thread '" + threadName
                + "' was abandoned", Optional.empty(), limits);
    }

    /**
     * {@code reported}, turned into {@code ESCAPED}: the adapter's run ended while guest code of the run still
     * executes on {@code threads} (it handed the guest to threads of its own and did not stop it).
     */
    Outcome leftRunning(Outcome reported, Set<Thread> threads) {
        return EscapeDetector.escapedAnyway(reported, EscapeDetector.describeNow(threads, signatures));
    }

    /** The message of an UNSUPPORTED outcome for {@code limit}. */
    String unsupported(Limit limit) {
        return "runtime '" + runtime() + "' cannot enforce the " + describe(limit) + " that was asked for; nothing "
                + "was run. Remove that limit, or choose a runtime that enforces it (see docs/conformance.md).";
    }

    private static String describe(Limit limit) {
        return switch (limit) {
            case DEADLINE -> "deadline";
            case FUEL -> "fuel budget";
            case MEMORY_CAP -> "memory cap (maxMemoryPages)";
            case TABLE_CAP -> "table cap (maxTableElements)";
            case STACK -> "stack limit (maxStackBytes)";
            case CALL_DEPTH -> "call depth limit (maxCallDepth)";
            case NONE -> "limit";
        };
    }

}
