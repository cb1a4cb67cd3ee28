package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed trap check.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveTrappedWith extends BasicErrorMessageFactory {

    /** The message for a run that did not trap with {@code trap}. */
    public static ErrorMessageFactory shouldHaveTrappedWith(Outcome actual, String trap) {
        return new ShouldHaveTrappedWith(actual, trap);
    }

    private ShouldHaveTrappedWith(Outcome actual, String trap) {
        super("%nExpecting the guest on %s to trap with:%n  %s%nbut it ended as:%n  %s",
                unquotedString(actual.runtime()), trap, unquotedString(actual.summary()));
    }
}
