package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.error.ShouldBePreemptedWithin.shouldBePreemptedWithin;
import static io.github.wasmsandbox.assertions.error.ShouldBePreemptedWithin.shouldHaveMeasuredLatency;
import static io.github.wasmsandbox.assertions.error.ShouldHaveCompletedWith.shouldHaveCompletedWith;
import static io.github.wasmsandbox.assertions.error.ShouldHaveConsumedFuel.shouldHaveConsumedFuel;
import static io.github.wasmsandbox.assertions.error.ShouldHaveConsumedFuel.shouldHaveConsumedFuelAtMost;
import static io.github.wasmsandbox.assertions.error.ShouldHaveOutcome.shouldHaveOutcome;
import static io.github.wasmsandbox.assertions.error.ShouldHaveTrappedWith.shouldHaveTrappedWith;
import static io.github.wasmsandbox.assertions.error.ShouldHaveTrappedWith.shouldHaveTrappedWithKind;
import static io.github.wasmsandbox.assertions.error.ShouldNotHaveEscaped.shouldNotHaveEscaped;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Outcome}; the base of {@link OutcomeAssert}, for extension. One verb style, AssertJ's:
 * {@code isXxx()} for how the run ended, {@code hasXxx(...)} for what it measured, {@code within(...)} to bound
 * the latency of a preemption. The earlier names ({@code completedWith}, {@code ranOutOfFuel}, {@code trapped},
 * {@code escaped}, ...) remain as deprecated aliases, marked {@code @API(status = DEPRECATED)}.
 *
 * <pre>{@code
 * assertThat(outcome).isPreempted().withinMillis(5);   // passes when the guest stopped at most 5 ms after its deadline
 * assertThat(outcome).isCompletedWith(42);             // fails: "Expecting the guest on chicory-compiler to complete
 *                                                      //  with the values: [42] but it ended as: PREEMPTED ..."
 * }</pre>
 *
 * @param <SELF> the concrete assertion type
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public abstract class AbstractOutcomeAssert<SELF extends AbstractOutcomeAssert<SELF>> extends AbstractAssert<SELF, Outcome> {

    private static final Set<OutcomeKind> STOPPED = EnumSet.of(OutcomeKind.PREEMPTED, OutcomeKind.KILLED);

    /** Assertions on {@code actual}. */
    protected AbstractOutcomeAssert(Outcome actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Checks the outcome kind.
     *
     * <pre>{@code
     * assertThat(outcome).hasKind(OutcomeKind.OUT_OF_FUEL);   // passes when the fuel budget stopped the guest
     * assertThat(completed).hasKind(OutcomeKind.TRAPPED);     // fails: "to end as: TRAPPED but it ended as: COMPLETED ..."
     * }</pre>
     */
    public SELF hasKind(OutcomeKind expected) {
        isNotNull();
        if (actual.kind() != expected) {
            throw assertionError(shouldHaveOutcome(actual, expected));
        }
        return myself;
    }

    /**
     * Checks that the call returned normally.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(module).call("add", 2, 3))).isCompleted();   // passes
     * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isCompleted();    // fails: it was PREEMPTED
     * }</pre>
     */
    public SELF isCompleted() {
        return hasKind(OutcomeKind.COMPLETED);
    }

    /**
     * Checks that the call returned exactly these raw values (i32 and i64 as integers, f32 and f64 as their IEEE
     * bits).
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(module).call("add", 2, 3))).isCompletedWith(5);   // passes
     * assertThat(sandbox.run(Invocation.of(module).call("add", 2, 3))).isCompletedWith(6);   // fails: "[6] ... values [5]"
     * }</pre>
     */
    public SELF isCompletedWith(long... values) {
        isNotNull();
        if (actual.kind() != OutcomeKind.COMPLETED || !Arrays.equals(actual.values(), values)) {
            throw assertionError(shouldHaveCompletedWith(actual, values));
        }
        return myself;
    }

    /**
     * Checks that the deadline (or the caller's interrupt) stopped the guest. Chain {@link #within(Duration)} to
     * bound the latency.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();   // passes under a deadline
     * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();   // fails when fuel stopped it first
     * }</pre>
     */
    public SELF isPreempted() {
        return hasKind(OutcomeKind.PREEMPTED);
    }

    /**
     * Checks that the guest was stopped from outside and nothing kept running: {@link OutcomeKind#PREEMPTED}, or
     * {@link OutcomeKind#KILLED} (process isolation killed the child JVM it could not stop).
     *
     * <pre>{@code
     * assertThat(processIsolated.run(Invocation.of(HostileFixture.LOOP_BR))).isStopped();   // passes: PREEMPTED or KILLED
     * assertThat(inProcess.run(Invocation.of(escapingGuest))).isStopped();                  // fails: it ESCAPED
     * }</pre>
     */
    public SELF isStopped() {
        isNotNull();
        if (!STOPPED.contains(actual.kind())) {
            throw assertionError(shouldHaveOutcome(actual, STOPPED));
        }
        return myself;
    }

    /**
     * Checks that process isolation killed the child JVM because the guest could not be stopped inside it.
     *
     * <pre>{@code
     * assertThat(processIsolated.run(Invocation.of(escapingGuest))).isKilled();     // passes
     * assertThat(processIsolated.run(Invocation.of(HostileFixture.LOOP_BR))).isKilled();  // fails: it was PREEMPTED
     * }</pre>
     */
    public SELF isKilled() {
        return hasKind(OutcomeKind.KILLED);
    }

    /**
     * Checks that the child JVM of process isolation died on its own (a native crash, the OS killing it).
     *
     * <pre>{@code
     * assertThat(outcomeOfACrashedChild).isCrashed();   // passes
     * assertThat(completed).isCrashed();                // fails: "to end as: CRASHED but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isCrashed() {
        return hasKind(OutcomeKind.CRASHED);
    }

    /**
     * Checks that the guest was preempted at most {@code bound} after its deadline. Fails when the outcome is not
     * PREEMPTED, and when it carries no measured latency (rather than pass without checking anything).
     *
     * <pre>{@code
     * assertThat(outcome).isPreempted().within(Duration.ofMillis(50));   // passes: latency 3 ms
     * assertThat(outcome).isPreempted().within(Duration.ofMillis(1));    // fails: "preempted within: 1.000 ms ... 3.000 ms"
     * }</pre>
     */
    public SELF within(Duration bound) {
        Objects.requireNonNull(bound, "bound");
        isPreempted();
        Optional<Duration> latency = actual.latency();
        if (latency.isEmpty()) {
            throw assertionError(shouldHaveMeasuredLatency(actual, bound));
        }
        if (latency.get().compareTo(bound) > 0) {
            throw assertionError(shouldBePreemptedWithin(actual, bound, latency.get()));
        }
        return myself;
    }

    /**
     * {@link #within(Duration)} with a bound in any unit.
     *
     * <pre>{@code
     * assertThat(outcome).isPreempted().within(50, TimeUnit.MILLISECONDS);   // passes: latency 3 ms
     * assertThat(outcome).isPreempted().within(1, TimeUnit.MILLISECONDS);    // fails: latency 3 ms
     * }</pre>
     */
    public SELF within(long bound, TimeUnit unit) {
        return within(Duration.ofNanos(unit.toNanos(bound)));
    }

    /**
     * {@link #within(Duration)} in milliseconds.
     *
     * <pre>{@code
     * assertThat(outcome).isPreempted().withinMillis(50);   // passes: latency 3 ms
     * assertThat(outcome).isPreempted().withinMillis(1);    // fails: latency 3 ms
     * }</pre>
     */
    public SELF withinMillis(long millis) {
        return within(Duration.ofMillis(millis));
    }

    /**
     * Checks that the fuel budget stopped the guest.
     *
     * <pre>{@code
     * assertThat(fuelLimited.run(Invocation.of(HostileFixture.LOOP_BR))).isOutOfFuel();   // passes
     * assertThat(deadlineOnly.run(Invocation.of(HostileFixture.LOOP_BR))).isOutOfFuel();  // fails: it was PREEMPTED
     * }</pre>
     */
    public SELF isOutOfFuel() {
        return hasKind(OutcomeKind.OUT_OF_FUEL);
    }

    /**
     * Checks that fuel was metered and the guest consumed at most {@code max}.
     *
     * <pre>{@code
     * assertThat(outcome).hasConsumedFuelAtMost(1_000);   // passes: fuel 17
     * assertThat(outcome).hasConsumedFuelAtMost(10);      // fails: "to consume at most: 10 fuel, but it consumed: 17"
     * }</pre>
     */
    public SELF hasConsumedFuelAtMost(long max) {
        isNotNull();
        if (actual.fuelConsumed().isEmpty() || actual.fuelConsumed().getAsLong() > max) {
            throw assertionError(shouldHaveConsumedFuelAtMost(actual, max));
        }
        return myself;
    }

    /**
     * Checks that fuel was metered and the guest consumed exactly {@code expected}.
     *
     * <pre>{@code
     * assertThat(outcome).hasConsumedFuel(17);   // passes
     * assertThat(outcome).hasConsumedFuel(10);   // fails: "to consume exactly: 10 fuel, but it consumed: 17"
     * }</pre>
     */
    public SELF hasConsumedFuel(long expected) {
        isNotNull();
        if (actual.fuelConsumed().isEmpty() || actual.fuelConsumed().getAsLong() != expected) {
            throw assertionError(shouldHaveConsumedFuel(actual, expected));
        }
        return myself;
    }

    /**
     * Checks that the guest trapped for its own reasons (or a host function it called failed).
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(module).call("crash"))).isTrapped();   // passes
     * assertThat(completed).isTrapped();                                                // fails: it COMPLETED
     * }</pre>
     */
    public SELF isTrapped() {
        return hasKind(OutcomeKind.TRAPPED);
    }

    /**
     * Checks that the guest trapped with this runtime-specific trap name ({@code unreachable}, {@code host}, ...);
     * prefer {@link #isTrappedWith(TrapKind)}, which means the same on every runtime.
     *
     * <pre>{@code
     * assertThat(outcome).isTrappedWith("unreachable");   // passes when Outcome.trap() is "unreachable"
     * assertThat(outcome).isTrappedWith("host");          // fails: "to trap with: \"host\" but it ended as: TRAPPED ..."
     * }</pre>
     */
    public SELF isTrappedWith(String trap) {
        isNotNull();
        if (actual.kind() != OutcomeKind.TRAPPED || !actual.trap().map(trap::equals).orElse(false)) {
            throw assertionError(shouldHaveTrappedWith(actual, trap));
        }
        return myself;
    }

    /**
     * Checks that the guest trapped, with a trap of this portable kind ({@link TrapKind#of(Outcome)}): the same
     * check on every runtime, whatever its wording.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(module).call("div", 1, 0))).isTrappedWith(TrapKind.INTEGER_DIVIDE_BY_ZERO);
     * // passes on Chicory, Endive and wasmtime alike
     * assertThat(sandbox.run(Invocation.of(module).call("div", 1, 0))).isTrappedWith(TrapKind.UNREACHABLE);
     * // fails: "to trap with the kind: UNREACHABLE but it trapped with the kind: INTEGER_DIVIDE_BY_ZERO"
     * }</pre>
     */
    public SELF isTrappedWith(TrapKind expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        Optional<TrapKind> kind = actual.kind() == OutcomeKind.TRAPPED ? TrapKind.of(actual) : Optional.empty();
        if (kind.filter(expected::equals).isEmpty()) {
            throw assertionError(shouldHaveTrappedWithKind(actual, expected.name(), kind.map(Enum::name).orElse(null)));
        }
        return myself;
    }

    /**
     * Checks that the guest exhausted its call stack, or nested calls deeper than {@code maxCallDepth}.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(HostileFixture.UNBOUNDED_RECURSION))).isStackExhausted();   // passes
     * assertThat(completed).isStackExhausted();   // fails: "to end as: STACK_EXHAUSTED but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isStackExhausted() {
        return hasKind(OutcomeKind.STACK_EXHAUSTED);
    }

    /**
     * Checks that the JVM ran out of heap while running the guest ({@link OutcomeKind#HEAP_EXHAUSTED}).
     *
     * <pre>{@code
     * assertThat(outcomeOfAGuestThatFilledTheHeap).isHeapExhausted();   // passes
     * assertThat(completed).isHeapExhausted();   // fails: "to end as: HEAP_EXHAUSTED but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isHeapExhausted() {
        return hasKind(OutcomeKind.HEAP_EXHAUSTED);
    }

    /**
     * Checks that a memory or table cap stopped the guest ({@link OutcomeKind#MEMORY_LIMIT}).
     *
     * <pre>{@code
     * assertThat(capped.run(Invocation.of(HostileFixture.MEMORY_GROW_BOMB))).isMemoryLimited();   // passes
     * assertThat(completed).isMemoryLimited();   // fails: "to end as: MEMORY_LIMIT but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isMemoryLimited() {
        return hasKind(OutcomeKind.MEMORY_LIMIT);
    }

    /**
     * Checks that the module was rejected as malformed, invalid or unlinkable.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(module).call("missing"))).isInvalidModule();   // passes
     * assertThat(completed).isInvalidModule();   // fails: "to end as: INVALID_MODULE but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isInvalidModule() {
        return hasKind(OutcomeKind.INVALID_MODULE);
    }

    /**
     * Checks that the runtime reported a requested limit as unsupported (nothing was run).
     *
     * <pre>{@code
     * assertThat(outcomeOfAnUnenforceableLimit).isUnsupported();   // passes
     * assertThat(completed).isUnsupported();   // fails: "to end as: UNSUPPORTED but it ended as: COMPLETED"
     * }</pre>
     */
    public SELF isUnsupported() {
        return hasKind(OutcomeKind.UNSUPPORTED);
    }

    /**
     * Checks that the guest escaped: it was still running at the hard ceiling and was abandoned.
     *
     * <pre>{@code
     * assertThat(naiveRuntime.run(Invocation.of(HostileFixture.LOOP_BR))).isEscaped();   // passes
     * assertThat(preempted).isEscaped();   // fails: "to end as: ESCAPED but it ended as: PREEMPTED"
     * }</pre>
     */
    public SELF isEscaped() {
        return hasKind(OutcomeKind.ESCAPED);
    }

    /**
     * Checks that the guest did not escape: it was no longer running at its hard ceiling. Any other outcome passes
     * (completed, preempted, trapped, killed, ...); chain a kind check to say which.
     *
     * <pre>{@code
     * assertThat(preempted).isNotEscaped();   // passes
     * assertThat(escaped).isNotEscaped();     // fails: "not to escape, that is to have stopped by its hard ceiling:
     *                                         //  2000.000 ms (any outcome but ESCAPED passes), but it was still running"
     * }</pre>
     */
    public SELF isNotEscaped() {
        isNotNull();
        if (actual.kind() == OutcomeKind.ESCAPED) {
            throw assertionError(shouldNotHaveEscaped(actual));
        }
        return myself;
    }

    /** Deprecated alias of {@link #isCompletedWith(long...)}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF completedWith(long... values) {
        return isCompletedWith(values);
    }

    /** Deprecated alias of {@link #isOutOfFuel()}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF ranOutOfFuel() {
        return isOutOfFuel();
    }

    /** Deprecated alias of {@link #hasConsumedFuelAtMost(long)}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF consumedFuelAtMost(long max) {
        return hasConsumedFuelAtMost(max);
    }

    /** Deprecated alias of {@link #hasConsumedFuel(long)}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF consumedFuel(long expected) {
        return hasConsumedFuel(expected);
    }

    /** Deprecated alias of {@link #isTrapped()}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF trapped() {
        return isTrapped();
    }

    /** Deprecated alias of {@link #isTrappedWith(String)}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF trappedWith(String trap) {
        return isTrappedWith(trap);
    }

    /** Deprecated alias of {@link #isMemoryLimited()}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF hitMemoryLimit() {
        return isMemoryLimited();
    }

    /** Deprecated alias of {@link #isEscaped()}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF escaped() {
        return isEscaped();
    }

    /** Deprecated alias of {@link #isNotEscaped()}, the name in the one verb style. */
    @API(status = API.Status.DEPRECATED, since = "0.1.0")
    public SELF didNotEscape() {
        return isNotEscaped();
    }
}
