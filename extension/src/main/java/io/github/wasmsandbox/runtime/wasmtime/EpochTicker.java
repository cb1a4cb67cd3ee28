package io.github.wasmsandbox.runtime.wasmtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * One engine's epoch clock: the engine's epoch counts the ticks that have passed, so that a store whose epoch
 * deadline has been reached traps with {@code INTERRUPT}. A daemon thread advances it every tick; so does every
 * stop request ({@link #catchUp}, called by the engine's {@code preempt}), so that a guest past its deadline stops as
 * soon as the watchdog runs, even while this thread waits for a core. Each advance increments the epoch once for
 * every tick whose time has come and not been counted (never for a tick still to come, so no store traps early, and
 * none skipped, so a loaded machine does not stretch a deadline counted in ticks). Started when the engine opens,
 * with the default tick until the first run that needs it sets its own ({@link #retick}); stopped (and joined) when
 * the engine closes.
 */
final class EpochTicker implements AutoCloseable {

    private final Runnable incrementEpoch;
    private final LongSupplier clock;
    private volatile long tickNanos;
    private final Thread thread;
    private volatile boolean stopped;
    /** When the next tick falls ({@link #clock}); published after the increments of the ticks before it. */
    private volatile long nextTickNanos;

    /** A ticker on {@code clock} ({@link System#nanoTime}), with its thread started unless {@code manual}. */
    EpochTicker(Runnable incrementEpoch, Duration tick, String name, LongSupplier clock, boolean manual) {
        this.incrementEpoch = incrementEpoch;
        this.clock = clock;
        this.tickNanos = tick.toNanos();
        this.nextTickNanos = clock.getAsLong() + tickNanos;
        this.thread = new Thread(this::tick, name);
        this.thread.setDaemon(true);
        if (!manual) {
            this.thread.start();
        }
    }

    /** The ticker of a Wasmtime engine, on {@link System#nanoTime()}, its thread started. */
    EpochTicker(Runnable incrementEpoch, Duration tick, String name) {
        this(incrementEpoch, tick, name, System::nanoTime, false);
    }

    /**
     * Sets the tick; only before any run has armed a deadline against this ticker (the next tick is one new
     * tick from now).
     */
    synchronized void retick(Duration tick) {
        long nanos = tick.toNanos();
        if (nanos == tickNanos) {
            return;
        }
        tickNanos = nanos;
        nextTickNanos = clock.getAsLong() + nanos;
        LockSupport.unpark(thread);
    }

    /** The tick. */
    long tickNanos() {
        return tickNanos;
    }

    /**
     * How many epoch increments from now until the first one at or after {@code deadlineNanos}: the value for
     * {@code Store.setEpochDeadline}, so that the guest traps at the first tick that reaches its deadline, never
     * before it (a tick that falls between this call and arming the store only makes the trap one tick later).
     */
    long ticksUntil(long deadlineNanos) {
        long next = nextTickNanos;
        if (deadlineNanos <= next) {
            return 1;
        }
        return (deadlineNanos - next + tickNanos - 1) / tickNanos + 1;
    }

    /**
     * Increments the epoch once for every tick whose time has come since the last advance, and returns how many
     * that was (0 when the next tick is still to come). Safe from any thread; does nothing once the ticker is
     * closed (the engine may be disposed then).
     */
    synchronized long catchUp() {
        if (stopped) {
            return 0;
        }
        long next = nextTickNanos;
        long now = clock.getAsLong();
        if (next > now) {
            return 0;
        }
        long due = (now - next) / tickNanos + 1;
        // Increment first, then publish the next tick: an arm() in between counts these ticks as still to come
        // and traps late, never early.
        for (long i = 0; i < due; i++) {
            incrementEpoch.run();
        }
        nextTickNanos = next + due * tickNanos;
        return due;
    }

    private void tick() {
        while (!stopped) {
            long wait = nextTickNanos - clock.getAsLong();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            catchUp();
        }
    }

    /** Stops the ticker: once this returns, nothing increments the epoch any more. */
    @Override
    public void close() {
        synchronized (this) {
            stopped = true;
        }
        LockSupport.unpark(thread);
        if (!thread.isAlive()) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
