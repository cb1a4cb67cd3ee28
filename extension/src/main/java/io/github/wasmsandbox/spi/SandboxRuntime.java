package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.outcome.Limit;
import java.util.Optional;
import java.util.Set;

/**
 * A WebAssembly runtime that wasm-sandbox can drive: the service-provider interface that runtime adapters
 * implement. Adapters are found with {@link java.util.ServiceLoader}: list the implementation class in
 * {@code META-INF/services/io.github.wasmsandbox.spi.SandboxRuntime}. See {@code docs/spi.md}.
 *
 * <p>The core does the runtime-neutral work: it runs each guest on a dedicated thread, watches the deadline
 * and the hard ceiling, measures latency, and reports {@code UNSUPPORTED} for a limit the runtime does not
 * list in {@link #enforcedLimits()} (unless the core can enforce it portably, by rewriting the module).
 *
 * @since 0.1.0
 */
public interface SandboxRuntime {

    /** The runtime's unique name, in kebab case, e.g. {@code chicory-interpreter}. */
    String name();

    /** Why the runtime cannot be used on this machine (e.g. no native library for this platform), if so. */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /** The limits this runtime enforces itself, natively. */
    Set<Limit> enforcedLimits();

    /**
     * Opens an engine: the runtime's long-lived state (compiled-module caches, epoch ticker threads, native
     * handles). The core closes it.
     */
    RuntimeEngine openEngine();
}
