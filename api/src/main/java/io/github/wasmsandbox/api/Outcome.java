package io.github.wasmsandbox.api;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * How one guest run ended, with the evidence: elapsed time, the preemption latency, fuel consumed, the trap.
 * Produced by {@link Sandbox#run(Invocation)}; checked with
 * {@code WasmAssertions.assertThat(outcome)} (wasm-sandbox-extension).
 *
 * @param runtime the name of the runtime that ran the guest (for example {@code chicory-compiler})
 * @param kind how the run ended
 * @param values the returned values for {@link OutcomeKind#COMPLETED} (raw Wasm values: i32 and i64 as
 *     integers, f32 and f64 as their IEEE bits), else empty
 * @param elapsed from the start of the guest (instantiation and start function included; decoding and
 *     compilation, which happen before, are not) until it stopped, or until it was abandoned for
 *     {@link OutcomeKind#ESCAPED}
 * @param latency for {@link OutcomeKind#PREEMPTED}: from the deadline until the guest actually stopped
 * @param fuelConsumed when fuel is metered: the fuel the guest consumed
 * @param trap a short name of the trap or error ({@code unreachable}, {@code integer divide by zero},
 *     {@code host}, ...), when there was one
 * @param message a human-readable explanation; for {@link OutcomeKind#UNSUPPORTED} and
 *     {@link OutcomeKind#INVALID_MODULE} it says what to do
 * @param unsupportedLimit for {@link OutcomeKind#UNSUPPORTED}: the limit the runtime cannot enforce
 * @param limits the limits the run was made under
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Outcome(
        String runtime,
        OutcomeKind kind,
        long[] values,
        Duration elapsed,
        Optional<Duration> latency,
        OptionalLong fuelConsumed,
        Optional<String> trap,
        String message,
        Optional<Limit> unsupportedLimit,
        SandboxLimits limits) {

    /** Checks the components. */
    public Outcome {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(kind, "kind");
        values = values == null ? new long[0] : values.clone();
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(fuelConsumed, "fuelConsumed");
        Objects.requireNonNull(trap, "trap");
        message = message == null ? "" : message;
        Objects.requireNonNull(unsupportedLimit, "unsupportedLimit");
        Objects.requireNonNull(limits, "limits");
    }

    /** The returned values (a copy). */
    @Override
    public long[] values() {
        return values.clone();
    }

    /** Whether the run ended as {@code kind}. */
    public boolean is(OutcomeKind kind) {
        return this.kind == kind;
    }

    /** A one-line summary, used in assertion messages and reports. */
    public String summary() {
        StringBuilder s = new StringBuilder(kind.name()).append(" on ").append(runtime)
                .append(" after ").append(millis(elapsed));
        latency.ifPresent(l -> s.append(", latency ").append(millis(l)));
        fuelConsumed.ifPresent(f -> s.append(", fuel ").append(f));
        if (kind == OutcomeKind.COMPLETED) {
            s.append(", values ").append(Arrays.toString(values));
        }
        trap.ifPresent(t -> s.append(", trap '").append(t).append('\''));
        unsupportedLimit.ifPresent(l -> s.append(", unsupported ").append(l));
        if (!message.isEmpty() && kind != OutcomeKind.COMPLETED) {
            s.append(": ").append(message);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other
                && runtime.equals(other.runtime)
                && kind == other.kind
                && Arrays.equals(values, other.values)
                && elapsed.equals(other.elapsed)
                && latency.equals(other.latency)
                && fuelConsumed.equals(other.fuelConsumed)
                && trap.equals(other.trap)
                && message.equals(other.message)
                && unsupportedLimit.equals(other.unsupportedLimit)
                && limits.equals(other.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runtime, kind, Arrays.hashCode(values), elapsed, latency, fuelConsumed, trap, message,
                unsupportedLimit, limits);
    }

    @Override
    public String toString() {
        return summary() + " " + limits;
    }

    /** Formats a duration as milliseconds with three decimals, the way every message of the toolkit does. */
    public static String millis(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", d.toNanos() / 1e6);
    }
}
