package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

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
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

    /**
     * How this runtime's guest code shows on a thread's stack, for escape detection (a guest still running after
     * its call returned). The default recognises nothing: return one of the built-in signatures
     * ({@link GuestFrames#CHICORY}, {@link GuestFrames#WASMTIME_JAVA}, ...) or your own.
     */
    default GuestFrames guestFrames() {
        return GuestFrames.none(name());
    }

    /**
     * Whether the core should always move a module's start function to an export the adapter calls after
     * instantiation (as it does whenever it rewrites a module), because this runtime reports a trap in a start
     * function without its cause (wasmtime-java 0.19 loses the trap code).
     */
    default boolean deferStartFunction() {
        return false;
    }

    /**
     * The call depth the core enforces (by rewriting) when the user sets none; empty where the runtime's own stack
     * bounds recursion cheaply (a native Wasm stack). Set it for runtimes whose Wasm frames live on the JVM heap,
     * where the guest thread's stack does not bound recursion, and for runtimes that run Wasm frames as JVM frames,
     * where a stack as deep as the guest thread allows takes the JVM long to unwind when the guest is stopped.
     */
    default java.util.OptionalInt defaultMaxCallDepth() {
        return java.util.OptionalInt.empty();
    }

    /** The measured cases where this runtime does not reach a catalog fixture's expected outcome. */
    default List<KnownDeviation> knownDeviations() {
        return List.of();
    }

    /** The known deviation of this runtime on the fixture with id {@code fixtureId}, if one is recorded. */
    default Optional<KnownDeviation> knownDeviation(String fixtureId) {
        return knownDeviations().stream().filter(d -> d.fixtureId().equals(fixtureId)).findFirst();
    }

    /** What this runtime really reports for {@code fixture}: its known deviation, or the fixture's expectation. */
    default OutcomeKind expectedOutcome(GuestFixture fixture) {
        return knownDeviation(fixture.id()).map(KnownDeviation::outcome).orElse(fixture.expectedOutcome());
    }

    /**
     * The runtime-specific types a JUnit test may ask for as parameters (for example Chicory's
     * {@code ChicoryInstances}, builders already configured with the sandbox's limits); the {@code @WasmSandbox}
     * extension resolves them through {@link #nativeParameter(Class, SandboxLimits)}.
     */
    default Set<Class<?>> nativeParameterTypes() {
        return Set.of();
    }

    /**
     * The object of {@code type} (one of {@link #nativeParameterTypes()}) for a test running under {@code limits}.
     *
     * @throws IllegalArgumentException when this runtime offers no such parameter
     */
    default Object nativeParameter(Class<?> type, SandboxLimits limits) {
        throw new IllegalArgumentException("runtime '" + name() + "' offers no parameter of type " + type.getName());
    }
}
