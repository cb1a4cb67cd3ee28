package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An open {@link RuntimeEngine} with its cache of prepared modules (keyed by the module's SHA-256), shared
 * by every sandbox over that engine. Closing it closes the engine.
 */
public final class EngineHandle implements AutoCloseable {

    private final SandboxRuntime runtime;
    private final RuntimeEngine engine;
    private final Map<String, Prepared> cache = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private EngineHandle(SandboxRuntime runtime, RuntimeEngine engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** Opens the engine of {@code runtime}; fails with the runtime's reason when it is unavailable here. */
    public static EngineHandle open(SandboxRuntime runtime) {
        runtime.unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("runtime '" + runtime.name() + "' is not available on this machine: " + reason);
        });
        return new EngineHandle(runtime, runtime.openEngine());
    }

    /** The runtime adapter. */
    public SandboxRuntime runtime() {
        return runtime;
    }

    /** The open engine. */
    public RuntimeEngine engine() {
        return engine;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Prepares (or fetches from the cache) {@code wasm}, identified by {@code key}. */
    Prepared prepare(String key, byte[] wasm) {
        return cache.computeIfAbsent(key, k -> {
            try {
                return new Prepared(engine.prepare(wasm), null);
            } catch (InvalidModuleException e) {
                return new Prepared(null, e);
            }
        });
    }

    /** Prepares (or fetches from the cache) a module. */
    Prepared prepare(GuestModule module) {
        return prepare(module.sha256(), module.bytes());
    }

    /** The number of distinct modules prepared so far (for tests of the cache). */
    public int preparedModuleCount() {
        return cache.size();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cache.clear();
            engine.close();
        }
    }

    /** A prepared module, or why it could not be prepared. */
    record Prepared(PreparedModule module, InvalidModuleException failure) {}
}
