package io.github.wasmsandbox.tck;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.Sandboxes;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.outcome.OutcomeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * TCK for runtime authors: subclass in your tests, return your runtime's name, and every catalog fixture becomes a
 * dynamic test. A row whose outcome is UNSUPPORTED is aborted (skipped), not failed.
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
                Outcome o;
                try (Sandbox s = Sandboxes.open(runtimeName(), SandboxLimits.forFixture(f))) {
                    o = s.run(Invocation.of(f));
                }
                if (o.kind() != f.expectedOutcome()) {
                    Assumptions.assumeFalse(o.kind() == OutcomeKind.UNSUPPORTED,
                            () -> f.id() + ": unsupported on " + runtimeName() + ": " + o.message());
                    throw new AssertionError(String.format("%-32s expected %-12s got %-12s %s",
                            f.id(), f.expectedOutcome(), o.kind(), o.message()));
                }
            }));
        }
        return tests;
    }
}
