package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;

/**
 * Opens process-isolated sandboxes; {@code Sandboxes.open(runtime, limits, Isolation.PROCESS)} is the public way.
 *
 * @since 0.1.0
 */
public final class ProcessSandboxes {

    private ProcessSandboxes() {}

    /** A sandbox with a child JVM of its own, stopped when the sandbox closes. */
    public static Sandbox open(String runtime, SandboxLimits limits) {
        return ProcessSandbox.owningItsChild(runtime, limits);
    }
}
