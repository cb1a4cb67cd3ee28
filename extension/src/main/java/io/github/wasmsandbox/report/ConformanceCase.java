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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param expectedByRuntime for a user's case: the outcomes that also pass on one runtime, by runtime name (a
 *     fixture's {@code ;; @expect-on RUNTIME OUTCOME|...} lines); they count as that runtime's documented deviation
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConformanceCase(
        String name, Invocation invocation, SandboxLimits limits, Set<OutcomeKind> expected, Optional<HostileFixture> fixture,
        Map<String, Set<OutcomeKind>> expectedByRuntime) {

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
        Map<String, Set<OutcomeKind>> byRuntime = new LinkedHashMap<>();
        expectedByRuntime.forEach((runtime, kinds) -> {
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("conformance case '" + name + "' expects no outcome on " + runtime
                        + "; give at least one");
            }
            byRuntime.put(runtime, Set.copyOf(EnumSet.copyOf(kinds)));
        });
        if (fixture.isPresent() && !byRuntime.isEmpty()) {
            throw new IllegalArgumentException("conformance case '" + name + "' is a catalog fixture: its per-runtime"
                    + " expectations are the runtimes' KnownDeviations, not expectedByRuntime");
        }
        expectedByRuntime = java.util.Collections.unmodifiableMap(byRuntime);
    }

    /** A case without per-runtime expectations. */
    public ConformanceCase(String name, Invocation invocation, SandboxLimits limits, Set<OutcomeKind> expected,
                           Optional<HostileFixture> fixture) {
        this(name, invocation, limits, expected, fixture, Map.of());
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

    /** A user's case with per-runtime expectations ({@code ;; @expect-on} lines of its fixture file). */
    public static ConformanceCase user(String name, Invocation invocation, SandboxLimits limits, Set<OutcomeKind> expected,
                                       Map<String, Set<OutcomeKind>> expectedByRuntime) {
        return new ConformanceCase(name, invocation, limits, expected, Optional.empty(), expectedByRuntime);
    }

    /**
     * The documented deviation of this case on {@code runtime}: a catalog fixture's {@link KnownDeviation}, or a
     * user's {@code @expect-on} line for that runtime (its outcome: ESCAPED if it lists that, else the first listed).
     */
    public Optional<KnownDeviation> deviationOn(SandboxRuntime runtime) {
        if (fixture.isPresent()) {
            return fixture.flatMap(f -> runtime.knownDeviation(f.id()));
        }
        Set<OutcomeKind> declared = expectedByRuntime.get(runtime.name());
        if (declared == null) {
            return Optional.empty();
        }
        OutcomeKind outcome = declared.contains(OutcomeKind.ESCAPED) ? OutcomeKind.ESCAPED
                : EnumSet.copyOf(declared).iterator().next();
        return Optional.of(new KnownDeviation(name, outcome, KnownDeviation.Attribution.RUNTIME_LIMITATION,
                "declared by the fixture: @expect-on " + runtime.name() + " " + Reports.outcomes(declared), name));
    }

    /**
     * The outcomes that pass on {@code runtime}: {@link #expected()} plus the documented deviation there. A
     * documented escape also passes as KILLED: the same guest, contained by process isolation. (A guest documented
     * to escape can still be PREEMPTED, when the stop request arrives before it reaches the loop.)
     */
    public Set<OutcomeKind> expectedOn(SandboxRuntime runtime) {
        Set<OutcomeKind> kinds = EnumSet.copyOf(expected);
        deviationOn(runtime).ifPresent(d -> kinds.add(d.outcome()));
        kinds.addAll(expectedByRuntime.getOrDefault(runtime.name(), Set.of()));
        if (kinds.contains(OutcomeKind.ESCAPED) && !expected.contains(OutcomeKind.ESCAPED)) {
            kinds.add(OutcomeKind.KILLED);
        }
        return Set.copyOf(kinds);
    }

    /** Whether the guest is documented to escape on {@code runtime} (keeps running after its hard ceiling). */
    public boolean knownToEscapeOn(SandboxRuntime runtime) {
        return deviationOn(runtime).map(d -> d.outcome() == OutcomeKind.ESCAPED).orElse(false);
    }
}
