package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of failed trap checks: by the runtime's trap name, or by the portable trap kind.
 *
 * <pre>{@code
 * assertThat(divByZero).isTrappedWith(TrapKind.INTEGER_DIVIDE_BY_ZERO);   // passes: no message made
 * assertThat(divByZero).isTrappedWith(TrapKind.UNREACHABLE);
 * // fails: "to trap with the kind: UNREACHABLE but it trapped with the kind: INTEGER_DIVIDE_BY_ZERO"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveTrappedWith extends BasicErrorMessageFactory {

    /** The message for a run that did not trap with {@code trap}. */
    public static ErrorMessageFactory shouldHaveTrappedWith(Outcome actual, String trap) {
        return new ShouldHaveTrappedWith(actual, trap);
    }

    /**
     * The message for a run that did not trap with the portable kind {@code expected} (a {@code TrapKind} name).
     *
     * @param actualKind the kind the outcome's trap maps to, or null when the outcome records no trap
     */
    public static ErrorMessageFactory shouldHaveTrappedWithKind(Outcome actual, String expected, String actualKind) {
        return new ShouldHaveTrappedWith("%nExpecting the guest on %s to trap with the kind:%n  %s%nbut %s:%n  %s%n(%s)",
                unquotedString(actual.runtime()), unquotedString(expected),
                unquotedString(actualKind == null ? "it did not trap; it ended as" : "it trapped with the kind"),
                unquotedString(actualKind == null ? actual.kind().name() : actualKind), unquotedString(actual.summary()));
    }

    private ShouldHaveTrappedWith(Outcome actual, String trap) {
        this("%nExpecting the guest on %s to trap with:%n  %s%nbut it ended as:%n  %s",
                unquotedString(actual.runtime()), trap, unquotedString(actual.summary()));
    }

    private ShouldHaveTrappedWith(String format, Object... arguments) {
        super(format, arguments);
    }
}
