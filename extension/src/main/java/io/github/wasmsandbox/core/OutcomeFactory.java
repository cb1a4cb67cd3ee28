package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.rewrite.FuelMetering;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns what happened in one run into its {@link Outcome}: the injected fuel counter first (exhausted means
 * OUT_OF_FUEL, whatever the runtime threw), then the runtime's classification of its failure, with the latency
 * from the deadline to the guest's stop.
 */
final class OutcomeFactory {

    private final String runtime;
    private final RuntimeEngine engine;
    private final SandboxLimits limits;

    OutcomeFactory(String runtime, RuntimeEngine engine, SandboxLimits limits) {
        this.runtime = runtime;
        this.engine = engine;
        this.limits = limits;
    }

    private String runtime() {
        return runtime;
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
        Classification c = engine.classify(failure, control);
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
            case NONE -> "limit";
        };
    }

}
