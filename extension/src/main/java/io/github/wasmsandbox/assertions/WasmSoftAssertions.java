package io.github.wasmsandbox.assertions;

import io.github.wasmsandbox.api.Outcome;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on outcomes: collects every failure and reports them together.
 *
 * <pre>{@code
 * WasmSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(interpreterOutcome).isPreempted();
 *     softly.assertThat(compilerOutcome).isPreempted();
 * });
 * // passes when both were preempted; fails once, with "Multiple Failures (2 failures)" and each message, when
 * // neither was
 * }</pre>
 *
 * Or by hand: {@code new WasmSoftAssertions()}, any number of {@code assertThat(...)} checks, then
 * {@link #assertAll()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class WasmSoftAssertions extends AbstractSoftAssertions {

    /** Soft assertions to fill and then {@link #assertAll()}. */
    public WasmSoftAssertions() {
        super();
    }

    /**
     * Soft assertions on an outcome.
     *
     * <pre>{@code
     * softly.assertThat(preempted).isPreempted();   // passes: nothing collected
     * softly.assertThat(completed).isPreempted();   // collected, reported by assertAll()
     * }</pre>
     */
    public OutcomeAssert assertThat(Outcome actual) {
        return proxy(OutcomeAssert.class, Outcome.class, actual);
    }

    /**
     * Runs {@code softly} with fresh soft assertions, then fails with every failure it collected, if any.
     *
     * <pre>{@code
     * WasmSoftAssertions.assertSoftly(softly -> softly.assertThat(preempted).isPreempted());   // passes
     * WasmSoftAssertions.assertSoftly(softly -> {
     *     softly.assertThat(completed).isPreempted();
     *     softly.assertThat(completed).isOutOfFuel();
     * });   // fails: "Multiple Failures (2 failures)"
     * }</pre>
     */
    public static void assertSoftly(Consumer<WasmSoftAssertions> softly) {
        Objects.requireNonNull(softly, "softly");
        WasmSoftAssertions assertions = new WasmSoftAssertions();
        softly.accept(assertions);
        assertions.assertAll();
    }
}
