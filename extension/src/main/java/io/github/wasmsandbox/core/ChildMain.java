package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.isolation.ChildServer;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The main class of the child JVM of process isolation: serves the parent's requests with in-process sandboxes.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChildMain {

    private ChildMain() {}

    /** Serves requests until stdin closes. */
    public static void main(String[] args) throws IOException {
        ChildServer.serve(runtime -> Sandboxes.open(runtime, SandboxLimits.NONE));
    }
}
