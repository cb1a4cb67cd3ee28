package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;

/** The body of a guest thread: one run of one invocation, remembering how and when it ended. */
final class GuestTask implements Runnable {

    private final RuntimeEngine engine;
    private final PreparedModule module;
    private final Invocation invocation;
    private final GuestControl control;
    private volatile long[] values;
    private volatile Throwable failure;
    private volatile long stopNanos;

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
            failure = t;
        } finally {
            stopNanos = System.nanoTime();
        }
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

    Outcome outcome(DefaultSandbox sandbox) {
        return failure == null ? sandbox.completed(this, values) : sandbox.failed(this, failure);
    }
}
