package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One open engine of a runtime, shared by the sandboxes opened from it: modules are compiled (and rewritten)
 * once per engine, engine-wide threads such as an epoch ticker live as long as it. The {@code @WasmSandbox}
 * extension keeps one per test class and runtime. Closing it closes the runtime's engine; sandboxes opened from
 * it must be closed first (each stops its own guests).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SandboxEngine implements AutoCloseable {

    private final EngineHandle handle;

    SandboxEngine(EngineHandle handle) {
        this.handle = handle;
    }

    /** The runtime's name. */
    public String runtime() {
        return handle.runtime().name();
    }

    /** A sandbox with {@code limits} over this engine; {@code listener} is told of every outcome it reports. */
    public Sandbox sandbox(SandboxLimits limits, Consumer<Outcome> listener) {
        return new DefaultSandbox(handle, false, limits, listener);
    }

    /** The number of distinct modules this engine has prepared (compiled, and rewritten where needed). */
    public int preparedModuleCount() {
        return handle.preparedModuleCount();
    }

    @Override
    public void close() {
        handle.close();
    }
}
