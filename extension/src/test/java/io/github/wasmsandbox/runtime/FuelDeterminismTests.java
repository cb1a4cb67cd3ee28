package io.github.wasmsandbox.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.testing.Deviations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Injected fuel means the same thing on every runtime: each fixture, run with a fuel budget, ends the same way
 * and consumes exactly the same fuel on every runtime (Chicory's and Endive's interpreters and compilers,
 * Wasmtime). Fixtures that escape an interpreter's interruption (known deviations) are included on purpose:
 * injected fuel stops them.
 */
@DisplayName("Injected fuel is deterministic across runtimes")
class FuelDeterminismTests {

    private static final List<String> RUNTIMES = Sandboxes.availableRuntimes();
    /** Outcomes whose fuel count depends on nothing but the guest's code and the budget. */
    private static final Set<OutcomeKind> DETERMINISTIC =
            EnumSet.of(OutcomeKind.COMPLETED, OutcomeKind.OUT_OF_FUEL, OutcomeKind.TRAPPED, OutcomeKind.MEMORY_LIMIT);
    private static final long BUDGET = 200_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileFixture.class)
    @DisplayName("same outcome and same fuel on every runtime")
    void sameFuelEverywhere(HostileFixture fixture) {
        assumeTrue(RUNTIMES.size() > 1, "needs two runtimes to compare");
        assumeTrue(RUNTIMES.stream().allMatch(r -> Deviations.of(fixture, r)
                        .map(d -> d.outcome() == OutcomeKind.ESCAPED).orElse(true)),
                () -> "the runtimes cannot run this fixture alike: " + RUNTIMES.stream()
                        .flatMap(r -> Deviations.of(fixture, r).stream()).findFirst().orElseThrow().reason());
        assumeTrue(fixture.stoppedBy() != Limit.STACK,
                "how deep a guest recurses before its stack runs out depends on each runtime's frame size");
        SandboxLimits.Builder builder = SandboxLimits.forFixture(fixture).toBuilder().fuel(BUDGET);
        if (fixture.imports().isEmpty() && !fixture.features().contains(WasmFeature.BULK_MEMORY)) {
            // Fuel alone must stop it; the deadline is only a backstop, far enough not to race the fuel. Host
            // calls that block, and bulk-memory instructions (1 fuel per instruction whatever its size, as in
            // Wasmtime), are stopped by the fixture's own deadline.
            builder.deadline(SandboxLimits.FIXTURE_BACKSTOP);
        }
        SandboxLimits limits = builder.build();
        List<Outcome> outcomes = RUNTIMES.stream().map(r -> run(r, fixture, limits)).toList();
        assumeTrue(outcomes.stream().allMatch(o -> DETERMINISTIC.contains(o.kind())),
                () -> "ends as " + outcomes.stream().map(o -> o.kind().name()).toList()
                        + ", which depends on timing, not on fuel");
        Outcome first = outcomes.get(0);
        assertThat(first.fuelConsumed()).as("fuel on %s", first.runtime()).isPresent();
        for (Outcome other : outcomes.subList(1, outcomes.size())) {
            assertThat(other.kind()).as("outcome on %s", other.runtime()).isEqualTo(first.kind());
            assertThat(other.fuelConsumed()).as("fuel on %s", other.runtime()).isEqualTo(first.fuelConsumed());
        }
        fixture.expectedFuel().ifPresent(expected -> assertThat(first.fuelConsumed()).hasValue(expected));
    }

    private static Outcome run(String runtime, HostileFixture fixture, SandboxLimits limits) {
        try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
            return sandbox.run(Invocation.of(fixture));
        }
    }
}
