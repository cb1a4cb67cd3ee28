package io.github.wasmsandbox.api;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A host function a guest can import, independent of the runtime. Values are raw Wasm values in a
 * {@code long[]} (i32 and i64 as integers, f32 and f64 as their IEEE bits).
 *
 * <pre>{@code
 * HostFunction log = HostFunction.of("env", "log", List.of(ValueType.I32), List.of(), args -> {
 *     System.out.println(args[0]);
 *     return new long[0];
 * });
 * }</pre>
 *
 * <p>A handler that blocks should respond to thread interruption: that is how a sandbox preempts a guest
 * waiting in a host call. An exception thrown by the handler ends the run as {@code TRAPPED} with trap
 * {@code host}, and the outcome names the original exception.
 *
 * @param module the import module name
 * @param name the import field name
 * @param params the parameter types
 * @param results the result types
 * @param handler the implementation
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record HostFunction(String module, String name, List<ValueType> params, List<ValueType> results,
        Handler handler) {

    /** Checks the components. */
    public HostFunction {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        results = List.copyOf(results);
        Objects.requireNonNull(handler, "handler");
    }

    /** A host function. */
    public static HostFunction of(String module, String name, List<ValueType> params, List<ValueType> results,
            Handler handler) {
        return new HostFunction(module, name, params, results, handler);
    }

    /** A host function with no parameters and no results. */
    public static HostFunction action(String module, String name, Action action) {
        return new HostFunction(module, name, List.of(), List.of(), args -> {
            action.run();
            return new long[0];
        });
    }

    /** {@code module.name}, as the guest imports it. */
    public String qualifiedName() {
        return module + "." + name;
    }

    /** The body of a host function. */
    @FunctionalInterface
    public interface Handler {
        /** Runs the function with raw Wasm arguments and returns raw Wasm results. */
        long[] apply(long[] args) throws Exception;
    }

    /** The body of a host function with no parameters and no results. */
    @FunctionalInterface
    public interface Action {
        /** Runs the function. */
        void run() throws Exception;
    }
}
