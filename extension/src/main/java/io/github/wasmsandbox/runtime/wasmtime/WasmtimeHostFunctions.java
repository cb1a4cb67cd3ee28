package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Extern;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.FuncType;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Store;
import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.spi.HostFunctionException;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runtime-neutral {@link HostFunction}s as wasmtime-java {@link Func}s, for a host that embeds wasmtime-java
 * directly: with them it links every catalog fixture ({@code env.tick}, {@code env.block}, {@code env.fail}, as
 * {@code FixtureHost} implements them) without writing the imports again. The sandbox's {@code wasmtime} runtime
 * links guests through the same conversion. This class needs the optional dependency
 * {@code io.github.kawamuray.wasmtime:wasmtime-java}; nothing else in wasm-sandbox loads it.
 *
 * <pre>{@code
 * HostileFixture fixture = HostileFixture.TICK_TEN;
 * try (Engine engine = new Engine(); Store<Void> store = new Store<>(null, engine);
 *      Linker linker = new Linker(engine); Module module = new Module(engine, fixture.bytes())) {
 *     WasmtimeHostFunctions.define(linker, store, fixture);
 *     linker.module(store, "guest", module);
 *     try (Func run = linker.get(store, "guest", "run").orElseThrow().func()) {
 *         run.call(store);   // [10]: env.tick was called ten times
 *     }
 * }
 * }</pre>
 *
 * <p>The catalog's imports behave as {@code FixtureHost} says: {@code env.tick} returns at once; {@code env.fail}
 * throws a {@link HostFunctionException}, which traps the guest; {@code env.block} waits until its thread is
 * interrupted and returns with the interrupt flag set. wasmtime-java 0.19 loses a host function's exception on its
 * way through native code: {@link Func#call} throws a {@code WasmtimeException} "error while executing" that names
 * neither the import nor the exception. Pass an {@code onFailure} listener to learn which one it was.
 *
 * <p><strong>Interrupts and epochs.</strong> Wasmtime never looks at the thread's interrupt flag, and its epoch
 * deadline is checked only in Wasm code, so each releases only half of a guest blocked in {@code env.block}: an
 * epoch deadline that passes meanwhile leaves it waiting until the thread is interrupted; the interrupt lets
 * {@code env.block} return, and the guest then runs on until its next epoch check after its deadline, where it
 * traps with {@code Trap.INTERRUPT}. Without an epoch deadline, {@code host-block-once} answers 1 and
 * {@code host-block-loop} never ends (each further {@code env.block} returns at once while the flag is set). To
 * stop such guests, do what the sandbox does: a store with an epoch deadline ({@code Config.epochInterruption},
 * {@code Store.setEpochDeadline}, {@code Engine.incrementEpoch}) <em>and</em> an interrupt of the guest thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WasmtimeHostFunctions {

    private WasmtimeHostFunctions() {}

    /**
     * Defines everything {@code fixture} imports (for a catalog fixture, its {@code FixtureHost} functions) in
     * {@code linker}, for modules instantiated in {@code store}.
     */
    public static <T> void define(Linker linker, Store<T> store, GuestFixture fixture) {
        define(linker, store, fixture.hostFunctions(), failure -> { });
    }

    /**
     * Defines {@code functions} in {@code linker} under their module and name, see
     * {@link #func(Store, HostFunction, Consumer)}.
     */
    public static <T> void define(Linker linker, Store<T> store, List<HostFunction> functions,
            Consumer<? super HostFunctionException> onFailure) {
        for (HostFunction f : functions) {
            Func func = func(store, f, onFailure);
            try {
                linker.define(store, f.module(), f.name(), Extern.fromFunc(func));
            } finally {
                // The linker holds its own reference to the function, which lives as long as the store.
                func.dispose();
            }
        }
    }

    /**
     * {@code function} as a host function of {@code store}, with its signature; dispose of the returned handle
     * when it is no longer needed (the function itself lives as long as the store). An exception of the handler
     * is wrapped in a {@link HostFunctionException} (its cause), given to {@code onFailure} on the guest's thread,
     * and thrown, which traps the guest.
     */
    public static <T> Func func(Store<T> store, HostFunction function,
            Consumer<? super HostFunctionException> onFailure) {
        FuncType type = new FuncType(WasmtimeValues.types(function.params()), WasmtimeValues.types(function.results()));
        return new Func(store, type, handler(function, onFailure));
    }

    private static <T> Func.Handler<T> handler(HostFunction f, Consumer<? super HostFunctionException> onFailure) {
        return (caller, params, results) -> {
            long[] args = new long[params.length];
            for (int i = 0; i < params.length; i++) {
                args[i] = WasmtimeValues.raw(params[i]);
            }
            long[] out;
            try {
                out = f.handler().apply(args);
            } catch (Exception | Error e) {
                HostFunctionException failure = new HostFunctionException(f.qualifiedName(), e);
                onFailure.accept(failure);
                throw failure;
            }
            for (int i = 0; i < results.length; i++) {
                results[i] = WasmtimeValues.val(f.results().get(i), out == null || i >= out.length ? 0 : out[i]);
            }
        };
    }
}
