package io.github.wasmsandbox.assertions;

import io.github.wasmsandbox.api.Outcome;
import org.apiguardian.api.API;

/**
 * Assertions on an {@link Outcome}; start with {@link WasmAssertions#assertThat(Outcome)}.
 *
 * <pre>{@code
 * new OutcomeAssert(preempted).isPreempted();   // passes
 * new OutcomeAssert(preempted).isCompleted();   // fails: "to end as: COMPLETED but it ended as: PREEMPTED ..."
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class OutcomeAssert extends AbstractOutcomeAssert<OutcomeAssert> {

    /**
     * Assertions on {@code actual} (public for AssertJ's soft-assertion proxies).
     *
     * @param actual the outcome to check; null fails every check but {@code isNull()}
     */
    public OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }
}
