package io.github.wasmsandbox.report;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One conformance check: a named guest, how to run it, under which limits, and the outcomes that count as a
 * pass. Built from a catalog fixture ({@link #of(HostileFixture)}) or from a user's fixture file
 * ({@link FixtureDirectory}).
 *
 * @param name the name shown in reports (a fixture id or a file name)
 * @param invocation what to run
 * @param limits the limits to run it under
 * @param expected the outcomes that pass on any runtime
 * @param fixture the catalog fixture, whose {@link KnownDeviation}s apply per runtime, if this is one
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConformanceCase(
        String name, Invocation invocation, SandboxLimits limits, Set<OutcomeKind> expected, Optional<HostileFixture> fixture) {

    /** Validates and copies the components. */
    public ConformanceCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(fixture, "fixture");
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("conformance case '" + name + "' expects no outcome; give at least one");
        }
        expected = Set.copyOf(EnumSet.copyOf(expected));
    }

    /** The case of a catalog fixture: its invocation, {@link SandboxLimits#forFixture} and its expected outcome. */
    public static ConformanceCase of(HostileFixture fixture) {
        return new ConformanceCase(fixture.id(), Invocation.of(fixture), SandboxLimits.forFixture(fixture),
                Set.of(fixture.expectedOutcome()), Optional.of(fixture));
    }

    /** Every fixture of the built-in catalog, in catalog order. */
    public static List<ConformanceCase> catalog() {
        return Arrays.stream(HostileFixture.values()).map(ConformanceCase::of).toList();
    }

    /** A user's case; the catalog's standard host functions ({@link FixtureHost}) are offered to it. */
    public static ConformanceCase user(String name, Invocation invocation, SandboxLimits limits, Set<OutcomeKind> expected) {
        return new ConformanceCase(name, invocation, limits, expected, Optional.empty());
    }

    /** The documented deviation of this case on {@code runtime}, if it is a catalog fixture that has one. */
    public Optional<KnownDeviation> deviationOn(SandboxRuntime runtime) {
        return fixture.flatMap(f -> runtime.knownDeviation(f.id()));
    }

    /**
     * The outcomes that pass on {@code runtime}: {@link #expected()} plus the documented deviation there. A
     * documented escape also passes as KILLED: the same guest, contained by process isolation. (A guest documented
     * to escape can still be PREEMPTED, when the stop request arrives before it reaches the loop.)
     */
    public Set<OutcomeKind> expectedOn(SandboxRuntime runtime) {
        Set<OutcomeKind> kinds = EnumSet.copyOf(expected);
        deviationOn(runtime).ifPresent(d -> {
            kinds.add(d.outcome());
            if (d.outcome() == OutcomeKind.ESCAPED) {
                kinds.add(OutcomeKind.KILLED);
            }
        });
        return Set.copyOf(kinds);
    }

    /** Whether the guest is documented to escape on {@code runtime} (keeps running after its hard ceiling). */
    public boolean knownToEscapeOn(SandboxRuntime runtime) {
        return deviationOn(runtime).map(d -> d.outcome() == OutcomeKind.ESCAPED).orElse(false);
    }
}
