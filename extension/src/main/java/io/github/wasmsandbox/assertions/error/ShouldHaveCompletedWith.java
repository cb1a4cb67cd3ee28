package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed return-value check.
 *
 * <pre>{@code
 * assertThat(answer).isCompletedWith(42);   // passes: no message made
 * assertThat(answer).isCompletedWith(41);   // fails: "to complete with the values: [41] but it ended as: ..."
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveCompletedWith extends BasicErrorMessageFactory {

    /** The message for a run that did not complete with {@code expected}. */
    public static ErrorMessageFactory shouldHaveCompletedWith(Outcome actual, long[] expected) {
        return new ShouldHaveCompletedWith(actual, expected);
    }

    private ShouldHaveCompletedWith(Outcome actual, long[] expected) {
        super("%nExpecting the guest on %s to complete with the values:%n  %s%nbut it ended as:%n  %s",
                unquotedString(actual.runtime()), unquotedString(Arrays.toString(expected)),
                unquotedString(actual.summary()));
    }
}
