package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A sandbox whose guests run in the child JVM of a {@link ChildHost}. Views made with {@link #withLimits} share
 * the child. Closing the sandbox that opened the host (through {@code Sandboxes.open(..., Isolation.PROCESS)})
 * stops the child; closing a view only stops using it.
 */
final class ProcessSandbox implements Sandbox {

    private final ChildHost host;
    private final String runtime;
    private final SandboxLimits limits;
    private final Consumer<Outcome> listener;
    private final boolean ownsHost;
    private volatile boolean closed;

    ProcessSandbox(ChildHost host, String runtime, SandboxLimits limits, Consumer<Outcome> listener) {
        this(host, runtime, limits, listener, false);
    }

    private ProcessSandbox(ChildHost host, String runtime, SandboxLimits limits, Consumer<Outcome> listener,
            boolean ownsHost) {
        this.host = host;
        this.runtime = runtime;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.listener = listener;
        this.ownsHost = ownsHost;
    }

    /** A sandbox with its own child JVM, stopped when the sandbox closes. */
    static Sandbox owningItsChild(ChildHost host, String runtime, SandboxLimits limits) {
        host.sandbox(runtime, limits, o -> { });
        return new ProcessSandbox(host, runtime, limits, o -> { }, true);
    }


    @Override
    public String runtime() {
        return runtime;
    }

    @Override
    public SandboxLimits limits() {
        return limits;
    }

    @Override
    public Outcome run(Invocation invocation) {
        if (closed) {
            throw new IllegalStateException("this sandbox (runtime '" + runtime + "', process isolation) is closed;"
                    + " open a new one");
        }
        for (HostFunction f : invocation.hostFunctions()) {
            if (Protocol.standardImport(f).isEmpty()) {
                throw new IllegalArgumentException("process isolation cannot run the host function "
                        + f.qualifiedName() + ": it lives in this JVM and cannot cross to the child. Only the catalog's"
                        + " host functions (env.block, env.fail, env.tick) can; use Isolation.IN_PROCESS for your own");
            }
        }
        Outcome outcome = host.run(runtime, limits, invocation);
        listener.accept(outcome);
        return outcome;
    }

    @Override
    public Sandbox withLimits(SandboxLimits newLimits) {
        return new ProcessSandbox(host, runtime, newLimits, listener, false);
    }

    @Override
    public void close() {
        closed = true;
        if (ownsHost) {
            host.close();
        }
    }
}
