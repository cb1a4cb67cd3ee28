package io.github.wasmsandbox.rewrite;

import org.apiguardian.api.API;

/**
 * The globals a rewritten module keeps so that its host can tell <em>why</em> it stopped, not guess from the
 * state it left behind. Each is a mutable {@code i64} appended after every existing global, exported under the
 * name below, with an unmetered function {@code [] -> [i64]} returning it exported as the name plus
 * {@code _value} (for hosts that cannot read globals). Modules that already use any of these names are refused.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Evidence {

    /** 1 once a {@code memory.grow} or {@code table.grow} of this instance returned -1 (growth refused), else 0. */
    public static final String GROW_DENIED_EXPORT = "wasm_sandbox_grow_denied";

    /**
     * The current nesting of calls (0 in the export the host called). When a call would exceed the maximum, the
     * counter is left one above it and the guest executes {@code unreachable}.
     */
    public static final String CALL_DEPTH_EXPORT = "wasm_sandbox_call_depth";

    private Evidence() {}

    /** The export name of the function returning {@code global}'s value. */
    public static String valueFunction(String global) {
        return global + "_value";
    }
}
