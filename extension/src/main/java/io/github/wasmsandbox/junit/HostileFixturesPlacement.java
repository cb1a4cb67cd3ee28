package io.github.wasmsandbox.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Fails a method whose {@link HostileFixtures} would supply nothing: one that is neither a
 * {@code @ParameterizedTest} nor a {@link SandboxTest} (JUnit ignores an {@code ArgumentsSource} anywhere else, so
 * the method would run once, with no fixture). Both at once are failed by the two template providers.
 */
final class HostileFixturesPlacement implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        if (!AnnotationSupport.isAnnotated(method, ParameterizedTest.class)
                && !AnnotationSupport.isAnnotated(method, SandboxTest.class)) {
            throw new ExtensionConfigurationException("@HostileFixtures on " + SandboxStore.element(context)
                    + " supplies no fixture there: annotate the method with @ParameterizedTest (one invocation per "
                    + "fixture) or @SandboxTest (one per runtime and fixture)");
        }
    }

    /** Fails a {@code @SandboxTest} with {@code @HostileFixtures} that is also a {@code @ParameterizedTest}. */
    static void requireNotParameterized(ExtensionContext context) {
        if (AnnotationSupport.isAnnotated(context.getRequiredTestMethod(), ParameterizedTest.class)) {
            throw bothTemplates(context);
        }
    }

    /** The failure of a method that is both a {@code @ParameterizedTest} and a {@code @SandboxTest}. */
    static ExtensionConfigurationException bothTemplates(ExtensionContext context) {
        return new ExtensionConfigurationException("@HostileFixtures on " + SandboxStore.element(context) + ": the "
                + "method is both a @ParameterizedTest and a @SandboxTest, so it would run twice over; keep "
                + "@SandboxTest to run each fixture on every runtime of its @WasmSandbox, or @ParameterizedTest to "
                + "run each fixture once (through your own host)");
    }
}
