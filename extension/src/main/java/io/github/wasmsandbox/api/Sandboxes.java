package io.github.wasmsandbox.api;

import io.github.wasmsandbox.core.DefaultSandbox;
import io.github.wasmsandbox.core.EngineHandle;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.isolation.ProcessSandboxes;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.List;

/**
 * Opens sandboxes outside JUnit (inside a test, prefer {@code @WasmSandbox}, which opens and closes them).
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandboxes.open("chicory-interpreter", SandboxLimits.builder().deadlineMillis(100).build())) {
 *     assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Sandboxes {

    /** The runtime used when none is named: pure Java, embedded, fast. */
    public static final String DEFAULT_RUNTIME = "chicory-compiler";

    private Sandboxes() {}

    /** Opens a sandbox on the named runtime; closing the sandbox closes its engine. */
    public static Sandbox open(String runtime, SandboxLimits limits) {
        EngineHandle engine = EngineHandle.open(RuntimeRegistry.discover().get(runtime));
        return new DefaultSandbox(engine, true, limits, outcome -> { });
    }

    /**
     * Opens a sandbox on an adapter instance, registered or not (for example one under test in the TCK);
     * closing the sandbox closes its engine.
     */
    public static Sandbox open(SandboxRuntime runtime, SandboxLimits limits) {
        return new DefaultSandbox(EngineHandle.open(runtime), true, limits, outcome -> { });
    }

    /**
     * Opens a sandbox on the named runtime with the given isolation; with {@link Isolation#PROCESS} its guests run
     * in a child JVM of their own, stopped when the sandbox closes.
     */
    public static Sandbox open(String runtime, SandboxLimits limits, Isolation isolation) {
        return switch (isolation) {
            case IN_PROCESS -> open(runtime, limits);
            case PROCESS -> ProcessSandboxes.open(runtime, limits);
        };
    }

    /** Opens a sandbox on the {@linkplain #DEFAULT_RUNTIME default runtime}. */
    public static Sandbox open(SandboxLimits limits) {
        return open(DEFAULT_RUNTIME, limits);
    }

    /** The names of the runtimes usable on this machine. */
    public static List<String> availableRuntimes() {
        return RuntimeRegistry.discover().available().stream().map(r -> r.name()).toList();
    }
}
