package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.error.ShouldStopBurningCpu.shouldReturnWithin;
import static io.github.wasmsandbox.assertions.error.ShouldStopBurningCpu.shouldStopBurningCpu;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.core.CpuWatch;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
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
 * assertPreemptedWithin(500, () -> myPluginHost.runPlugin(untrustedWasm));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WasmAssertions {

    /** How long {@code assertPreemptedWithin} watches CPU use after the call returned. */
    public static final Duration CPU_GRACE_PERIOD = Duration.ofMillis(200);
    /** The share of the grace period a thread must spend on CPU to count as still running the guest. */
    public static final double BURNING_CPU_SHARE = 0.1;

    private WasmAssertions() {}

    /** Assertions on a guest run's outcome. */
    public static OutcomeAssert assertThat(Outcome actual) {
        return new OutcomeAssert(actual);
    }

    /**
     * Checks <em>your own host</em>: runs {@code call} and fails unless it returns (normally or with an
     * exception, such as a timeout your host throws) within {@code millis} milliseconds <strong>and</strong>
     * no thread that worked during the call keeps burning CPU afterwards. The second half catches the classic
     * bug where a timeout wrapper returns to the caller while the guest keeps running.
     *
     * <p>CPU use is sampled JVM-wide with {@link ThreadMXBean}: do not run other CPU-bound work in parallel
     * with this assertion (mark the test {@code @Isolated} under JUnit's parallel execution).
     *
     * <pre>{@code
     * assertPreemptedWithin(500, () -> host.run(loopForever));   // passes for a host that interrupts its guest
     * assertPreemptedWithin(500, () -> naiveHost.run(loopForever)); // fails: "these threads kept burning CPU"
     * }</pre>
     */
    public static void assertPreemptedWithin(long millis, GuestCall call) {
        assertPreemptedWithin(Duration.ofMillis(millis), call);
    }

    /** {@link #assertPreemptedWithin(long, GuestCall)} with a bound in any unit. */
    public static void assertPreemptedWithin(long bound, TimeUnit unit, GuestCall call) {
        assertPreemptedWithin(Duration.ofNanos(unit.toNanos(bound)), call);
    }

    /** {@link #assertPreemptedWithin(long, GuestCall)} with a {@link Duration}. */
    public static void assertPreemptedWithin(Duration bound, GuestCall call) {
        CpuWatch watch = CpuWatch.start();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                call.call();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "wasm-sandbox-assertPreemptedWithin-call");
        caller.setDaemon(true);
        long start = System.nanoTime();
        caller.start();
        try {
            TimeUnit.NANOSECONDS.timedJoin(caller, bound.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the call", e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (caller.isAlive()) {
            caller.interrupt();
            throw fail(shouldReturnWithin(bound, elapsed));
        }
        if (failure.get() instanceof AssertionError assertionError) {
            throw assertionError;
        }
        long watchStart = System.nanoTime();
        List<String> burning = watch.stillBurning(CPU_GRACE_PERIOD, BURNING_CPU_SHARE, Set.of(caller.getId())).stream()
                .map(CpuWatch.Burner::description).toList();
        if (!burning.isEmpty()) {
            throw fail(shouldStopBurningCpu(elapsed, Duration.ofNanos(System.nanoTime() - watchStart), burning));
        }
    }

    private static AssertionError fail(ErrorMessageFactory message) {
        return new AssertionErrorCreator().assertionError(message.create());
    }

    /** A call into your host that runs a guest; it may throw (a timeout exception counts as returning). */
    @FunctionalInterface
    public interface GuestCall {
        /** Runs the call. */
        void call() throws Throwable;
    }
}
