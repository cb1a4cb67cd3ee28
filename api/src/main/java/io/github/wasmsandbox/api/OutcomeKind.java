package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * How a guest run ended. The vocabulary shared by the fixture catalog (what a fixture is expected to do
 * under a correctly configured sandbox), the sandbox (what it did) and the conformance report.
 *
 * <p><b>Decision table.</b> An outcome names the cause that ended the run, decided in one place (the core), on
 * evidence recorded during the run, never guessed from the state the guest left behind. When several causes
 * apply, the first in this order wins:
 * <ol>
 *   <li>{@link #OUT_OF_FUEL}: the injected fuel counter is exhausted;</li>
 *   <li>{@link #PREEMPTED}: a stop was requested (deadline, or the caller interrupted) and the run ended because
 *       of it: the runtime's interruption or epoch trap, an {@link InterruptedException} anywhere in the failure's
 *       causes, or a host function that returned while its thread was interrupted;</li>
 *   <li>{@link #STACK_EXHAUSTED}: the runtime's stack overflow, or the injected call-depth counter;</li>
 *   <li>{@link #MEMORY_LIMIT}: a {@code memory.grow} or {@code table.grow} was refused at the cap <em>in this run</em>
 *       (recorded by the injected grow functions) and the guest then trapped; or a declared minimum above the cap
 *       (before any code runs);</li>
 *   <li>{@link #HEAP_EXHAUSTED}: the JVM ran out of heap while running the guest;</li>
 *   <li>{@link #TRAPPED}: any other trap, or a host function's failure.</li>
 * </ol>
 * A trap while memory merely sits at its cap, with no refused growth, is {@link #TRAPPED}.
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
    /** The guest exhausted its call stack, or nested calls deeper than {@code maxCallDepth}. */
    STACK_EXHAUSTED,
    /**
     * A memory or table cap stopped the guest: a declared minimum above the cap, or growth refused at the cap in
     * this run followed by a trap.
     */
    MEMORY_LIMIT,
    /**
     * The JVM that ran the guest ran out of heap (Wasm frames and GC objects of pure-Java runtimes live there):
     * not a sandbox limit; lower {@code maxCallDepth}, or run the guest in process isolation, whose child JVM's
     * heap is bounded.
     */
    HEAP_EXHAUSTED,
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
