package io.github.wasmsandbox.core;

import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The runtime adapters found on the class path with {@link ServiceLoader}, by name. Immutable once built;
 * build one with {@link #discover()}.
 *
 * @since 0.1.0
 */
public final class RuntimeRegistry {

    private final Map<String, SandboxRuntime> runtimes;

    private RuntimeRegistry(Map<String, SandboxRuntime> runtimes) {
        this.runtimes = runtimes;
    }

    /** Finds every adapter listed in {@code META-INF/services/io.github.wasmsandbox.spi.SandboxRuntime}. */
    public static RuntimeRegistry discover() {
        Map<String, SandboxRuntime> found = new LinkedHashMap<>();
        for (SandboxRuntime runtime : ServiceLoader.load(SandboxRuntime.class, RuntimeRegistry.class.getClassLoader())) {
            SandboxRuntime previous = found.putIfAbsent(runtime.name(), runtime);
            if (previous != null) {
                throw new IllegalStateException("two runtime adapters are named '" + runtime.name() + "': "
                        + previous.getClass().getName() + " and " + runtime.getClass().getName());
            }
        }
        return new RuntimeRegistry(Map.copyOf(found));
    }

    /** The names of all adapters, sorted. */
    public List<String> names() {
        return runtimes.keySet().stream().sorted().toList();
    }

    /** The adapters usable on this machine, sorted by name. */
    public List<SandboxRuntime> available() {
        List<SandboxRuntime> result = new ArrayList<>();
        for (String name : names()) {
            SandboxRuntime runtime = runtimes.get(name);
            if (runtime.unavailableReason().isEmpty()) {
                result.add(runtime);
            }
        }
        return result;
    }

    /**
     * The adapter named {@code name}.
     *
     * @throws IllegalArgumentException naming the known runtimes when there is none by that name
     */
    public SandboxRuntime get(String name) {
        SandboxRuntime runtime = runtimes.get(name);
        if (runtime == null) {
            throw new IllegalArgumentException("unknown runtime '" + name + "'; known runtimes: " + names()
                    + " (adapters are found with ServiceLoader: is the adapter's jar on the class path?)");
        }
        return runtime;
    }
}
