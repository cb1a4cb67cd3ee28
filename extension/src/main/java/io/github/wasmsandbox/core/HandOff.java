package io.github.wasmsandbox.core;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The brief spin before a thread parks to wait for another. A run hands its guest to a pool thread and the outcome
 * back (the caller waits for the guest's end and for the thread's return; an idle pool thread waits for its next
 * run), and a short guest is over in microseconds, far less than waking a parked thread can take: on the 2-core
 * machine of docs/performance.md a warm run of {@code answer} on chicory-compiler took about 75 µs (55 µs of CPU,
 * most of it in the kernel) when every wait parked at once, and 3.4 µs when each spun first. A waiter spins at most
 * {@link #SPIN_NANOS}, so a long run costs its waiters that much CPU at most per wait.
 */
final class HandOff {
    /** How long a waiter spins before it parks. */
    static final long SPIN_NANOS = 50_000;

    private HandOff() {}

    /** Spins until {@code condition} holds or {@code nanos} (at most {@link #SPIN_NANOS}) pass; returns it. */
    static boolean spinUntil(BooleanSupplier condition, long nanos) {
        return spinUntil(condition, nanos, System::nanoTime);
    }

    /** {@link #spinUntil(BooleanSupplier, long)} measured on {@code clock}, so that tests do not depend on timing. */
    static boolean spinUntil(BooleanSupplier condition, long nanos, LongSupplier clock) {
        long until = clock.getAsLong() + Math.min(nanos, SPIN_NANOS);
        while (!condition.getAsBoolean()) {
            if (clock.getAsLong() - until >= 0) {
                return condition.getAsBoolean();
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
