package io.github.wasmsandbox.assertions.error;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of failed fuel checks.
 *
 * <pre>{@code
 * assertThat(outcome).hasConsumedFuelAtMost(1_000);   // passes with fuel 17: no message made
 * assertThat(outcome).hasConsumedFuel(10);   // fails: "to consume exactly: 10 fuel, but it consumed: 17"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ShouldHaveConsumedFuel extends BasicErrorMessageFactory {

    /** The message for a run that consumed more fuel than {@code max}. */
    public static ErrorMessageFactory shouldHaveConsumedFuelAtMost(Outcome actual, long max) {
        return new ShouldHaveConsumedFuel(actual, "at most", max);
    }

    /** The message for a run that did not consume exactly {@code expected} fuel. */
    public static ErrorMessageFactory shouldHaveConsumedFuel(Outcome actual, long expected) {
        return new ShouldHaveConsumedFuel(actual, "exactly", expected);
    }

    private ShouldHaveConsumedFuel(Outcome actual, String relation, long fuel) {
        super("%nExpecting the guest on %s to consume %s:%n  %s%nfuel, but it consumed:%n  %s%n(%s)",
                unquotedString(actual.runtime()), unquotedString(relation), fuel,
                unquotedString(actual.fuelConsumed().isPresent()
                        ? Long.toString(actual.fuelConsumed().getAsLong())
                        : "nothing measured: fuel was not metered"),
                unquotedString(actual.summary()));
    }
}
