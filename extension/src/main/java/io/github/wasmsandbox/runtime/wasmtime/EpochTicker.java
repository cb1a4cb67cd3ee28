package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Engine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The daemon thread that advances one engine's epoch every tick, so that a store whose epoch deadline has been
 * reached traps with {@code INTERRUPT}. Started lazily by the first run that needs it, stopped (and joined) when
 * the engine closes.
 */
final class EpochTicker implements AutoCloseable {

    private final Engine engine;
    private final long tickNanos;
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
        long next = System.nanoTime() + tickNanos;
        nextTickNanos = next;
        while (!stopped) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            // Increment first, then publish the next tick: an arm() in between counts this tick as still to
            // come and traps one tick late, never early.
            engine.incrementEpoch();
            long now = System.nanoTime();
            next = next + tickNanos < now ? now + tickNanos : next + tickNanos;
            nextTickNanos = next;
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
