package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.error.ShouldBePreemptedWithin.shouldBePreemptedWithin;
import static io.github.wasmsandbox.assertions.error.ShouldHaveCompletedWith.shouldHaveCompletedWith;
import static io.github.wasmsandbox.assertions.error.ShouldHaveConsumedFuel.shouldHaveConsumedFuel;
import static io.github.wasmsandbox.assertions.error.ShouldHaveConsumedFuel.shouldHaveConsumedFuelAtMost;
import static io.github.wasmsandbox.assertions.error.ShouldHaveOutcome.shouldHaveOutcome;
import static io.github.wasmsandbox.assertions.error.ShouldHaveTrappedWith.shouldHaveTrappedWith;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Outcome}; the base of {@link OutcomeAssert}, for extension.
 *
 * <pre>{@code
 * assertThat(outcome).isPreempted().withinMillis(5);          // passes when the guest stopped 5 ms after its deadline
 * assertThat(outcome).completedWith(42);                      // fails: "Expecting the guest run ... to complete with"
 * }</pre>
 *
 * @param <SELF> the concrete assertion type
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public abstract class AbstractOutcomeAssert<SELF extends AbstractOutcomeAssert<SELF>> extends AbstractAssert<SELF, Outcome> {

    /** Assertions on {@code actual}. */
    protected AbstractOutcomeAssert(Outcome actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Checks the outcome kind. */
    public SELF hasKind(OutcomeKind expected) {
        isNotNull();
        if (actual.kind() != expected) {
            throw assertionError(shouldHaveOutcome(actual, expected));
        }
        return myself;
    }

    /** Checks that the call returned normally. */
    public SELF isCompleted() {
        return hasKind(OutcomeKind.COMPLETED);
    }

    /** Checks that the call returned exactly these raw values. */
    public SELF completedWith(long... values) {
        isNotNull();
        if (actual.kind() != OutcomeKind.COMPLETED || !Arrays.equals(actual.values(), values)) {
            throw assertionError(shouldHaveCompletedWith(actual, values));
        }
        return myself;
    }

    /** Checks that the deadline stopped the guest. Chain {@link #withinMillis(long)} to bound the latency. */
    public SELF isPreempted() {
        return hasKind(OutcomeKind.PREEMPTED);
    }

    /** Checks that the guest was preempted at most {@code bound} after its deadline. */
    public SELF within(Duration bound) {
        isPreempted();
        Duration latency = actual.latency().orElse(Duration.ZERO);
        if (latency.compareTo(bound) > 0) {
            throw assertionError(shouldBePreemptedWithin(actual, bound, latency));
        }
        return myself;
    }

    /** Checks that the guest was preempted at most {@code bound} after its deadline. */
    public SELF within(long bound, TimeUnit unit) {
        return within(Duration.ofNanos(unit.toNanos(bound)));
    }

    /** Checks that the guest was preempted at most {@code millis} milliseconds after its deadline. */
    public SELF withinMillis(long millis) {
        return within(Duration.ofMillis(millis));
    }

    /** Checks that the fuel budget stopped the guest. */
    public SELF ranOutOfFuel() {
        return hasKind(OutcomeKind.OUT_OF_FUEL);
    }

    /** Checks that fuel was metered and the guest consumed at most {@code max}. */
    public SELF consumedFuelAtMost(long max) {
        isNotNull();
        if (actual.fuelConsumed().isEmpty() || actual.fuelConsumed().getAsLong() > max) {
            throw assertionError(shouldHaveConsumedFuelAtMost(actual, max));
        }
        return myself;
    }

    /** Checks that fuel was metered and the guest consumed exactly {@code expected}. */
    public SELF consumedFuel(long expected) {
        isNotNull();
        if (actual.fuelConsumed().isEmpty() || actual.fuelConsumed().getAsLong() != expected) {
            throw assertionError(shouldHaveConsumedFuel(actual, expected));
        }
        return myself;
    }

    /** Checks that the guest trapped for its own reasons. */
    public SELF trapped() {
        return hasKind(OutcomeKind.TRAPPED);
    }

    /** Checks that the guest trapped with this trap name ({@code unreachable}, {@code host}, ...). */
    public SELF trappedWith(String trap) {
        isNotNull();
        if (actual.kind() != OutcomeKind.TRAPPED || !actual.trap().map(trap::equals).orElse(false)) {
            throw assertionError(shouldHaveTrappedWith(actual, trap));
        }
        return myself;
    }

    /** Checks that the guest exhausted its call stack. */
    public SELF isStackExhausted() {
        return hasKind(OutcomeKind.STACK_EXHAUSTED);
    }

    /** Checks that a memory or table cap stopped the guest. */
    public SELF hitMemoryLimit() {
        return hasKind(OutcomeKind.MEMORY_LIMIT);
    }

    /** Checks that the module was rejected as malformed, invalid or unlinkable. */
    public SELF isInvalidModule() {
        return hasKind(OutcomeKind.INVALID_MODULE);
    }

    /** Checks that the runtime reported a requested limit as unsupported. */
    public SELF isUnsupported() {
        return hasKind(OutcomeKind.UNSUPPORTED);
    }

    /** Checks that the guest escaped: it was still running at the hard ceiling. */
    public SELF escaped() {
        return hasKind(OutcomeKind.ESCAPED);
    }

    /** Checks that the guest did not escape (whatever else happened). */
    public SELF didNotEscape() {
        isNotNull();
        if (actual.kind() == OutcomeKind.ESCAPED) {
            throw assertionError(shouldHaveOutcome(actual, OutcomeKind.PREEMPTED));
        }
        return myself;
    }
}
