package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * How a guest run ended. The vocabulary shared by the fixture catalog (what a fixture is expected to do
 * under a correctly configured sandbox), the sandbox (what it did) and the conformance report.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum OutcomeKind {
    /** The call returned normally; the outcome carries the returned values. */
    COMPLETED,
    /** The deadline (thread interruption or epoch) stopped the guest; the outcome carries the latency. */
    PREEMPTED,
    /** The fuel budget ran out; the outcome carries the fuel consumed. */
    OUT_OF_FUEL,
    /** The guest trapped for its own reasons (unreachable, division by zero, out-of-bounds access, a host error). */
    TRAPPED,
    /** The guest exhausted its call stack. */
    STACK_EXHAUSTED,
    /** A memory or table cap stopped the guest (a declared minimum above the cap, or growth denied at the cap). */
    MEMORY_LIMIT,
    /** The module is malformed, invalid, or cannot be linked (a missing import or export). */
    INVALID_MODULE,
    /** The runtime cannot enforce a limit that was asked for; the outcome says which. Nothing was run. */
    UNSUPPORTED,
    /** The guest was still running at the hard ceiling: the sandbox failed to stop it and abandoned it. */
    ESCAPED,
    /**
     * Process isolation: the guest could not be stopped inside its child JVM (it escaped there, or the child did
     * not answer by the hard ceiling), so the child was killed. Contained: nothing keeps running.
     */
    KILLED,
    /** Process isolation: the child JVM died on its own (a native crash, the OS killing it); the outcome says how. */
    CRASHED
}
