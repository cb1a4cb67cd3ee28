package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import java.time.Duration;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of a failed preemption-latency check: stopped too late, or no latency measured.
 *
 * <pre>{@code
 * assertThat(preemptedAfter3ms).isPreempted().withinMillis(5);   // passes: no message made
 * assertThat(preemptedAfter30ms).isPreempted().withinMillis(5);
 * // fails: "to be preempted within: 5.000 ms of its deadline, but it stopped: 30.000 ms after the deadline"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldBePreemptedWithin extends BasicErrorMessageFactory {

    /** The message for a guest preempted later than {@code bound} after its deadline. */
    public static ErrorMessageFactory shouldBePreemptedWithin(Outcome actual, Duration bound, Duration latency) {
        return new ShouldBePreemptedWithin(actual, bound, latency);
    }

    /**
     * The message for a preempted run that carries no latency (the runtime or the isolation could not measure
     * one): a bound cannot be checked without it, so the check fails rather than pass vacuously.
     */
    public static ErrorMessageFactory shouldHaveMeasuredLatency(Outcome actual, Duration bound) {
        return new ShouldBePreemptedWithin("%nExpecting the guest on %s to be preempted within:%n  %s%nof its deadline,"
                + " but no preemption latency was measured for the run:%n  %s%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), unquotedString(Outcome.millis(bound)),
                unquotedString(actual.summary()), unquotedString(actual.limits().toString()));
    }

    private ShouldBePreemptedWithin(String format, Object... arguments) {
        super(format, arguments);
    }

    private ShouldBePreemptedWithin(Outcome actual, Duration bound, Duration latency) {
        super("%nExpecting the guest on %s to be preempted within:%n  %s%nof its deadline, but it stopped:%n  %s"
                + "%nafter the deadline (%s)%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), unquotedString(Outcome.millis(bound)),
                unquotedString(Outcome.millis(latency)), unquotedString(actual.summary()),
                unquotedString(actual.limits().toString()));
    }
}
