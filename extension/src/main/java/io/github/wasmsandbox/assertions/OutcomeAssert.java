package io.github.wasmsandbox.assertions;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;

/**
 * Assertions on an {@link Outcome}; start with {@link WasmAssertions#assertThat(Outcome)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class OutcomeAssert extends AbstractOutcomeAssert<OutcomeAssert> {

    /** Assertions on {@code actual} (public for AssertJ's soft-assertion proxies). */
    public OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }
}
