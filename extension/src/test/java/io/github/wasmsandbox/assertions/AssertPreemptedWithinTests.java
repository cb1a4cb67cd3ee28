package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning;
import io.github.wasmsandbox.core.EscapeDetector;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.runtime.chicory.ChicoryInstances;
import io.github.wasmsandbox.spi.GuestFrames;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("assertPreemptedWithin")
class AssertPreemptedWithinTests {

    /** A fake runtime for a user-added signature: {@code interpret} is its guest code. */
    static final class ToyRuntime {
        static void interpret(Runnable hostFunction) {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.nanoTime() & 1;
                hostFunction.run();
            }
            if (x == 42) {
                System.out.print("");
            }
        }
    }

    private static final GuestFrames TOY = GuestFrames.of("toy-runtime",
            GuestFrames.method(ToyRuntime.class.getName(), "interpret"), List.of(ToyRuntime.class.getName()));

    private static ExecutorService pool(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs LOOP_BR on Chicory's compiler (which stops on interrupt). */
    private static long[] loopForever(Instance.Builder builder) {
        return builder.build().export("run").apply();
    }

    private static Instance.Builder loopBr() {
        return new ChicoryInstances(SandboxLimits.NONE, true).builder(HostileFixture.LOOP_BR.bytes());
    }

    private static void stop(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the leaked guest stopped").isTrue();
    }

    @Test
    @DisplayName("passes a host that interrupts its guest and waits for it before returning")
    void stoppingHost() throws InterruptedException {
        ExecutorService pool = pool("interrupting-host-guest");
        Instance.Builder builder = loopBr();
        try {
            assertPreemptedWithin(5_000, TimeoutException.class, () -> {
                Future<long[]> guest = pool.submit(() -> loopForever(builder));
                try {
                    guest.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    guest.cancel(true);
                    pool.submit(() -> { }).get(5, TimeUnit.SECONDS);
                    throw e;
                }
            });
        } finally {
            stop(pool);
        }
    }

    @Test
    @DisplayName("fails a host whose timeout returns while the guest keeps running")
    void naiveHost() throws InterruptedException {
        ExecutorService pool = pool("naive-host-guest");
        Instance.Builder builder = loopBr();
        try {
            assertThatThrownBy(() -> assertPreemptedWithin(5_000, TimeoutException.class,
                    () -> pool.submit(() -> loopForever(builder)).get(50, TimeUnit.MILLISECONDS)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("these threads were still inside guest code at the end of the 200 ms")
                    .hasMessageContaining("running: 'naive-host-guest' (id ")
                    .hasMessageContaining("RUNNABLE) in chicory guest code at [com.dylibso.chicory.$gen.")
                    .hasMessageContaining(ShouldNotLeaveGuestRunning.BURNING_FIX)
                    .hasMessageNotContaining(ShouldNotLeaveGuestRunning.BLOCKED_FIX);
        } finally {
            stop(pool);
        }
    }

    @Test
    @DisplayName("fails a host that leaves its guest parked in a host function (a user-added signature)")
    void blockedGuest() throws InterruptedException {
        ExecutorService pool = pool("toy-guest");
        Object lock = new Object();
        Runnable block = () -> {
            synchronized (lock) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            assertThatThrownBy(() -> assertPreemptedWithin(Duration.ofSeconds(5), TimeoutException.class, List.of(TOY),
                    () -> pool.submit(() -> ToyRuntime.interpret(block)).get(50, TimeUnit.MILLISECONDS)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("blocked: 'toy-guest' (id ")
                    .hasMessageContaining("WAITING) in host function " + AssertPreemptedWithinTests.class.getName())
                    .hasMessageContaining("called by toy-runtime guest code at [" + ToyRuntime.class.getName() + ".interpret]")
                    .hasMessageContaining(ShouldNotLeaveGuestRunning.BLOCKED_FIX)
                    .hasMessageNotContaining(ShouldNotLeaveGuestRunning.BURNING_FIX);
        } finally {
            stop(pool);
        }
    }

    @Test
    @DisplayName("passes a toy-runtime host that interrupts its guest")
    void toyStoppingHost() throws InterruptedException {
        ExecutorService pool = pool("toy-guest-stopped");
        try {
            assertPreemptedWithin(Duration.ofSeconds(5), TimeoutException.class, List.of(TOY), () -> {
                Future<?> guest = pool.submit(() -> ToyRuntime.interpret(() -> { }));
                try {
                    guest.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    guest.cancel(true);
                    pool.submit(() -> { }).get(5, TimeUnit.SECONDS);
                    throw e;
                }
            });
        } finally {
            stop(pool);
        }
    }

    @Test
    @DisplayName("fails a call that throws something else than the accepted timeout, with it as the cause")
    void otherException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> assertPreemptedWithin(1_000, TimeoutException.class, () -> {
            throw boom;
        })).isInstanceOf(AssertionError.class).hasCause(boom).hasMessage(String.format(
                "%nExpecting the call to return or throw java.util.concurrent.TimeoutException,%nbut it threw:%n"
                        + "  java.lang.IllegalStateException: boom"));
        assertThatThrownBy(() -> assertPreemptedWithin(1_000, () -> {
            throw new TimeoutException("late");
        })).isInstanceOf(AssertionError.class).hasCauseInstanceOf(TimeoutException.class).hasMessage(String.format(
                "%nExpecting the call to return,%nbut it threw:%n  java.util.concurrent.TimeoutException: late"));
    }

    @Test
    @DisplayName("accepts the given timeout exception and a normal return")
    void acceptedEnds() {
        assertPreemptedWithin(1_000, TimeoutException.class, () -> {
            throw new TimeoutException("host timeout");
        });
        assertPreemptedWithin(1_000, () -> { });
    }

    @Test
    @DisplayName("fails a call that does not return within the bound, with its thread's stack, and interrupts it")
    void hangingCall() {
        Object never = new Object();
        assertThatThrownBy(() -> assertPreemptedWithin(100, () -> {
            synchronized (never) {
                never.wait();
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(String.format("%nExpecting the call to return within:%n  100 ms%nbut it was"
                        + " still running after:%n  "))
                .hasMessageContaining(String.format("on thread 'wasm-sandbox-assertPreemptedWithin-call':%n"
                        + "    at java.lang.Object.wait"))
                .hasMessageContaining(AssertPreemptedWithinTests.class.getName() + ".lambda$hangingCall$")
                .hasMessageEndingWith(String.format("%nThat thread was interrupted and has ended."));
    }

    @Test
    @DisplayName("the escape message names each thread, its state, guest frames and CPU, and the fix")
    void escapeMessage() {
        StackTraceElement inner = new StackTraceElement("com.dylibso.chicory.$gen.CompiledMachineFuncGroup_0", "func_2",
                null, -1);
        StackTraceElement call = new StackTraceElement("com.dylibso.chicory.$gen.CompiledMachine", "call", "wasm", -1);
        StackTraceElement host = new StackTraceElement("com.example.Host", "block", "Host.java", 14);
        List<EscapeDetector.Escape> escapes = List.of(
                new EscapeDetector.Escape("pool-1-thread-1", 31, Thread.State.RUNNABLE, EscapeDetector.Kind.BURNING,
                        "chicory", List.of(inner, call), Optional.empty(), 150_000_000L),
                new EscapeDetector.Escape("pool-2-thread-1", 32, Thread.State.WAITING, EscapeDetector.Kind.BLOCKED,
                        "chicory", List.of(call), Optional.of(host), 0));
        assertThat(ShouldNotLeaveGuestRunning.shouldNotLeaveGuestRunning(Duration.ofMillis(51), Duration.ofMillis(200),
                escapes).create()).isEqualTo(String.format("%nExpecting no guest to keep running once the call returned"
                + " (after 51 ms),%nbut these threads were still inside guest code at the end of the 200 ms that followed:"
                + "%n  - running: 'pool-1-thread-1' (id 31, RUNNABLE) in chicory guest code at"
                + " [com.dylibso.chicory.$gen.CompiledMachineFuncGroup_0.func_2 <- com.dylibso.chicory.$gen.CompiledMachine.call],"
                + " 150 ms of CPU during the grace"
                + "%n  - blocked: 'pool-2-thread-1' (id 32, WAITING) in host function com.example.Host.block called by"
                + " chicory guest code at [com.dylibso.chicory.$gen.CompiledMachine.call], 0 ms of CPU during the grace"
                + "%n" + ShouldNotLeaveGuestRunning.BURNING_FIX + "%n" + ShouldNotLeaveGuestRunning.BLOCKED_FIX));
    }
}
