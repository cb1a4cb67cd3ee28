package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * The contract between a fuel-metered module and its host.
 *
 * <p>{@link ModuleRewriter} appends one mutable {@code i64} global after all existing globals (so no global
 * index shifts), initialised to the budget and exported as {@value #GLOBAL_EXPORT_NAME}, and one function after
 * all existing functions (so no function index shifts) that returns it, exported as
 * {@value #VALUE_FUNCTION_EXPORT_NAME}. The guest
 * subtracts each basic block's static cost on entry and executes {@code unreachable} as soon as the global is
 * negative. A host that catches a trap therefore tells exhaustion apart from an ordinary trap by reading the
 * global: negative means out of fuel ({@link #isExhausted(long)}).
 *
 * <p>Because a block is charged before it runs, a guest that traps for lack of fuel has not executed the
 * block that overdrew; the global then holds {@code remaining - blockCost}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FuelMetering {

    /** The export name of the injected fuel global. Modules that already export this name are refused. */
    public static final String GLOBAL_EXPORT_NAME = "wasm_sandbox_fuel";

    /**
     * The export name of an injected function {@code [] -> [i64]} that returns the fuel global, for hosts whose
     * API can call exported functions but not read exported globals (wasmtime-java 0.19). It is not metered.
     */
    public static final String VALUE_FUNCTION_EXPORT_NAME = GLOBAL_EXPORT_NAME + "_value";

    private FuelMetering() {}

    /**
     * Whether the fuel global's value means the guest ran out of fuel.
     *
     * @param remaining the value of the {@value #GLOBAL_EXPORT_NAME} global after a trap
     * @return {@code true} when negative
     */
    public static boolean isExhausted(long remaining) {
        return remaining < 0;
    }

    /**
     * Fuel consumed: {@code budget - max(remaining, 0)}, clamped to {@code [0, budget]}.
     *
     * @param budget the budget the module was rewritten with
     * @param remaining the current value of the fuel global
     * @return the fuel consumed
     */
    public static long consumed(long budget, long remaining) {
        long used = budget - Math.max(remaining, 0);
        return Math.max(0, Math.min(budget, used));
    }
}
