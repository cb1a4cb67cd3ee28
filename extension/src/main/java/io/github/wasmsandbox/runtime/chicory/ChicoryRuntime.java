package io.github.wasmsandbox.runtime.chicory;

import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.GuestFrames;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The Chicory adapters (pure Java, no native code): {@code chicory-interpreter} and {@code chicory-compiler}
 * (Wasm compiled to JVM bytecode at load time). Chicory checks thread interruption at calls and loop
 * back-edges, so the deadline is enforced by interrupting the guest thread; memory and table caps are applied
 * when the instance is built; the stack is the guest thread's stack. Chicory has no fuel.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public abstract class ChicoryRuntime implements SandboxRuntime {

    private static final Set<Limit> ENFORCED = EnumSet.of(Limit.DEADLINE, Limit.MEMORY_CAP, Limit.TABLE_CAP, Limit.STACK);

    /** The default call depth, on the interpreter and on the compiler. */
    static final int DEFAULT_CALL_DEPTH = 10_000;

    private final String name;
    private final boolean compiled;

    ChicoryRuntime(String name, boolean compiled) {
        this.name = name;
        this.compiled = compiled;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Limit> enforcedLimits() {
        return ENFORCED;
    }

    @Override
    public GuestFrames guestFrames() {
        return GuestFrames.CHICORY;
    }

    /**
     * The core enforces a call depth of at most {@value #DEFAULT_CALL_DEPTH} by default, on both execution modes. The
     * interpreter keeps every Wasm frame's locals on the JVM heap, so the thread stack does not bound a recursion's
     * memory. Compiled code keeps one JVM frame per Wasm frame, bounded by the guest thread's stack, but a stack that
     * deep (about 100,000 small frames in 8 MiB) is costly to stop: the guest's thread unwinds every frame, and the
     * JVM deoptimizes each one whose compiled code was invalidated meanwhile (about 3.5 us a frame measured), so a
     * deadline that stops a deep recursion could be answered only after hundreds of milliseconds of CPU. A counted
     * depth also stops the same recursion at the same depth whatever the JIT made of its frames.
     */
    @Override
    public OptionalInt defaultMaxCallDepth() {
        return OptionalInt.of(DEFAULT_CALL_DEPTH);
    }

    @Override
    public RuntimeEngine openEngine() {
        return new ChicoryEngine(compiled);
    }

    @Override
    public Set<Class<?>> nativeParameterTypes() {
        return Set.of(ChicoryInstances.class);
    }

    @Override
    public Object nativeParameter(Class<?> type, SandboxLimits limits) {
        if (type != ChicoryInstances.class) {
            return SandboxRuntime.super.nativeParameter(type, limits);
        }
        return new ChicoryInstances(limits, compiled);
    }

    @Override
    public List<KnownDeviation> knownDeviations() {
        return compiled ? ChicoryDeviations.COMPILER : ChicoryDeviations.INTERPRETER;
    }

    /** {@code chicory-interpreter}: Chicory's interpreter. */
    public static final class Interpreter extends ChicoryRuntime {
        /** The service-loader constructor. */
        public Interpreter() {
            super("chicory-interpreter", false);
        }
    }

    /** {@code chicory-compiler}: Chicory's runtime compiler from Wasm to JVM bytecode. */
    public static final class Compiler extends ChicoryRuntime {
        /** The service-loader constructor. */
        public Compiler() {
            super("chicory-compiler", true);
        }
    }
}
