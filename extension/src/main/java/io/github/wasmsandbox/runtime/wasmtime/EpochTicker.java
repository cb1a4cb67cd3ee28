package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Engine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The daemon thread that advances one engine's epoch every tick, so that a store whose epoch deadline has been
 * reached traps with {@code INTERRUPT}. Started when the engine opens (so that the first run does not pay for a
 * thread start before its deadline), with the default tick until the first run that needs it sets its own
 * ({@link #retick}); stopped (and joined) when the engine closes.
 */
final class EpochTicker implements AutoCloseable {

    private final Engine engine;
    private volatile long tickNanos;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long nextTickNanos;

    EpochTicker(Engine engine, Duration tick, String name) {
        this.engine = engine;
        this.tickNanos = tick.toNanos();
        this.nextTickNanos = System.nanoTime() + tickNanos;
        this.thread = new Thread(this::tick, name);
        this.thread.setDaemon(true);
        this.thread.start();
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
        nextTickNanos = System.nanoTime() + nanos;
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

    private void tick() {
        while (!stopped) {
            long wait = nextTickNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            synchronized (this) {
                long next = nextTickNanos;
                long now = System.nanoTime();
                if (next > now) {
                    continue; // reticked meanwhile
                }
                // Increment first, then publish the next tick: an arm() in between counts this tick as still to
                // come and traps one tick late, never early.
                engine.incrementEpoch();
                now = System.nanoTime();
                nextTickNanos = next + tickNanos < now ? now + tickNanos : next + tickNanos;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
