package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * A kind of limit a sandbox can impose on a guest. The fixture catalog uses it to say which limit is
 * supposed to stop a hostile fixture; an {@link OutcomeKind#UNSUPPORTED} outcome uses it to say which limit
 * a runtime cannot enforce.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Limit {
    /** Wall-clock deadline, enforced by thread interruption or epoch interruption. */
    DEADLINE,
    /** Fuel budget: a count of executed operators. */
    FUEL,
    /** Maximum linear memory size in 64 KiB pages. */
    MEMORY_CAP,
    /** Maximum table size in elements. */
    TABLE_CAP,
    /** Maximum call stack (the guest thread's stack size). */
    STACK,
    /** Maximum nesting of Wasm calls, counted by wasm-sandbox in the module itself (portable). */
    CALL_DEPTH,
    /** No limit is needed: a benign control. */
    NONE
}
