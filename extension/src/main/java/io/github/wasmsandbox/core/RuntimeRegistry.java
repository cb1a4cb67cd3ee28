package io.github.wasmsandbox.core;

import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * The runtime adapters found on the class path with {@link ServiceLoader}, by name: the one place that decides
 * whether a runtime exists and can be used here. Immutable once built; build one with {@link #discover()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

    /** Every adapter, usable here or not, sorted by name. */
    public List<SandboxRuntime> all() {
        return names().stream().map(runtimes::get).toList();
    }

    /** The adapters usable on this machine, sorted by name. */
    public List<SandboxRuntime> available() {
        List<SandboxRuntime> result = new ArrayList<>();
        for (SandboxRuntime runtime : all()) {
            if (runtime.unavailableReason().isEmpty()) {
                result.add(runtime);
            }
        }
        return result;
    }

    /** The names of the adapters usable on this machine, sorted. */
    public List<String> availableNames() {
        return available().stream().map(SandboxRuntime::name).toList();
    }

    /**
     * The adapter named {@code name}, usable or not.
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

    /**
     * The adapter named {@code name}, checked to be usable here.
     *
     * @throws IllegalArgumentException when there is none by that name
     * @throws IllegalStateException with the adapter's reason (and what to add) when it cannot run here
     */
    public SandboxRuntime require(String name) {
        return requireAvailable(get(name));
    }

    /**
     * {@code runtime}, checked to be usable here (also for adapters that are not registered).
     *
     * @throws IllegalStateException with the adapter's reason when it cannot run here
     */
    public static SandboxRuntime requireAvailable(SandboxRuntime runtime) {
        runtime.unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("runtime '" + runtime.name() + "' is not available on this machine: " + reason);
        });
        return runtime;
    }
}
