package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * Runs guests on one runtime under one set of {@link SandboxLimits}. Every run happens on a dedicated guest
 * thread, never on the caller's; the caller waits for the guest to stop, preempts it at the deadline and
 * gives up on it at the hard ceiling ({@code ESCAPED}), so a call to {@link #run(Invocation)} always returns.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandboxes.open("chicory-compiler", limits)) {
 *     Outcome outcome = sandbox.run(Invocation.of(module).call("run"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: runs may be made from several threads. {@link #close()} stops and releases every guest
 * thread and native handle; a closed sandbox rejects runs with {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Sandbox extends AutoCloseable {

    /** The name of the runtime, e.g. {@code chicory-interpreter}. */
    String runtime();

    /** The limits every run is made under. */
    SandboxLimits limits();

    /** Runs an invocation under the limits and reports how it ended. Never throws for guest behaviour. */
    Outcome run(Invocation invocation);

    /** Instantiates {@code module} and calls {@code export} with {@code args}. */
    default Outcome call(GuestModule module, String export, long... args) {
        return run(Invocation.of(module).call(export, args));
    }

    /** Only instantiates {@code module} (its start function runs under the limits). */
    default Outcome instantiate(GuestModule module) {
        return run(Invocation.of(module));
    }

    /** A sandbox on the same runtime and engine with other limits; closing it does not close this one. */
    Sandbox withLimits(SandboxLimits limits);

    /** Stops every guest still running, releases threads and native handles. Idempotent. */
    @Override
    void close();
}
