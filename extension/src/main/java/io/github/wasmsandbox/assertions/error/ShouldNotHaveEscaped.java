package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed {@code isNotEscaped()} check: it says what "escaped" means, since any other
 * outcome (even a trap) passes that check.
 *
 * <pre>{@code
 * assertThat(preempted).isNotEscaped();   // passes: no message made
 * assertThat(escaped).isNotEscaped();
 * // fails: "not to escape, that is to have stopped by its hard ceiling: ... (any outcome but ESCAPED passes)"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldNotHaveEscaped extends BasicErrorMessageFactory {

    /** The message for a run that escaped. */
    public static ErrorMessageFactory shouldNotHaveEscaped(Outcome actual) {
        return new ShouldNotHaveEscaped(actual);
    }

    private ShouldNotHaveEscaped(Outcome actual) {
        super("%nExpecting the guest run on %s not to escape, that is to have stopped by its hard ceiling:%n  %s"
                + "%n(any outcome but ESCAPED passes), but it was still running then and was abandoned:%n  %s"
                + "%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), unquotedString(Outcome.millis(actual.limits().effectiveHardCeiling())),
                unquotedString(actual.summary()), unquotedString(actual.limits().toString()));
    }
}
