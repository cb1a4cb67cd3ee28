package io.github.wasmsandbox.junit;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.Optional;
import java.util.Set;

/**
 * A runtime adapter that is registered (in the test class path's {@code META-INF/services}) but never available,
 * like {@code wasmtime} on a machine without its native library: the tests of the unavailable-runtime handling
 * use it, since wasmtime is available where the build runs.
 */
public final class UnavailableTestRuntime implements SandboxRuntime {

    /** The runtime's name. */
    public static final String NAME = "unavailable-for-tests";
    /** Why it cannot run. */
    public static final String REASON = "it exists only to test unavailable runtimes; add the dependency "
            + "com.example:never-available:1.0";

    /** The service-loader constructor. */
    public UnavailableTestRuntime() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.of(REASON);
    }

    @Override
    public Set<Limit> enforcedLimits() {
        return Set.of();
    }

    @Override
    public RuntimeEngine openEngine() {
        throw new IllegalStateException("runtime '" + NAME + "' is not available: " + REASON);
    }
}
