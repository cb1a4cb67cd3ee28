package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The caller's thread, watching one run: asks the runtime to preempt the guest at the deadline (and again after
 * {@value #FIRST_REPEAT_MICROS} µs, doubling up to every {@value #REPEAT_PREEMPT_MILLIS} ms, until it stops), stops it at once when the caller is interrupted, and gives up
 * at the hard ceiling. Sleeps on the task's latch with nanosecond resolution and spins the last stretch before the
 * deadline, so that a late wake-up does not make preemption late.
 */
final class Watchdog {

    /** How often the watchdog repeats its request to stop after the deadline, until the hard ceiling. */
    static final long REPEAT_PREEMPT_MILLIS = 20;
    private static final long REPEAT_PREEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(REPEAT_PREEMPT_MILLIS);
    /**
     * How soon the first request is repeated: a request that found the guest where it could not act on it (cold
     * class loading, a thread just picking the run up) is renewed within a millisecond, not the full repeat period.
     */
    static final long FIRST_REPEAT_MICROS = 500;
    /** How long before the deadline the watchdog stops sleeping and spins, so that preemption is not late. */
    private static final long SPIN_BEFORE_DEADLINE_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    /** {@link SandboxLimits#ESCAPE_CPU}, in nanoseconds. */
    static final long ESCAPE_CPU_NANOS = SandboxLimits.ESCAPE_CPU.toNanos();
    /** How far past the hard ceiling a starved guest is waited for, as a multiple of the ceiling: the backstop. */
    static final int STARVED_CEILING_MULTIPLE = 10;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Watchdog() {}

    /**
     * Watches {@code task} on {@code guest} until it ends or {@code ceiling} (a {@link System#nanoTime()} instant)
     * passes. The caller's interrupt status is kept.
     *
     * @return whether the task ended before the ceiling
     */
    static boolean watch(GuestTask task, Thread guest, GuestControl control, RuntimeEngine runtimeEngine, long ceiling) {
        long startNanos = control.startNanos();
        long backstop = startNanos + (ceiling - startNanos) * STARVED_CEILING_MULTIPLE;
        long cpuAtFirstStop = -1;
        boolean callerInterrupted = false;
        OptionalLong deadline = control.deadlineNanos();
        long nextPreempt = deadline.isPresent() ? deadline.getAsLong() : ceiling;
        long repeat = TimeUnit.MICROSECONDS.toNanos(FIRST_REPEAT_MICROS);
        while (!task.isDone()) {
            long now = System.nanoTime();
            if (now >= ceiling && (now >= backstop || !starved(guest, cpuAtFirstStop))) {
                break;
            }
            if (now >= nextPreempt && (deadline.isPresent() || callerInterrupted)) {
                if (cpuAtFirstStop < 0) {
                    cpuAtFirstStop = Math.max(0, cpuNanos(guest));
                }
                control.markPreempted();
                runtimeEngine.preempt(guest, control);
                nextPreempt = now + repeat;
                repeat = Math.min(REPEAT_PREEMPT_NANOS, repeat * 2);
            }
            long waitUntil = Math.min(now < ceiling ? ceiling : backstop, nextPreempt > now ? nextPreempt : now + REPEAT_PREEMPT_NANOS);
            try {
                if (!control.preempted() && deadline.isPresent() && waitUntil == nextPreempt
                        && waitUntil - now <= SPIN_BEFORE_DEADLINE_NANOS) {
                    // A sleeping thread can wake late by a scheduler tick; the last stretch is spun instead.
                    while (System.nanoTime() < waitUntil && !task.isDone()) {
                        Thread.onSpinWait();
                    }
                    continue;
                }
                long wake = waitUntil == nextPreempt && !control.preempted() && deadline.isPresent()
                        ? waitUntil - SPIN_BEFORE_DEADLINE_NANOS : waitUntil;
                task.awaitDone(Math.max(1, wake - now));
            } catch (InterruptedException e) {
                // The caller (e.g. a JUnit timeout) wants to stop: stop the guest at once, then report.
                callerInterrupted = true;
                nextPreempt = System.nanoTime();
            }
        }
        if (callerInterrupted) {
            Thread.currentThread().interrupt();
        }
        return task.isDone();
    }

    /**
     * Whether a guest still running at the hard ceiling was only starved of CPU: it is runnable, was asked to stop,
     * and has used less than {@link #ESCAPE_CPU_NANOS} of CPU since. A guest blocked or waiting (a host call that
     * ignores the stop) is not starved: the ceiling applies to it as it is.
     */
    private static boolean starved(Thread guest, long cpuAtFirstStop) {
        if (cpuAtFirstStop < 0 || guest.getState() != Thread.State.RUNNABLE) {
            return false;
        }
        long cpu = cpuNanos(guest);
        return cpu >= 0 && cpu - cpuAtFirstStop < ESCAPE_CPU_NANOS;
    }

    /** The guest thread's CPU time, or -1 where the JVM does not measure it (then the ceiling is wall time). */
    private static long cpuNanos(Thread guest) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(guest.getId()) : -1;
    }
}
