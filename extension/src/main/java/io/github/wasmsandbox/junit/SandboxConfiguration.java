package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The resolved configuration of one {@link WasmSandbox} element (class, nested class or method): the runtimes
 * and the limits, after the method, class hierarchy, enclosing-class, configuration-parameter and
 * built-in-default steps.
 *
 * @param runtimes the runtime names, in declaration order, at least one
 * @param limits the limits of every sandbox of the element
 * @param isolation where the element's guests run
 * @param unavailableRuntime what happens when one of the runtimes cannot run here: {@code FAIL} or {@code SKIP}
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record SandboxConfiguration(List<String> runtimes, SandboxLimits limits, Isolation isolation,
        UnavailableRuntime unavailableRuntime) {

    /** Copies the list and checks that the unavailable-runtime choice is resolved. */
    public SandboxConfiguration {
        runtimes = List.copyOf(runtimes);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(isolation, "isolation");
        if (unavailableRuntime == null || unavailableRuntime == UnavailableRuntime.UNSET) {
            throw new IllegalArgumentException("unavailableRuntime must be FAIL or SKIP, but was " + unavailableRuntime);
        }
    }
}
