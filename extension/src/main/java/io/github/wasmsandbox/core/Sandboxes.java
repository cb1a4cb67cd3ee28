package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Isolation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.isolation.ChildHost;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.List;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Sandboxes {

    /** The runtime used when none is named: pure Java, embedded, fast. */
    public static final String DEFAULT_RUNTIME = "chicory-compiler";

    private Sandboxes() {}

    /** Opens a sandbox on the named runtime; closing the sandbox closes its engine. */
    public static Sandbox open(String runtime, SandboxLimits limits) {
        return open(RuntimeRegistry.discover().require(runtime), limits);
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
            case PROCESS -> ChildHost.owning(ChildMain.class.getName(), RuntimeRegistry.discover().require(runtime).name(), limits);
        };
    }

    /** Opens a sandbox on the {@linkplain #DEFAULT_RUNTIME default runtime}. */
    public static Sandbox open(SandboxLimits limits) {
        return open(DEFAULT_RUNTIME, limits);
    }

    /**
     * Opens an engine of the named runtime that several sandboxes share (compiled modules are cached by the
     * engine, epoch tickers live as long as it); closing it closes every sandbox opened from it.
     */
    public static SandboxEngine openEngine(String runtime) {
        return openEngine(RuntimeRegistry.discover().require(runtime));
    }

    /** Opens a shared engine of an adapter instance, registered or not. */
    public static SandboxEngine openEngine(SandboxRuntime runtime) {
        return new SandboxEngine(EngineHandle.open(runtime));
    }

    /**
     * A child JVM host for process isolation, shared by the sandboxes it opens (started on first use, replaced
     * when a guest cannot be stopped in it); closing it stops the child.
     */
    public static ChildHost openProcessHost() {
        return new ChildHost(ChildMain.class.getName());
    }

    /**
     * {@link #openProcessHost()} whose child JVMs run at the lowest CPU priority where the system allows it
     * ({@link ChildHost#lowPriorityAvailable()}): for guests that must not take CPU from measurements in this JVM.
     */
    public static ChildHost openLowPriorityProcessHost() {
        return new ChildHost(ChildMain.class.getName(), true);
    }

    /** The names of the runtimes usable on this machine. */
    public static List<String> availableRuntimes() {
        return RuntimeRegistry.discover().availableNames();
    }
}
