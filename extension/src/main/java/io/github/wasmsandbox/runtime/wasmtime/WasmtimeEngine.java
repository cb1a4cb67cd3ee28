package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Extern;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Instance;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Trap;
import io.github.kawamuray.wasmtime.Val;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.WasmtimeException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One Wasmtime engine (epoch interruption on) with its ticker and the modules compiled on it. Every run gets
 * its own store, instance and functions, created and disposed on the guest thread, in order (functions,
 * instance, store), whatever happens. The engine is disposed only when no run is in progress: if a guest is
 * still running when the engine closes, the last run to finish disposes it, because disposing an engine or a
 * store in use would crash the JVM.
 */
final class WasmtimeEngine implements RuntimeEngine {

    /** Wasmtime's limit on the wasm stack: recursion traps with STACK_OVERFLOW beyond it. */
    static final long MAX_WASM_STACK_BYTES = 1024L * 1024;
    /** The guest thread stack: the requested one, but always well above {@link #MAX_WASM_STACK_BYTES}. */
    static final long MIN_GUEST_THREAD_STACK_BYTES = MAX_WASM_STACK_BYTES + 8L * 1024 * 1024;
    /** An epoch deadline so far away that it means "none" (larger values could wrap and trap at once). */
    private static final long NO_DEADLINE_TICKS = 1L << 40;
    private static final int MAX_MESSAGE = 500;

    private final Config config;
    private final Engine engine;
    private final Queue<Module> modules = new ConcurrentLinkedQueue<>();
    private final EpochTicker ticker;
    private boolean tickChosen;
    private int activeRuns;
    private boolean closed;
    private boolean disposed;

    WasmtimeEngine() {
        this.config = new Config().epochInterruption(true).maxWasmStack(MAX_WASM_STACK_BYTES);
        this.engine = new Engine(config);
        // Cold start: link the JNI call the ticker makes, and start the ticker now rather than in the first run.
        engine.incrementEpoch();
        this.ticker = new EpochTicker(engine::incrementEpoch, SandboxLimits.DEFAULT_EPOCH_TICK,
                "wasm-sandbox-wasmtime-epoch-ticker");
    }

