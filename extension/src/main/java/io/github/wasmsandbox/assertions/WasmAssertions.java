package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning.shouldNotLeaveGuestRunning;
import static io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning.shouldNotThrow;
import static io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning.shouldReturnWithin;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.core.EscapeDetector;
import io.github.wasmsandbox.spi.GuestFrames;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.error.AssertionErrorCreator;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The entry point of wasm-sandbox's assertions.
 *
 * <pre>{@code
 * import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
 * import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
 *
 * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted().withinMillis(50);
 * assertPreemptedWithin(500, TimeoutException.class, () -> myPluginHost.runPlugin(untrustedWasm));
 * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isCompleted();
 * // fails: "Expecting the guest run on chicory-compiler to end as: COMPLETED but it ended as: PREEMPTED ..."
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WasmAssertions {

    /** How long {@code assertPreemptedWithin} keeps sampling thread stacks after the call returned. */
    public static final Duration ESCAPE_GRACE_PERIOD = Duration.ofMillis(200);
    /** How long {@code assertPreemptedWithin} waits for the call's thread to end after interrupting it. */
    public static final Duration CALL_STOP_WAIT = Duration.ofSeconds(1);
    private static final int CALL_STACK_FRAMES = 20;

    private WasmAssertions() {}

    /**
     * Narrows an {@code Object} to an {@link Outcome} for AssertJ's {@code asInstanceOf}, e.g. on a value
     * extracted from a list or a map.
     *
     * <pre>{@code
     * assertThat((Object) outcome).asInstanceOf(OUTCOME).isPreempted();   // passes for a preempted Outcome
     * assertThat((Object) "text").asInstanceOf(OUTCOME).isPreempted();    // fails: "to be an instance of: Outcome"
     * }</pre>
     */
    public static final InstanceOfAssertFactory<Outcome, OutcomeAssert> OUTCOME =
            new InstanceOfAssertFactory<>(Outcome.class, OutcomeAssert::new);

    /**
     * Assertions on a guest run's outcome.
     *
     * <pre>{@code
     * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted().withinMillis(50);   // passes
     * assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isOutOfFuel();   // fails: it was PREEMPTED
     * }</pre>
     */
    public static OutcomeAssert assertThat(Outcome actual) {
        return new OutcomeAssert(actual);
    }

    /**
     * Runs {@code softly} with fresh {@link WasmSoftAssertions} and then reports every failure it collected
     * together (the same as {@link WasmSoftAssertions#assertSoftly(Consumer)}).
     *
     * <pre>{@code
     * assertSoftly(softly -> {
     *     softly.assertThat(onInterpreter).isPreempted();
     *     softly.assertThat(onCompiler).isPreempted();
     * });   // passes when both were preempted; otherwise fails once, listing each failure
     * }</pre>
     */
    public static void assertSoftly(Consumer<WasmSoftAssertions> softly) {
        WasmSoftAssertions.assertSoftly(softly);
    }

    /**
     * Checks <em>your own host</em>: runs {@code call} on a helper thread and fails unless it returns within
     * {@code millis} milliseconds <strong>and</strong> no guest it started is still running afterwards. The second
     * half catches the classic bug where a timeout wrapper ({@code Future.get(timeout)} alone) returns to the
     * caller while the guest keeps running, or stays parked in a host function it called.
     *
     * <p>"Still running" is decided by stack inspection ({@link EscapeDetector#forCall}): for
     * {@link #ESCAPE_GRACE_PERIOD} after the call, the stacks of the threads the call can have used are sampled, and
     * one that was not already inside guest code before the call and is still inside it at the end (a frame of
     * Chicory, Endive, wasmtime-java, GraalWasm or a registered adapter, see {@link GuestFrames}) is an escape:
     * running (burning CPU) or blocked (parked in a host function the guest called). The verdict does not depend on
     * CPU use or machine load. It holds under JUnit parallel execution without {@code @Isolated}: guests of
     * other tests run through wasm-sandbox are not blamed, and escape checks run one at a time in the JVM (each
     * waits for the one before it, outside its time bound). Only a test running guests outside wasm-sandbox, on
     * threads of its own, beside this check needs {@code @Isolated}. Any exception thrown by the call fails the
     * assertion, with it as the cause; use {@link #assertPreemptedWithin(long, Class, ThrowingCallable)} when your
     * host signals its timeout by one. A call that does not return in time fails with its thread's stack; that
     * thread is interrupted.
     *
     * <pre>{@code
     * assertPreemptedWithin(500, TimeoutException.class, () -> host.run(loopForever)); // passes: it interrupts its guest
     * assertPreemptedWithin(500, TimeoutException.class, () -> naiveHost.run(loopForever));
     * // fails: "these threads were still inside guest code ... not Future.get(timeout) alone"
     * }</pre>
     */
    public static void assertPreemptedWithin(long millis, ThrowingCallable call) {
        assertPreemptedWithin(Duration.ofMillis(millis), null, List.of(), call);
    }

    /**
     * {@link #assertPreemptedWithin(long, ThrowingCallable)} where ending with {@code timeoutException} (or a
     * subclass) counts as returning: the way your host reports its timeout.
     */
    public static void assertPreemptedWithin(long millis, Class<? extends Throwable> timeoutException,
                                             ThrowingCallable call) {
        assertPreemptedWithin(Duration.ofMillis(millis), Objects.requireNonNull(timeoutException, "timeoutException"),
                List.of(), call);
    }

    /** {@link #assertPreemptedWithin(long, ThrowingCallable)} with a bound in any unit. */
    public static void assertPreemptedWithin(long bound, TimeUnit unit, ThrowingCallable call) {
        assertPreemptedWithin(Duration.ofNanos(unit.toNanos(bound)), null, List.of(), call);
    }

    /** {@link #assertPreemptedWithin(long, ThrowingCallable)} with a {@link Duration}. */
    public static void assertPreemptedWithin(Duration bound, ThrowingCallable call) {
        assertPreemptedWithin(bound, null, List.of(), call);
    }

    /**
     * The full form of {@link #assertPreemptedWithin(long, ThrowingCallable)}.
     *
     * @param timeoutException the exception that counts as returning (your host's timeout), or null for none
     * @param signatures extra guest-frame signatures to recognise (a runtime wasm-sandbox does not know), on top
     *     of the built-in and registered ones
     */
    public static void assertPreemptedWithin(Duration bound, Class<? extends Throwable> timeoutException,
                                             List<GuestFrames> signatures, ThrowingCallable call) {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(call, "call");
        try (EscapeDetector detector = EscapeDetector.forCall(EscapeDetector.withDefaults(signatures))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = detector.newThread(() -> {
                try {
                    call.call();
                } catch (Throwable t) {
                    thrown.set(t);
                }
            }, "wasm-sandbox-assertPreemptedWithin-call");
            long start = System.nanoTime();
            caller.start();
            join(caller, bound);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (caller.isAlive()) {
                List<StackTraceElement> stack = Arrays.asList(caller.getStackTrace());
                caller.interrupt();
                join(caller, CALL_STOP_WAIT);
                throw fail(shouldReturnWithin(bound, elapsed, caller.getName(),
                        stack.subList(0, Math.min(CALL_STACK_FRAMES, stack.size())), !caller.isAlive()));
            }
            Throwable failure = thrown.get();
            boolean timedOut = failure != null && timeoutException != null && timeoutException.isInstance(failure);
            List<EscapeDetector.Escape> escapes = detector.escapes(ESCAPE_GRACE_PERIOD, Set.of(caller.getId()));
            if (!escapes.isEmpty()) {
                ErrorMessageFactory message = shouldNotLeaveGuestRunning(elapsed, ESCAPE_GRACE_PERIOD, escapes);
                throw failure != null && !timedOut ? new AssertionError(message.create(), failure) : fail(message);
            }
            if (failure instanceof AssertionError assertionError) {
                throw assertionError;
            }
            if (failure != null && !timedOut) {
                throw new AssertionError(shouldNotThrow(timeoutException, failure).create(), failure);
            }
        }
    }

    private static void join(Thread thread, Duration wait) {
        try {
            TimeUnit.NANOSECONDS.timedJoin(thread, wait.toNanos());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the call", e);
        }
    }

    private static AssertionError fail(ErrorMessageFactory message) {
        return new AssertionErrorCreator().assertionError(message.create());
    }

    /**
     * A call into your host that runs a guest.
     *
     * @deprecated any {@link ThrowingCallable} will do; kept for callers that named this type
     */
    @Deprecated(since = "0.1.0")
    @FunctionalInterface
    public interface GuestCall extends ThrowingCallable {
    }
}
