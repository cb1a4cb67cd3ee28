package io.github.wasmsandbox.runtime.endive;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.HostFunctionException;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.endive.compiler.InterpreterFallback;
import run.endive.compiler.MachineFactoryCompiler;
import run.endive.runtime.Instance;
import run.endive.runtime.InterpreterMachine;
import run.endive.runtime.Machine;
import run.endive.runtime.TableInstance;
import run.endive.runtime.WasmInterruptedException;
import run.endive.wasm.Parser;
import run.endive.wasm.UnlinkableException;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.TableLimits;

/**
 * Runs guests on Endive's interpreter or compiler and preempts them by interrupting the guest thread, which
 * Endive turns into a {@link WasmInterruptedException}.
 *
 * <p>The compiler is built with {@link InterpreterFallback#FAIL}: by default Endive interprets a function whose
 * bytecode does not fit in one JVM method and only prints a warning, so a module could silently run on the
 * interpreter's interruption rules. Here such a module is an {@link InvalidModuleException} instead.
 */
final class EndiveEngine implements RuntimeEngine {

    /** The default guest thread stack: deep enough for real programs, small enough to exhaust quickly. */
    static final long DEFAULT_STACK_BYTES = 8L * 1024 * 1024;

    private static final int MAX_MESSAGE = 500;

    /** How the compiler's method-too-large failure names the function. */
    private static final Pattern FUNCTION_INDEX = Pattern.compile("function index: (\\d+)");

    private final boolean compiled;

    /** An engine on the compiler ({@code compiled}) or the interpreter. */
    EndiveEngine(boolean compiled) {
        this.compiled = compiled;
    }

