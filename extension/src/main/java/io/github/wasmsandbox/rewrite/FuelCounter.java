package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * Where a fuel-metered function keeps its running count between charges. Both give the same count, to the unit,
 * in the fuel global the host reads, whether the guest completes, traps or runs out of fuel; they differ only in
 * speed. Chosen with {@link RewriteOptions.Builder#fuelCounter(FuelCounter)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum FuelCounter {

    /**
     * The default: a function that contains a loop keeps the count in an added {@code i64} local, loaded from the
     * global on entry and written back wherever the global can be observed: before every call (and reloaded after
     * it), return, exit, throw and instruction that may trap, and when the fuel runs out; a catch landing reloads
     * it. Other functions, and every function that contains a tail call ({@code return_call*}: Chicory 1.7.5's
     * interpreter fails when a function with more locals than parameters tail-calls itself), use the global as
     * {@link #GLOBAL} does. A guest stopped from outside (deadline, interruption) leaves in the global what it had
     * written back last; see {@code docs/rewriting.md}.
     */
    LOCAL,

    /**
     * Every charge reads and writes the global itself (two reads and a write per charged segment), in every
     * function: how the rewriter metered before {@link #LOCAL} existed, kept so that the two can be compared.
     */
    GLOBAL
}
