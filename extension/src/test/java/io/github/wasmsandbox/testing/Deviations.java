package io.github.wasmsandbox.testing;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.Optional;

/** The known deviations the registered runtime adapters declare, looked up by fixture and runtime name. */
public final class Deviations {

    private static final RuntimeRegistry REGISTRY = RuntimeRegistry.discover();

    private Deviations() {}

    /** The deviation of {@code fixture} on the runtime named {@code runtime}, if it declares one. */
    public static Optional<KnownDeviation> of(HostileFixture fixture, String runtime) {
        return REGISTRY.get(runtime).knownDeviation(fixture.id());
    }

    /** What the runtime named {@code runtime} really reports for {@code fixture}. */
    public static OutcomeKind expectedOutcomeOn(HostileFixture fixture, String runtime) {
        return REGISTRY.get(runtime).expectedOutcome(fixture);
    }

    /** Whether {@code fixture} is documented to escape on {@code runtime}. */
    public static boolean escapes(HostileFixture fixture, String runtime) {
        return of(fixture, runtime).map(d -> d.outcome() == OutcomeKind.ESCAPED).orElse(false);
    }
}
