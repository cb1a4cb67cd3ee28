package io.github.wasmsandbox.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

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
}
