package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.SandboxLimits;
import org.apiguardian.api.API;

/**
 * A runtime's long-lived state, opened by {@link SandboxRuntime#openEngine()} and closed by the core when the
 * last sandbox using it closes. Must be thread-safe: several guests may run at once.
 *
 * <p>The life of one run, as the core drives it:
 * <ol>
 *   <li>{@link #prepare(byte[])} on the caller's thread: decode, validate and compile the module (the core
 *       caches the result per module and engine).</li>
 *   <li>{@link #run(PreparedModule, Invocation, GuestControl)} on a dedicated guest thread whose stack is
 *       {@link #guestThreadStackBytes(SandboxLimits)}: instantiate, then call the export.</li>
 *   <li>At the deadline, {@link #preempt(Thread, GuestControl)} from the watchdog (another thread).</li>
 *   <li>{@link #classify(Throwable, GuestControl)} turns whatever {@code run} threw into an outcome kind.</li>
 * </ol>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RuntimeEngine extends AutoCloseable {

    /**
     * Decodes, validates and compiles a module.
     *
     * @throws InvalidModuleException when the module is malformed or invalid; the message says where
     */
    PreparedModule prepare(byte[] wasm) throws InvalidModuleException;

    /**
     * Instantiates the module with the limits of {@code control}, runs its start function, then calls the
     * invocation's export, if any. Runs on the guest thread. It must not return or throw while guest code of this
     * run still executes on any thread (a guest handed to another thread must have stopped first): the conformance
     * kit reports a guest seen in guest code after {@code run} ended a stopped run as ESCAPED. Execute the guest
     * through {@link GuestControl#runGuest}, on whichever thread runs it: a run that ends while its guest still
     * executes elsewhere is then ESCAPED without relying on stack samples.
     *
     * @return the raw results of the call (empty when only instantiating)
     * @throws Exception whatever stopped the guest; {@link #classify} explains it
     */
    long[] run(PreparedModule module, Invocation invocation, GuestControl control) throws Exception;

    /**
     * Asks the guest to stop now because its deadline has passed. Called from another thread; must not block.
     * Interruption-based runtimes interrupt {@code guestThread}; epoch-based ones may do nothing (their epoch
     * deadline was armed in {@code run}).
     */
    void preempt(Thread guestThread, GuestControl control);

    /** Explains what {@code run} threw. */
    Classification classify(Throwable failure, GuestControl control);

    /** The stack size of the guest threads for these limits (bounds recursion; must exceed any native stack limit). */
    long guestThreadStackBytes(SandboxLimits limits);

    /** Releases everything the engine holds. Idempotent. */
    @Override
    void close();
}
