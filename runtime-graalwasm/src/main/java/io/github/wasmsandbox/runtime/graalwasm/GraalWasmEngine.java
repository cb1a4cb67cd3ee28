package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.HostFunctionException;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * One polyglot engine and the modules parsed on it. Every run gets its own context, created, used and closed on
 * the guest thread. A stop ({@link #preempt}) interrupts the run's context from a short-lived stopper thread,
 * because {@link Context#interrupt(Duration)} waits for the guest to leave and the watchdog must not block; the
 * stopper repeats the interrupt until it takes, and cancels the context ({@code close(true)}) if it has not taken
 * within {@link #INTERRUPT_GRACE}. The engine is closed when the last run on it has ended.
 */
final class GraalWasmEngine implements RuntimeEngine {

    /** The default guest thread stack: deep enough for real programs, small enough to exhaust quickly. */
    static final long DEFAULT_STACK_BYTES = 8L * 1024 * 1024;
    /** How long a stopper waits for {@code Context.interrupt} before it cancels the context. */
    static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);
    /** How long one {@code Context.interrupt} attempt waits for the guest to leave. */
    static final Duration INTERRUPT_ATTEMPT = Duration.ofMillis(10);
    /** How long the guest thread waits for a stop in flight before it reads the watched globals. */
    private static final long STOP_SETTLE_MILLIS = 5_000;
    private static final int PAGE_BYTES = 65536;
    private static final int MAX_MESSAGE = 500;
    private static final AtomicLong MODULES = new AtomicLong();

    private final Engine engine;
    private final Map<GuestControl, Run> runs = new ConcurrentHashMap<>();
    private int activeRuns;
    private boolean closed;
    private boolean engineClosed;

    GraalWasmEngine() {
        this.engine = Engine.newBuilder("wasm").option("engine.WarnInterpreterOnly", "false").build();
    }

    @Override
    public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
        ModuleShape shape = ModuleShape.decode(wasm);
        Source source = Source.newBuilder("wasm", ByteSequence.create(wasm.clone()), "guest-" + MODULES.incrementAndGet())
                .buildLiteral();
        begin();
        try (Context context = newContext()) {
            context.eval(source); // parses and validates; the engine keeps the parsed module for later contexts
        } catch (PolyglotException e) {
            if (e.isHostException() || e.isInternalError() || e.isResourceExhausted()) {
                throw e;
            }
            throw new InvalidModuleException("GraalWasm rejected the module: " + shorten(e.getMessage()), e);
        } finally {
            end();
        }
        return new GraalWasmModule(shape, source);
    }

    private Context newContext() {
        return Context.newBuilder("wasm").engine(engine).build();
    }

    @Override
    public long[] run(PreparedModule prepared, Invocation invocation, GuestControl control) throws Exception {
        GraalWasmModule module = (GraalWasmModule) prepared;
        if (module.shape().importsNonFunctions()) {
            throw new LinkFailure("the module imports a memory, table or global; the graalwasm adapter links only"
                    + " host functions");
        }
        begin();
        Run run = new Run();
        runs.put(control, run);
        Context context = null;
        try {
            context = newContext();
            run.context = context;
            return control.runGuest(() -> runIn(run, module, invocation, control));
        } finally {
            runs.remove(control);
            try {
                if (context != null) {
                    context.close();
                }
            } catch (PolyglotException | IllegalStateException e) {
                // cancelled by the stopper, or already closed: nothing left to release
            } finally {
                end();
            }
        }
    }

    private long[] runIn(Run run, GraalWasmModule module, Invocation invocation, GuestControl control)
            throws Exception {
        Value exports = null;
        try {
            Value imports = Value.asValue(imports(module, invocation.hostFunctions(), control));
            exports = run.context.eval(module.source()).newInstance(imports).getMember("exports");
            if (control.deferredStartExport().isPresent()) {
                call(exports, control.deferredStartExport().get(), new PreparedModule.Signature(List.of(), List.of()),
                        new long[0]);
            }
            if (invocation.export().isEmpty()) {
                return new long[0];
            }
            String export = invocation.export().get();
            return call(exports, export, module.exportedFunctions().get(export), invocation.args());
        } catch (PolyglotException e) {
            run.finish();
            throw e;
        } finally {
            run.finish();
            if (exports != null) {
                reportGlobals(exports, control);
            }
        }
    }

    private static long[] call(Value exports, String export, PreparedModule.Signature signature, long[] args) {
        Value function = exports.getMember(export);
        if (function == null || !function.canExecute()) {
            throw new LinkFailure("no exported function named '" + export + "'");
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = boxed(type(signature.params().get(i)), args[i]);
        }
        Value result = function.execute(values);
        List<String> results = signature.results();
        if (results.isEmpty()) {
            return new long[0];
        }
        if (results.size() == 1) {
            return new long[] {raw(type(results.get(0)), result)};
        }
        long[] raw = new long[results.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw(type(results.get(i)), result.getArrayElement(i));
        }
        return raw;
    }

    private static ValueType type(String wasmType) {
        try {
            return ValueType.valueOf(wasmType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LinkFailure("the sandbox passes only numbers, not " + wasmType);
        }
    }

    /** The import object of the WebAssembly JS API: module name to field name to function. */
    private static ProxyObject imports(GraalWasmModule module, List<HostFunction> functions, GuestControl control) {
        Map<String, Map<String, Object>> byModule = new HashMap<>();
        for (String name : module.importedFunctions()) {
            HostFunction f = functions.stream().filter(h -> h.qualifiedName().equals(name)).findFirst()
                    .orElseThrow(() -> new LinkFailure("no host function for the import " + name));
            byModule.computeIfAbsent(f.module(), m -> new HashMap<>()).put(f.name(), hostFunction(f, control));
        }
        Map<String, Object> result = new HashMap<>();
        byModule.forEach((name, fields) -> result.put(name, ProxyObject.fromMap(fields)));
        return ProxyObject.fromMap(result);
    }

    private static ProxyExecutable hostFunction(HostFunction f, GuestControl control) {
        return arguments -> {
            long[] args = new long[f.params().size()];
            for (int i = 0; i < args.length && i < arguments.length; i++) {
                args[i] = raw(f.params().get(i), arguments[i]);
            }
            long[] out;
            try {
                out = f.handler().apply(args);
            } catch (InterruptedException e) {
                if (control.preempted()) {
                    throw new StopInHost(e); // the stop freed a waiting host call: not the host's failure
                }
                control.recordHostFailure(new HostFunctionException(f.qualifiedName(), e));
                throw new HostFunctionException(f.qualifiedName(), e);
            } catch (Exception | Error e) {
                control.recordHostFailure(new HostFunctionException(f.qualifiedName(), e));
                throw new HostFunctionException(f.qualifiedName(), e);
            }
            List<ValueType> results = f.results();
            if (results.isEmpty()) {
                return null;
            }
            Object[] boxed = new Object[results.size()];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = boxed(results.get(i), out == null || i >= out.length ? 0 : out[i]);
            }
            return boxed.length == 1 ? boxed[0] : ProxyArray.fromArray(boxed);
        };
    }

    /**
     * Reports each watched global through its value function: GraalWasm 25's polyglot API hands an exported global
     * back as an opaque object (no number, no members), so the adapter calls the core's injected
     * {@code [] -> [i64]} export instead.
     */
    private static void reportGlobals(Value exports, GuestControl control) {
        for (String global : control.watchedGlobals()) {
            try {
                Value function = exports.getMember(GuestControl.valueFunction(global));
                if (function != null && function.canExecute()) {
                    control.reportGlobal(global, function.execute().asLong());
                }
            } catch (PolyglotException | IllegalStateException e) {
                // A cancelled (closed) context cannot be read; the global stays unreported.
            }
        }
    }

    @Override
    public void preempt(Thread guestThread, GuestControl control) {
        Run run = runs.get(control);
        if (run != null) {
            run.stop();
        }
    }

    @Override
    public Classification classify(Throwable failure, GuestControl control) {
        PolyglotException polyglot = find(failure, PolyglotException.class);
        if (control.preempted() && (stopped(polyglot) || find(failure, StopInHost.class) != null
                || (polyglot != null && polyglot.isHostException() && polyglot.asHostException() instanceof StopInHost))) {
            return Classification.of(OutcomeKind.PREEMPTED, "interrupted at the deadline (Context.interrupt)");
        }
        if (control.preempted() && find(control.hostFailure(), InterruptedException.class) != null) {
            return Classification.of(OutcomeKind.PREEMPTED, "the stop at the deadline interrupted a host call");
        }
        if (control.hostFailure() instanceof HostFunctionException host) {
            return Classification.trap(OutcomeKind.TRAPPED, "host", host.getMessage());
        }
        if (failure instanceof LinkFailure) {
            return Classification.trap(OutcomeKind.INVALID_MODULE, "unlinkable", failure.getMessage());
        }
        if (polyglot == null) {
            return Classification.trap(OutcomeKind.TRAPPED, failure.getClass().getSimpleName(),
                    "the runtime failed: " + shorten(String.valueOf(failure)));
        }
        if (stopped(polyglot)) {
            return Classification.of(OutcomeKind.PREEMPTED, "the context was interrupted");
        }
        String message = polyglot.getMessage() == null ? "" : polyglot.getMessage();
        if (message.contains("call stack exhausted") || polyglot.isResourceExhausted() && message.contains("tack")) {
            return Classification.trap(OutcomeKind.STACK_EXHAUSTED, "call stack exhausted",
                    "the guest exhausted its call stack (guest thread stack: "
                            + guestThreadStackBytes(control.limits()) + " bytes)");
        }
        if (polyglot.isResourceExhausted() || message.contains("OutOfMemoryError")) {
            return Classification.trap(OutcomeKind.HEAP_EXHAUSTED, "JVM heap exhausted", shorten(message));
        }
        return Classification.trap(OutcomeKind.TRAPPED, trapName(polyglot), shorten(message));
    }

    private static boolean stopped(PolyglotException e) {
        return e != null && (e.isInterrupted() || e.isCancelled());
    }

    @Override
    public long guestThreadStackBytes(SandboxLimits limits) {
        return limits.maxStackBytes().orElse(DEFAULT_STACK_BYTES);
    }

    private synchronized void begin() {
        if (closed) {
            throw new IllegalStateException("this graalwasm engine is closed");
        }
        activeRuns++;
    }

    private synchronized void end() {
        activeRuns--;
        if (closed && activeRuns == 0) {
            closeEngine();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (activeRuns == 0) {
            closeEngine();
        }
    }

    private void closeEngine() {
        if (!engineClosed) {
            engineClosed = true;
            engine.close();
        }
    }

    private static Object boxed(ValueType type, long raw) {
        return switch (type) {
            case I32 -> (int) raw;
            case I64 -> raw;
            case F32 -> Float.intBitsToFloat((int) raw);
            case F64 -> Double.longBitsToDouble(raw);
        };
    }

    /** A raw Wasm value as Chicory passes it: i32 sign-extended, floats as their bits. */
    private static long raw(ValueType type, Value v) {
        return switch (type) {
            case I32 -> v.asInt();
            case I64 -> v.asLong();
            case F32 -> Float.floatToRawIntBits(v.asFloat());
            case F64 -> Double.doubleToRawLongBits(v.asDouble());
        };
    }

    static String trapName(Throwable trap) {
        if (trap == null || trap.getMessage() == null) {
            return "trap";
        }
        String message = trap.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("unreachable")) {
            return "unreachable";
        }
        return message.length() > 80 ? message.substring(0, 80) : message;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replace('\n', ' ');
        return oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE) + "..." : oneLine;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /**
     * One run's context as the stopper sees it. A stop starts a stopper thread unless one is in flight or the
     * guest has finished; the core calls {@link #preempt} again every 20 ms, so a stop that came before the guest
     * entered its context is repeated.
     */
    private static final class Run {
        volatile Context context;
        private boolean finished;
        private CountDownLatch inFlight;

        synchronized void stop() {
            Context target = context;
            if (finished || target == null || inFlight != null) {
                return;
            }
            CountDownLatch done = new CountDownLatch(1);
            inFlight = done;
            Thread stopper = new Thread(() -> {
                try {
                    interrupt(target);
                } finally {
                    synchronized (this) {
                        inFlight = null;
                    }
                    done.countDown();
                }
            }, "wasm-sandbox-graalwasm-stop");
            stopper.setDaemon(true);
            stopper.start();
        }

        /**
         * Interrupts the context, again and again: now and then an interrupt never reaches the guest (measured:
         * about one stop in a hundred with a single 2 s attempt: a spinning loop kept running while
         * {@code Context.interrupt} waited for it; cause not found), and a repeated one does,
         * so each attempt waits only {@link #INTERRUPT_ATTEMPT}. After
         * {@link #INTERRUPT_GRACE} of failed attempts the context is cancelled.
         */
        private void interrupt(Context target) {
            long giveUp = System.nanoTime() + INTERRUPT_GRACE.toNanos();
            while (true) {
                try {
                    target.interrupt(INTERRUPT_ATTEMPT);
                    return;
                } catch (TimeoutException e) {
                    synchronized (this) {
                        if (finished) {
                            return;
                        }
                    }
                    if (System.nanoTime() - giveUp > 0) {
                        try {
                            target.close(true);
                        } catch (RuntimeException ignored) {
                            // already closed or closing
                        }
                        return;
                    }
                } catch (RuntimeException e) {
                    return; // the context was closed meanwhile: nothing to stop
                }
            }
        }

        /** Marks the guest as finished (no more stops) and waits for a stop in flight to settle. */
        void finish() {
            CountDownLatch pending;
            synchronized (this) {
                finished = true;
                pending = inFlight;
            }
            if (pending != null) {
                try {
                    pending.await(STOP_SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A host call freed by the stop (its {@code InterruptedException}); classified PREEMPTED. */
    private static final class StopInHost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopInHost(Throwable cause) {
            super("the stop interrupted a host call", cause);
        }
    }

    /** The module cannot be linked as the invocation asks; classified INVALID_MODULE. */
    private static final class LinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LinkFailure(String message) {
            super(message);
        }
    }
}
