package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The result of one case on one runtime.
 *
 * @param caseName the case's name
 * @param runtime the runtime
 * @param caseExpected the outcomes the case expects on any runtime
 * @param expected the outcomes that pass on this runtime (a documented deviation replaces {@code caseExpected})
 * @param outcome what happened
 * @param status pass, known deviation, unsupported or fail
 * @param note why a row deviates or failed, in one sentence; empty for a plain pass
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConformanceRow(
        String caseName, String runtime, Set<OutcomeKind> caseExpected, Set<OutcomeKind> expected, Outcome outcome,
        RowStatus status, Optional<String> note) {

    /** Validates and copies the components. */
    public ConformanceRow {
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(runtime, "runtime");
        caseExpected = Set.copyOf(caseExpected);
        expected = Set.copyOf(expected);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the row passes ({@link RowStatus#passes()}). */
    public boolean pass() {
        return status.passes();
    }

    /** Latency for preempted rows, otherwise fuel, otherwise "-": the metric column of the tables. */
    public String metric() {
        if (outcome.latency().isPresent()) {
            return Reports.millis(outcome.latency().get()) + " ms";
        }
        if (outcome.fuelConsumed().isPresent()) {
            return outcome.fuelConsumed().getAsLong() + " fuel";
        }
        return "-";
    }
}
