package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The resolved configuration of one {@link WasmSandbox} test: the runtimes and the limits, after the
 * attribute, enclosing-annotation, configuration-parameter and built-in-default steps.
 *
 * @param runtimes the runtime names, in declaration order, at least one
 * @param limits the limits of every sandbox of the test
 * @param isolation where the test's guests run
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record SandboxConfiguration(List<String> runtimes, SandboxLimits limits, Isolation isolation) {

    /** Copies the list. */
    public SandboxConfiguration {
        runtimes = List.copyOf(runtimes);
    }
}