    @Override
    public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
        ModuleShape shape = ModuleShape.decode(wasm);
        WasmModule module = parse(wasm);
        Function<Instance, Machine> factory = compiled ? compile(module) : InterpreterMachine::new;
        return new EndiveModule(shape, module, factory);
    }

    private static Function<Instance, Machine> compile(WasmModule module) throws InvalidModuleException {
        try {
            return MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.FAIL)
                    .compile();
        } catch (RuntimeException | AssertionError e) {
            if (isMethodTooLarge(e)) {
                throw new InvalidModuleException(tooLargeForTheCompiler(e), e);
            }
            throw new InvalidModuleException("Endive's compiler rejected the module: " + shorten(describe(e)), e);
        }
    }

    /**
     * Whether a compile failure is a function whose JVM bytecode exceeds the 64 KiB method limit (ASM's
     * {@code MethodTooLargeException} in the cause chain), which the compiler refused to interpret instead.
     */
    private static boolean isMethodTooLarge(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c.getClass().getName().equals("org.objectweb.asm.MethodTooLargeException")) {
                return true;
            }
        }
        return false;
    }

    /** What happened, why the interpreter fallback is refused, and what to do. */
    private static String tooLargeForTheCompiler(Throwable failure) {
        Matcher index = FUNCTION_INDEX.matcher(describe(failure));
        String function = index.find() ? "function " + index.group(1) : "a function";
        return "the module's " + function + " is too large for the endive-compiler: its JVM bytecode exceeds the "
                + "JVM's 64 KiB method limit. The compiler's interpreter fallback is refused because an interpreted "
                + "function could escape the deadline (the interpreter checks interruption at other points than "
                + "compiled code). Run the module on endive-interpreter, or split the function into smaller ones";
    }

    /**
     * Decodes a module with Endive's parser.
     *
     * @throws InvalidModuleException with the parser's reason (cut to 500 characters) when it is malformed;
     *     a failed {@code assert} in the parser is reported the same way
     */
    static WasmModule parse(byte[] wasm) throws InvalidModuleException {
        try {
            return Parser.parse(wasm);
        } catch (RuntimeException | AssertionError e) {
            String message = e instanceof AssertionError || e.getMessage() == null
                    ? "the module is malformed (Endive's parser failed on it: " + e.getClass().getSimpleName() + ")"
                    : e.getMessage();
            throw new InvalidModuleException(shorten(message), e);
        }
    }

    @Override
    public long[] run(PreparedModule prepared, Invocation invocation, GuestControl control) {
        return control.runGuest(() -> execute((EndiveModule) prepared, invocation, control));
    }

    private static long[] execute(EndiveModule module, Invocation invocation, GuestControl control) {
        Instance instance = configure(module.module(), module.machineFactory(), control.limits())
                .withImportValues(EndiveHostFunctions.importValues(invocation.hostFunctions(),
                        control::recordHostFailure))
                .build();
        try {
            if (control.deferredStartExport().isPresent()) {
                instance.export(control.deferredStartExport().get()).apply();
            }
            if (invocation.export().isEmpty()) {
                return new long[0];
            }
            long[] results = instance.export(invocation.export().get()).apply(invocation.args());
            return results == null ? new long[0] : results;
        } finally {
            for (String global : control.watchedGlobals()) {
                control.reportGlobal(global, instance.exports().global(global).getValue());
            }
        }
    }

    /** An instance builder on {@code factory} with the sandbox's memory and table caps applied. */
    private static Instance.Builder configure(WasmModule module, Function<Instance, Machine> factory,
            SandboxLimits limits) {
        Instance.Builder builder = Instance.builder(module).withMachineFactory(factory);
        OptionalInt memoryCap = limits.maxMemoryPages();
        if (memoryCap.isPresent() && module.memorySection().isPresent()
                && module.memorySection().get().memoryCount() > 0) {
            builder.withMemoryLimits(clamp(module.memorySection().get().getMemory(0).limits(), memoryCap.getAsInt()));
        }
        OptionalInt tableCap = limits.maxTableElements();
        if (tableCap.isPresent()) {
            int cap = tableCap.getAsInt();
            builder.withTableFactory((table, initRef) -> new TableInstance(clamp(table, cap), initRef));
        }
        return builder;
    }

    @Override
    public void preempt(Thread guestThread, GuestControl control) {
        guestThread.interrupt();
    }

    @Override
    public Classification classify(Throwable failure, GuestControl control) {
        HostFunctionException host = find(failure, HostFunctionException.class);
        if (host != null) {
            return Classification.trap(OutcomeKind.TRAPPED, "host", host.getMessage());
        }
        if (find(failure, WasmInterruptedException.class) != null) {
            return Classification.of(OutcomeKind.PREEMPTED, control.preempted()
                    ? "interrupted at the deadline" : "the guest thread was interrupted");
        }
        if (find(failure, StackOverflowError.class) != null || messageContains(failure, "call stack exhausted")) {
            return Classification.trap(OutcomeKind.STACK_EXHAUSTED, "call stack exhausted",
                    "the guest exhausted its call stack (guest thread stack: "
                            + guestThreadStackBytes(control.limits()) + " bytes)");
        }
        if (failure instanceof UnlinkableException) {
            return Classification.trap(OutcomeKind.INVALID_MODULE, "unlinkable",
                    "the module cannot be linked: " + failure.getMessage());
        }
        if (failure instanceof WasmEngineException) {
            return Classification.trap(OutcomeKind.TRAPPED, trapName(failure), failure.getMessage());
        }
        return Classification.trap(OutcomeKind.TRAPPED, failure.getClass().getSimpleName(),
                "the runtime failed: " + failure);
    }

    @Override
    public long guestThreadStackBytes(SandboxLimits limits) {
        return limits.maxStackBytes().orElse(DEFAULT_STACK_BYTES);
    }

    @Override
    public void close() {
        // Endive holds no native handles or threads; compiled classes go with their class loader.
    }

    private static String trapName(Throwable trap) {
        if (trap == null || trap.getMessage() == null) {
            return "trap";
        }
        String message = trap.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("unreachable")) {
            return "unreachable";
        }
        return message.length() > 80 ? message.substring(0, 80) : message;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shorten(String message) {
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message;
    }

    private static boolean messageContains(Throwable t, String text) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** Memory limits with the declared minimum and the smaller of the declared maximum and the cap. */
    private static MemoryLimits clamp(MemoryLimits declared, int cap) {
        int max = Math.min(declared.maximumPages(), cap);
        return new MemoryLimits(declared.initialPages(), Math.max(max, declared.initialPages()), declared.shared());
    }

    /** The table with the smaller of its declared maximum and the cap. */
    private static Table clamp(Table declared, int cap) {
        TableLimits limits = declared.limits();
        long max = Math.max(Math.min(limits.max(), cap), limits.min());
        return new Table(declared.elementType(), new TableLimits(limits.min(), max), declared.initialize());
    }
}
