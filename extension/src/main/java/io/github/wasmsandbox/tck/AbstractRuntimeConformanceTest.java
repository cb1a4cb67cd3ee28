package io.github.wasmsandbox.tck;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.KnownDeviation;
import io.github.wasmsandbox.outcome.OutcomeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * TCK for runtime authors: subclass in your tests, return your runtime's name, and every catalog fixture becomes a
 * dynamic test. A row whose outcome is UNSUPPORTED is aborted (skipped), not failed; a documented
 * {@link KnownDeviation} is the expected outcome, except escapes, which are skipped so no guest thread keeps
 * burning a core in the test JVM.
 */
public abstract class AbstractRuntimeConformanceTest {

    /** The name the runtime is registered under (see {@link Sandboxes#availableRuntimes()}). */
    protected abstract String runtimeName();

    /** One dynamic test per catalog fixture. */
    @TestFactory
    public List<DynamicTest> catalog() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileFixture f : HostileFixture.values()) {
            tests.add(DynamicTest.dynamicTest(f.id() + " on " + runtimeName(), () -> {
                var deviation = KnownDeviation.of(f, runtimeName());
                Assumptions.assumeFalse(deviation.map(d -> d.outcome() == OutcomeKind.ESCAPED).orElse(false),
                        () -> f.id() + ": known to escape on " + runtimeName() + " ("
                                + deviation.orElseThrow().reason() + "); not run in the test JVM");
                OutcomeKind expected = f.expectedOutcomeOn(runtimeName());
                Outcome o;
                try (Sandbox s = Sandboxes.open(runtimeName(), SandboxLimits.forFixture(f))) {
                    o = s.run(Invocation.of(f));
                }
                if (o.kind() != expected) {
                    Assumptions.assumeFalse(o.kind() == OutcomeKind.UNSUPPORTED,
                            () -> f.id() + ": unsupported on " + runtimeName() + ": " + o.message());
                    throw new AssertionError(String.format("%-32s expected %-12s got %-12s %s",
                            f.id(), expected, o.kind(), o.message()));
                }
            }));
        }
        return tests;
    }
}
