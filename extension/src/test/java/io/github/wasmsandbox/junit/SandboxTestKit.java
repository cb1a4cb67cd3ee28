package io.github.wasmsandbox.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a fixture test class through the Jupiter engine and returns its events, for tests of the extension. */
final class SandboxTestKit {

    private SandboxTestKit() {}

    static EngineExecutionResults executeTestClass(Class<?> testClass) {
        return executeTestClass(testClass, Map.of());
    }

    static EngineExecutionResults executeTestClass(Class<?> testClass, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameters(configuration)
                .selectors(selectClass(testClass))
                .execute();
    }

    /** The exception of the only failed container (a test class), checking that no test started. */
    static Throwable containerFailure(EngineExecutionResults results) {
        List<Event> failed = results.containerEvents().failed().list();
        if (failed.size() != 1) {
            throw new AssertionError("expected exactly one failed container, but got " + failed);
        }
        results.testEvents().assertStatistics(s -> s.started(0));
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }
}
