package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.SandboxLimits;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the core shares with an adapter about one run: the limits, the deadline as a {@link System#nanoTime()}
 * instant, whether the watchdog has preempted the guest, and a side channel for the first exception a host
 * function threw (runtimes that pass exceptions through native code lose their class).
 *
 * @since 0.1.0
 */
public final class GuestControl {

    private final SandboxLimits limits;
    private final long startNanos;
    private final OptionalLong deadlineNanos;
    private volatile boolean preempted;
    private final AtomicReference<Throwable> hostFailure = new AtomicReference<>();

    /** Creates the control of a run starting at {@code startNanos}. */
    public GuestControl(SandboxLimits limits, long startNanos) {
        this.limits = limits;
        this.startNanos = startNanos;
        this.deadlineNanos = limits.deadline().map(d -> OptionalLong.of(startNanos + d.toNanos())).orElse(OptionalLong.empty());
    }

    /** The limits of this run. */
    public SandboxLimits limits() {
        return limits;
    }

    /** When the run started ({@link System#nanoTime()}). */
    public long startNanos() {
        return startNanos;
    }

    /** When the deadline falls ({@link System#nanoTime()}), if there is one. */
    public OptionalLong deadlineNanos() {
        return deadlineNanos;
    }

    /** Whether the watchdog has asked the guest to stop. */
    public boolean preempted() {
        return preempted;
    }

    /** Marks the run as preempted; called by the core before {@link RuntimeEngine#preempt}. */
    public void markPreempted() {
        preempted = true;
    }

    /** Records an exception thrown by a host function (the first one wins). */
    public void recordHostFailure(Throwable failure) {
        hostFailure.compareAndSet(null, failure);
    }

    /** The first exception a host function threw during this run, or {@code null}. */
    public Throwable hostFailure() {
        return hostFailure.get();
    }
}
