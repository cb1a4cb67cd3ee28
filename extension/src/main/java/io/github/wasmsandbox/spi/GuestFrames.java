package io.github.wasmsandbox.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The stack signature of a WebAssembly runtime: which frames execute guest code, and which class-name prefixes
 * belong to the runtime itself (so that a frame above the guest's that matches neither the runtime nor the JDK
 * is host code called by the guest). Escape detection matches a thread's {@link StackTraceElement}s against
 * these signatures, by class and method name only (never by {@code toString()}, whose form varies).
 *
 * <pre>{@code
 * GuestFrames mine = GuestFrames.of("my-runtime", GuestFrames.method("com.example.wasm.Interpreter", "execute"),
 *         List.of("com.example.wasm."));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GuestFrames {

    /** Class-name prefixes of the JDK: never host code. */
    public static final List<String> JDK_PREFIXES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    /**
     * Chicory 1.7: the interpreter's {@code InterpreterMachine.call/eval}, and the classes its compiler generates
     * ({@code com.dylibso.chicory.$gen.*}, the default class name). Not {@code com.dylibso.chicory.} as a whole:
     * that also matches parsing, compiling and wabt's {@code Wat2Wasm}.
     */
    public static final GuestFrames CHICORY = of("chicory",
            method("com.dylibso.chicory.runtime.InterpreterMachine", "call", "eval")
                    .or(classPrefix("com.dylibso.chicory.$gen.")),
            List.of("com.dylibso.chicory."));

    /** Endive 1.0 (Chicory's successor): the same shapes under {@code run.endive.}. */
    public static final GuestFrames ENDIVE = of("endive",
            method("run.endive.runtime.InterpreterMachine", "call", "eval").or(classPrefix("run.endive.$gen.")),
            List.of("run.endive."));

    /**
     * wasmtime-java 0.19: the JNI call into wasm ({@code Func.nativeCall}) and instantiation, where a start
     * function runs ({@code Instance.newInstance}). Not the epoch ticker's {@code Engine.incrementEpoch}.
     */
    public static final GuestFrames WASMTIME_JAVA = of("wasmtime-java",
            method("io.github.kawamuray.wasmtime.Func", "nativeCall")
                    .or(method("io.github.kawamuray.wasmtime.Instance", "newInstance")),
            List.of("io.github.kawamuray.wasmtime."));

    /**
     * GraalWasm 25 (fallback runtime): the Truffle nodes of wasm function bodies, {@code org.graalvm.wasm.nodes.*}
     * (not {@code org.graalvm.wasm.} as a whole, which also matches parsing and instantiation).
     */
    public static final GuestFrames GRAALWASM = of("graalwasm", classPrefix("org.graalvm.wasm.nodes."),
            List.of("org.graalvm.", "com.oracle.truffle."));

    /** Every built-in signature. */
    public static final List<GuestFrames> KNOWN = List.of(CHICORY, ENDIVE, WASMTIME_JAVA, GRAALWASM);

    private final String name;
    private final Predicate<StackTraceElement> guestFrame;
    private final List<String> runtimePrefixes;

    private GuestFrames(String name, Predicate<StackTraceElement> guestFrame, List<String> runtimePrefixes) {
        this.name = Objects.requireNonNull(name, "name");
        this.guestFrame = Objects.requireNonNull(guestFrame, "guestFrame");
        this.runtimePrefixes = List.copyOf(runtimePrefixes);
    }

    /**
     * A signature.
     *
     * @param name a label for messages, e.g. the runtime's name
     * @param guestFrame true for a frame that exists only while guest code runs on the thread
     * @param runtimePrefixes class-name prefixes of the runtime's own code (not host code)
     */
    public static GuestFrames of(String name, Predicate<StackTraceElement> guestFrame, List<String> runtimePrefixes) {
        return new GuestFrames(name, guestFrame, runtimePrefixes);
    }

    /** A signature that matches no frame: a runtime whose guest code cannot be recognised on a stack. */
    public static GuestFrames none(String name) {
        return new GuestFrames(name, f -> false, List.of());
    }

    /** A frame predicate: class {@code className}, one of {@code methods} (any method when none is given). */
    public static Predicate<StackTraceElement> method(String className, String... methods) {
        Objects.requireNonNull(className, "className");
        Set<String> names = Set.of(methods);
        return f -> className.equals(f.getClassName()) && (names.isEmpty() || names.contains(f.getMethodName()));
    }

    /** A frame predicate: any method of a class whose name starts with {@code prefix}. */
    public static Predicate<StackTraceElement> classPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return f -> f.getClassName().startsWith(prefix);
    }

    /** The signature's label. */
    public String name() {
        return name;
    }

    /** The runtime's own class-name prefixes. */
    public List<String> runtimePrefixes() {
        return runtimePrefixes;
    }

    /** Whether {@code frame} executes guest code under this signature. */
    public boolean isGuestFrame(StackTraceElement frame) {
        return guestFrame.test(frame);
    }

    /** Whether {@code frame} belongs to this runtime (a guest frame or one of its prefixes). */
    public boolean isRuntimeFrame(StackTraceElement frame) {
        if (isGuestFrame(frame)) {
            return true;
        }
        String c = frame.getClassName();
        for (String prefix : runtimePrefixes) {
            if (c.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "GuestFrames[" + name + "]";
    }

    /**
     * Where guest code is on a stack: the topmost guest frame (under any of {@code signatures}) and, if a frame
     * above it belongs to neither the JDK nor a runtime, the topmost such frame (a host function called by the
     * guest). Empty when no frame is a guest frame.
     *
     * @param stack a thread's stack, top frame first
     */
    public static Optional<Match> match(List<GuestFrames> signatures, StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            for (GuestFrames s : signatures) {
                if (s.isGuestFrame(stack[i])) {
                    return Optional.of(new Match(s, stack, i, hostFrameAbove(signatures, stack, i)));
                }
            }
        }
        return Optional.empty();
    }

    private static int hostFrameAbove(List<GuestFrames> signatures, StackTraceElement[] stack, int guest) {
        for (int i = 0; i < guest; i++) {
            if (!infrastructure(signatures, stack[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean infrastructure(List<GuestFrames> signatures, StackTraceElement frame) {
        String c = frame.getClassName();
        for (String prefix : JDK_PREFIXES) {
            if (c.startsWith(prefix)) {
                return true;
            }
        }
        for (GuestFrames s : signatures) {
            if (s.isRuntimeFrame(frame)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stack with guest code on it.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Match {

        private final GuestFrames signature;
        private final StackTraceElement[] stack;
        private final int topGuestFrame;
        private final int hostFrame;

        private Match(GuestFrames signature, StackTraceElement[] stack, int topGuestFrame, int hostFrame) {
            this.signature = signature;
            this.stack = stack;
            this.topGuestFrame = topGuestFrame;
            this.hostFrame = hostFrame;
        }

        /** The signature whose guest frame matched. */
        public GuestFrames signature() {
            return signature;
        }

        /** The index of the topmost guest frame (0 = top of the stack). */
        public int topGuestFrameIndex() {
            return topGuestFrame;
        }

        /** Whether the thread is inside a host function called by the guest. */
        public boolean inHostFunction() {
            return hostFrame >= 0;
        }

        /** The topmost host frame above the guest's, when {@link #inHostFunction()}. */
        public Optional<StackTraceElement> hostFrame() {
            return hostFrame < 0 ? Optional.empty() : Optional.of(stack[hostFrame]);
        }

        /** Up to {@code max} guest frames, topmost first. */
        public List<StackTraceElement> guestFrames(int max) {
            List<StackTraceElement> frames = new ArrayList<>();
            for (int i = topGuestFrame; i < stack.length && frames.size() < max; i++) {
                if (signature.isGuestFrame(stack[i])) {
                    frames.add(stack[i]);
                }
            }
            return frames;
        }

        /** The whole stack, top frame first. */
        public List<StackTraceElement> stack() {
            return Arrays.asList(stack.clone());
        }
    }
}
