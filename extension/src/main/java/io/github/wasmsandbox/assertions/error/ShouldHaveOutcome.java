package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed outcome-kind check.
 *
 * <pre>{@code
 * assertThat(preempted).isPreempted();   // passes: no message made
 * assertThat(completed).isPreempted();   // fails with shouldHaveOutcome(completed, PREEMPTED).create():
 *                                       // "Expecting the guest run on ... to end as: PREEMPTED but it ended as: COMPLETED ..."
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveOutcome extends BasicErrorMessageFactory {

    /** The message for an outcome that is not of the expected kind. */
    public static ErrorMessageFactory shouldHaveOutcome(Outcome actual, OutcomeKind expected) {
        return new ShouldHaveOutcome(actual, expected);
    }

    /** The message for an outcome that is none of the expected kinds ({@code isStopped()}: PREEMPTED or KILLED). */
    public static ErrorMessageFactory shouldHaveOutcome(Outcome actual, Set<OutcomeKind> expected) {
        return new ShouldHaveOutcome(actual, String.join(" or ", new TreeSet<>(expected).stream().map(Enum::name).toList()));
    }

    private ShouldHaveOutcome(Outcome actual, OutcomeKind expected) {
        this(actual, expected.name());
    }

    private ShouldHaveOutcome(Outcome actual, String expected) {
        super("%nExpecting the guest run on %s to end as:%n  %s%nbut it ended as:%n  %s%nunder the limits:%n  %s",
                unquotedString(actual.runtime()), unquotedString(expected), unquotedString(actual.summary()),
                unquotedString(actual.limits().toString()));
    }
}
