package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import java.time.Duration;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed preemption-latency check.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldBePreemptedWithin extends BasicErrorMessageFactory {

    /** The message for a guest preempted later than {@code bound} after its deadline. */
    public static ErrorMessageFactory shouldBePreemptedWithin(Outcome actual, Duration bound, Duration latency) {
        return new ShouldBePreemptedWithin(actual, bound, latency);
    }

    private ShouldBePreemptedWithin(Outcome actual, Duration bound, Duration latency) {
        super("%nExpecting the guest on %s to be preempted within:%n  %s%nof its deadline, but it stopped:%n  %s"
                + "%nafter the deadline (%s)%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), unquotedString(Outcome.millis(bound)),
                unquotedString(Outcome.millis(latency)), unquotedString(actual.summary()),
                unquotedString(actual.limits().toString()));
    }
}
