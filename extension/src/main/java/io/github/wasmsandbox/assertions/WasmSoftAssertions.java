package io.github.wasmsandbox.assertions;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on outcomes: collects every failure and reports them together.
 *
 * <pre>{@code
 * WasmSoftAssertions softly = new WasmSoftAssertions();
 * softly.assertThat(interpreterOutcome).isPreempted();
 * softly.assertThat(compilerOutcome).isPreempted();
 * softly.assertAll();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class WasmSoftAssertions extends AbstractSoftAssertions {

    /** Soft assertions on an outcome. */
    public OutcomeAssert assertThat(Outcome actual) {
        return proxy(OutcomeAssert.class, Outcome.class, actual);
    }
}
