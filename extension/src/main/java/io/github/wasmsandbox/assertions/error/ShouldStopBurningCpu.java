package io.github.wasmsandbox.assertions.error;

import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of {@code assertPreemptedWithin}: the call did not return in time, or it returned while
 * a thread it used kept burning CPU (the guest was abandoned, not stopped).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldStopBurningCpu extends BasicErrorMessageFactory {

    /** The message for a call that did not return within {@code bound}. */
    public static ErrorMessageFactory shouldReturnWithin(Duration bound, Duration waited) {
        return new ShouldStopBurningCpu("%nExpecting the call to return within:%n  %s%nbut it was still running after:%n  %s",
                Duration.ofMillis(bound.toMillis()), Duration.ofMillis(waited.toMillis()));
    }

    /** The message for a call that returned while {@code burning} threads kept using CPU. */
    public static ErrorMessageFactory shouldStopBurningCpu(Duration elapsed, Duration grace, List<String> burning) {
        return new ShouldStopBurningCpu("%nExpecting the guest to be stopped when the call returned (after %s),"
                + "%nbut these threads kept burning CPU during the %s that followed:%n  %s"
                + "%nThe call returned to its caller while the guest kept running: a timeout that does not stop the"
                + " guest (e.g. Future.get(timeout) without interrupting it).",
                Duration.ofMillis(elapsed.toMillis()), Duration.ofMillis(grace.toMillis()), burning);
    }

    private ShouldStopBurningCpu(String format, Object... arguments) {
        super(format, arguments);
    }
}
