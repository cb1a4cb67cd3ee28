package io.github.wasmsandbox.runtime.endive;

import io.github.wasmsandbox.api.Limit;
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
 * The Endive 1.0 adapters (pure Java, no native code; Endive is Chicory's successor): {@code endive-interpreter}
 * and {@code endive-compiler} (Wasm compiled to JVM bytecode at load time). Endive checks thread interruption
 * while the guest runs, so the deadline is enforced by interrupting the guest thread; memory and table caps are
 * applied when the instance is built; the stack is the guest thread's stack. Endive has no fuel: the sandbox
 * injects it by rewriting the module.
 *
 * <p>The compiler never falls back to the interpreter: a function too large for one JVM method makes the
 * module invalid on {@code endive-compiler} (see {@link EndiveEngine}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public abstract class EndiveRuntime implements SandboxRuntime {

    private static final Set<Limit> ENFORCED = EnumSet.of(Limit.DEADLINE, Limit.MEMORY_CAP, Limit.TABLE_CAP, Limit.STACK);

    /** The default call depth, on the interpreter and on the compiler. */
    static final int DEFAULT_CALL_DEPTH = 10_000;

    private final String name;
    private final boolean compiled;

    EndiveRuntime(String name, boolean compiled) {
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
        return GuestFrames.ENDIVE;
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
        return new EndiveEngine(compiled);
    }

    @Override
    public List<KnownDeviation> knownDeviations() {
        return compiled ? EndiveDeviations.COMPILER : EndiveDeviations.INTERPRETER;
    }

    /** {@code endive-interpreter}: Endive's interpreter. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static final class Interpreter extends EndiveRuntime {
        /** The service-loader constructor. */
        public Interpreter() {
            super("endive-interpreter", false);
        }
    }

    /** {@code endive-compiler}: Endive's runtime compiler from Wasm to JVM bytecode, without interpreter fallback. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static final class Compiler extends EndiveRuntime {
        /** The service-loader constructor. */
        public Compiler() {
            super("endive-compiler", true);
        }
    }
}
