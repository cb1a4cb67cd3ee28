package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The body of a guest thread (a pooled one, {@link GuestThreadPool}): one run of one invocation, remembering how and when it ended. */
final class GuestTask implements Runnable {

    private final RuntimeEngine engine;
    private final PreparedModule module;
    private final Invocation invocation;
    private final GuestControl control;
    private volatile long[] values;
    private volatile Throwable failure;
    private volatile long stopNanos;
    private final CountDownLatch done = new CountDownLatch(1);

    GuestTask(RuntimeEngine engine, PreparedModule module, Invocation invocation, GuestControl control) {
        this.engine = engine;
        this.module = module;
        this.invocation = invocation;
        this.control = control;
    }

    @Override
    public void run() {
        try {
            values = engine.run(module, invocation, control);
        } catch (Throwable t) {
            // An adapter that handed the guest to a thread of its own (and reported, say, a timeout of its wait):
            // what ended the guest is what it threw there.
            failure = control.guestFailure().filter(f -> f.thread() != Thread.currentThread())
                    .map(GuestControl.GuestFailure::failure).orElse(t);
        } finally {
            stopNanos = System.nanoTime();
            done.countDown();
        }
    }

    /**
     * Waits until the run ends or {@code nanos} pass, with nanosecond resolution ({@code Thread.join} rounds up to
     * whole milliseconds, which would add up to a millisecond to every preemption).
     *
     * @return whether the run has ended
     */
    boolean awaitDone(long nanos) throws InterruptedException {
        return HandOff.spinUntil(this::isDone, nanos) || done.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** What the run threw, or {@code null}. */
    Throwable failure() {
        return failure;
    }

    boolean isDone() {
        return done.getCount() == 0;
    }

    GuestControl control() {
        return control;
    }

    long stopNanos() {
        return stopNanos;
    }

    Duration elapsed() {
        return Duration.ofNanos(stopNanos - control.startNanos());
    }

    /**
     * How the run ended; {@code ESCAPED} if guest code of this run still executes on some thread
     * ({@link GuestControl#runGuest}) although the adapter's run has ended.
     */
    Outcome outcome(OutcomeFactory outcomes) {
        Outcome outcome = failure == null ? outcomes.completed(this, values) : outcomes.failed(this, failure);
        Set<Thread> stillExecuting = control.executingGuests();
        return stillExecuting.isEmpty() ? outcome : outcomes.leftRunning(outcome, stillExecuting);
    }
}