    @Override
    public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
        ModuleShape shape = ModuleShape.decode(wasm);
        Module compiled;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("this wasmtime engine is closed");
            }
            try {
                compiled = new Module(engine, wasm);
            } catch (WasmtimeException e) {
                throw new InvalidModuleException("Wasmtime rejected the module: " + shorten(e.getMessage()), e);
            }
            modules.add(compiled);
        }
        return new WasmtimeModule(shape, compiled);
    }

    @Override
    public long[] run(PreparedModule prepared, Invocation invocation, GuestControl control) throws Exception {
        WasmtimeModule module = (WasmtimeModule) prepared;
        if (module.shape().importsNonFunctions()) {
            throw new LinkFailure("the module imports a memory, table or global; the wasmtime adapter links only"
                    + " host functions");
        }
        EpochTicker epochs = begin(control.limits(), control.deadlineNanos());
        try {
            return control.runGuest(() -> runOnStore(module, invocation, control, epochs));
        } finally {
            end();
        }
    }

    private long[] runOnStore(WasmtimeModule module, Invocation invocation, GuestControl control, EpochTicker epochs) {
        Store<Void> store = new Store<>(null, engine);
        List<Func> hostFunctions = new ArrayList<>();
        Instance instance = null;
        try {
            List<Extern> externs = new ArrayList<>();
            for (String name : module.importedFunctions()) {
                HostFunction f = invocation.hostFunctions().stream().filter(h -> h.qualifiedName().equals(name))
                        .findFirst().orElseThrow(() -> new LinkFailure("no host function for the import " + name));
                Func func = WasmtimeHostFunctions.func(store, f, control::recordHostFailure);
                hostFunctions.add(func);
                externs.add(Extern.fromFunc(func));
            }
            arm(store, control, epochs);
            instance = new Instance(store, module.compiled(), externs);
            try {
                if (control.deferredStartExport().isPresent()) {
                    call(store, instance, control.deferredStartExport().get(), List.of(), new long[0], control, epochs);
                }
                if (invocation.export().isEmpty()) {
                    return new long[0];
                }
                String export = invocation.export().get();
                List<String> params = module.exportedFunctions().get(export).params();
                return call(store, instance, export, params, invocation.args(), control, epochs);
            } finally {
                reportGlobals(store, instance, control);
            }
        } finally {
            if (instance != null) {
                instance.dispose();
            }
            hostFunctions.forEach(Func::dispose);
            store.dispose();
        }
    }

    private static long[] call(Store<Void> store, Instance instance, String export, List<String> params, long[] args,
            GuestControl control, EpochTicker epochs) {
        Func func = instance.getFunc(store, export)
                .orElseThrow(() -> new LinkFailure("no exported function named '" + export + "'"));
        try {
            Val[] values = new Val[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = WasmtimeValues.val(ValueType.valueOf(params.get(i).toUpperCase(Locale.ROOT)), args[i]);
            }
            arm(store, control, epochs);
            Val[] results = func.call(store, values);
            long[] raw = new long[results.length];
            for (int i = 0; i < results.length; i++) {
                raw[i] = WasmtimeValues.raw(results[i]);
            }
            return raw;
        } finally {
            func.dispose();
        }
    }

    /** Arms the store's epoch deadline so that it traps at the first tick at or after the run's deadline. */
    private static void arm(Store<Void> store, GuestControl control, EpochTicker epochs) {
        if (control.deadlineNanos().isEmpty()) {
            store.setEpochDeadline(NO_DEADLINE_TICKS);
            return;
        }
        long deadline = control.deadlineNanos().getAsLong();
        if (deadline <= System.nanoTime()) {
            store.setEpochDeadline(0);
            return;
        }
        store.setEpochDeadline(Math.min(NO_DEADLINE_TICKS, epochs.ticksUntil(deadline)));
    }

    private static void reportGlobals(Store<Void> store, Instance instance, GuestControl control) {
        for (String global : control.watchedGlobals()) {
            store.setEpochDeadline(NO_DEADLINE_TICKS);
            instance.getFunc(store, GuestControl.valueFunction(global)).ifPresent(f -> {
                try {
                    Val[] value = f.call(store);
                    control.reportGlobal(global, value[0].i64());
                } catch (RuntimeException e) {
                    // The value function cannot trap; if the runtime refuses the call, the global stays unreported.
                } finally {
                    f.dispose();
                }
            });
        }
    }

    @Override
    public void preempt(Thread guestThread, GuestControl control) {
        // The epoch deadline armed in run() stops running wasm once the epoch reaches it: bring the epoch up to
        // date here rather than wait for the ticker thread to get a core. The interrupt frees a host call that waits.
        ticker.catchUp();
        guestThread.interrupt();
    }

    @Override
    public Classification classify(Throwable failure, GuestControl control) {
        if (control.hostFailure() instanceof HostFunctionException host) {
            return Classification.trap(OutcomeKind.TRAPPED, "host", host.getMessage());
        }
        if (failure instanceof LinkFailure) {
            return Classification.trap(OutcomeKind.INVALID_MODULE, "unlinkable", failure.getMessage());
        }
        if (failure instanceof WasmFunctionError.TrapError trap) {
            Trap code = trap.trap();
            if (code == Trap.INTERRUPT) {
                return Classification.of(OutcomeKind.PREEMPTED, "interrupted at the epoch deadline");
            }
            if (code == Trap.STACK_OVERFLOW) {
                return Classification.trap(OutcomeKind.STACK_EXHAUSTED, "call stack exhausted",
                        "the guest exhausted Wasmtime's wasm stack (" + MAX_WASM_STACK_BYTES + " bytes)");
            }
            return Classification.trap(OutcomeKind.TRAPPED, trapName(trap), firstLine(trap.getMessage()));
        }
        if (failure instanceof WasmtimeException) {
            // Start functions run as a deferred export (deferStartFunction), so their traps carry a code; what
            // is left here failed while instantiating.
            return Classification.trap(OutcomeKind.TRAPPED, "instantiation", firstLine(failure.getMessage()));
        }
        return Classification.trap(OutcomeKind.TRAPPED, failure.getClass().getSimpleName(),
                "the runtime failed: " + shorten(String.valueOf(failure)));
    }

    @Override
    public long guestThreadStackBytes(SandboxLimits limits) {
        return Math.max(limits.maxStackBytes().orElse(MIN_GUEST_THREAD_STACK_BYTES), MIN_GUEST_THREAD_STACK_BYTES);
    }

    private synchronized EpochTicker begin(SandboxLimits limits, OptionalLong deadline) {
        if (closed) {
            throw new IllegalStateException("this wasmtime engine is closed");
        }
        // The engine's tick is that of its first run that arms a deadline (engines are shared per tick); a run
        // whose deadline has already passed traps at the first epoch check and needs no tick.
        if (!tickChosen && (deadline.isEmpty() || deadline.getAsLong() > System.nanoTime())) {
            tickChosen = true;
            ticker.retick(limits.epochTick());
        }
        activeRuns++;
        return ticker;
    }

    private synchronized void end() {
        activeRuns--;
        if (closed && activeRuns == 0) {
            dispose();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (activeRuns == 0) {
            dispose();
        }
    }

    /** Stops the ticker and frees every native handle; called once no run is in progress. */
    private void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        ticker.close();
        Module m;
        while ((m = modules.poll()) != null) {
            m.dispose();
        }
        engine.dispose();
        config.dispose();
    }

    private static String trapName(Throwable trap) {
        if (trap instanceof WasmFunctionError.TrapError t) {
            return switch (t.trap()) {
                case UNREACHABLE_CODE_REACHED -> "unreachable";
                case MEMORY_OUT_OF_BOUNDS -> "out of bounds memory access";
                case INTEGER_DIVISION_BY_ZERO -> "integer divide by zero";
                case INTEGER_OVERFLOW -> "integer overflow";
                case INDIRECT_CALL_TO_NULL -> "uninitialized element";
                case BAD_SIGNATURE -> "indirect call type mismatch";
                case TABLE_OUT_OF_BOUNDS -> "undefined element";
                default -> t.trap().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            };
        }
        return "trap";
    }

    /** The first line of a Wasmtime message (the trap or error, without the backtrace that follows it). */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return shorten(newline < 0 ? message : message.substring(0, newline));
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String oneLine = message.replace('\n', ' ');
        return oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE) + "..." : oneLine;
    }

    /** The module cannot be linked as the invocation asks; classified INVALID_MODULE. */
    private static final class LinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LinkFailure(String message) {
            super(message);
        }
    }
}
