package io.github.wasmsandbox.runtime;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.testing.Deviations;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The hostile catalog on every runtime")
class CatalogTests {

    static Stream<Arguments> fixturesOnRuntimes() {
        return Sandboxes.availableRuntimes().stream()
                .flatMap(runtime -> Arrays.stream(HostileFixture.values()).map(f -> Arguments.of(runtime, f)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("fixturesOnRuntimes")
    @DisplayName("ends every fixture as the catalog expects")
    void catalog(String runtime, HostileFixture fixture) {
        assumeFalse(Deviations.expectedOutcomeOn(fixture, runtime) == OutcomeKind.ESCAPED,
                () -> "known to escape on " + runtime + " (" + Deviations.of(fixture, runtime).orElseThrow().reason()
                        + "); an escaped guest would burn a core for the rest of the test JVM, so the conformance"
                        + " report shows it instead");
        SandboxLimits limits = SandboxLimits.forFixture(fixture);
        try (Sandbox sandbox = Sandboxes.open(runtime, limits)) {
            Outcome outcome = sandbox.run(Invocation.of(fixture));
            OutcomeKind expected = Deviations.expectedOutcomeOn(fixture, runtime);
            assertThat(outcome).hasKind(expected);
            if (expected == OutcomeKind.COMPLETED) {
                fixture.expectedValues().ifPresent(values -> assertThat(outcome).completedWith(values));
            }
        }
    }
}
