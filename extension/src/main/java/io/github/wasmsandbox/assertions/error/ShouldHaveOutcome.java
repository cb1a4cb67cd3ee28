package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed outcome-kind check.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveOutcome extends BasicErrorMessageFactory {

    /** The message for an outcome that is not of the expected kind. */
    public static ErrorMessageFactory shouldHaveOutcome(Outcome actual, OutcomeKind expected) {
        return new ShouldHaveOutcome(actual, expected);
    }

    private ShouldHaveOutcome(Outcome actual, OutcomeKind expected) {
        super("%nExpecting the guest run on %s to end as:%n  %s%nbut it ended as:%n  %s%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), expected, unquotedString(actual.summary()),
                unquotedString(actual.limits().toString()));
    }
}
