package io.github.wasmsandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * A guest call on a thread of its own, so that a test can wait for how it ends with a bound instead of hanging,
 * and can wait until the thread is parked in the catalog's {@code env.block} ({@code FixtureHost}) to interrupt it.
 * The thread is a daemon and is interrupted on {@link #close()}, so a guest that fails to stop cannot hang the run.
 */
public final class GuestCall implements AutoCloseable {

    /** How long a call may take to reach {@code env.block}: a backstop for a loaded machine, never the verdict. */
    private static final long REACH_NANOS = 30_000_000_000L;

    private final Thread thread;
    private final CompletableFuture<Object> result = new CompletableFuture<>();

    private GuestCall(String name, Callable<?> call) {
        this.thread = new Thread(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code call} on a new thread named {@code name}. */
    public static GuestCall start(String name, Callable<?> call) {
        GuestCall started = new GuestCall(name, call);
        started.thread.start();
        return started;
    }

    /**
     * Waits until the thread is parked in {@code FixtureHost}'s {@code env.block}, and fails with the thread's stack
     * if the call ended instead, or did not get there in time.
     */
    public GuestCall awaitBlockedInEnvBlock() {
        long until = System.nanoTime() + REACH_NANOS;
        while (!isBlockedInEnvBlock()) {
            assertThat(result).as("the call ended before it blocked in env.block").isNotDone();
            assertThat(System.nanoTime()).as("the call did not block in env.block in time; its stack: %s",
                    Arrays.toString(thread.getStackTrace())).isLessThan(until);
            Thread.onSpinWait();
        }
        return this;
    }

    /** Whether the thread is parked in {@code FixtureHost}'s {@code env.block} now. */
    public boolean isBlockedInEnvBlock() {
        return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
                .anyMatch(f -> f.getClassName().equals("io.github.wasmsandbox.fixtures.FixtureHost")
                        && f.getMethodName().equals("blockUntilInterrupted"));
    }

    /** Interrupts the call's thread. */
    public void interrupt() {
        thread.interrupt();
    }

    /** How the call ends: its result, or the exception it threw. */
    public CompletableFuture<Object> result() {
        return result;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
