package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.GuestFrames;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;

/**
 * Finds guests that keep running after the call that ran them returned: threads whose stack still holds a
 * guest frame of a known runtime ({@link GuestFrames}) at the end of a grace period. The verdict comes from stack
 * inspection only, so it does not depend on CPU share or machine load; CPU time is reported as corroboration.
 *
 * <pre>{@code
 * EscapeDetector detector = EscapeDetector.start();          // threads already in guest code are never blamed
 * host.runWithTimeout(guest);
 * List<EscapeDetector.Escape> escapes = detector.escapes(Duration.ofMillis(200));
 * }</pre>
 *
 * <p>A thread is an escape when it is in guest code on the last two of several stack samples taken over the
 * grace period (a thread that leaves guest code during the grace is not one), and it was not in guest code when
 * the detector started. A thread still inside the runtime at the end of the grace without a guest frame (e.g.
 * instantiating a module) is followed for up to 2 s more, until it reaches guest code or leaves the runtime.
 * It is {@link Kind#BLOCKED} when it waits (WAITING, TIMED_WAITING, BLOCKED), typically in a
 * host function the guest called, and {@link Kind#BURNING} otherwise. Limits: any thread that enters guest code
 * during the call is blamed, including another test's running at the same time; a guest that has not reached
 * guest code within 2 s after the grace is not seen; virtual threads are not sampled.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EscapeDetector {

    /** How many guest frames an {@link Escape} keeps, topmost first. */
    public static final int MAX_GUEST_FRAMES = 5;
    /** How many stack samples {@link #escapes(Duration)} takes over the grace period, at least. */
    static final int MIN_SAMPLES = 3;
    private static final long MIN_SAMPLE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int MAX_SAMPLES = 10;
    /** How long past the grace a thread still inside the runtime (no guest frame yet) is followed, at most. */
    private static final long MAX_PENDING_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static volatile List<GuestFrames> registered;

    private final List<GuestFrames> signatures;
    private final ThreadMXBean threads;
    private final Set<Long> alreadyInGuest;
    private final Set<Long> alreadyInRuntime;
    private final long startedBy;

    private EscapeDetector(List<GuestFrames> signatures) {
        this.signatures = List.copyOf(signatures);
        this.threads = ManagementFactory.getThreadMXBean();
        this.startedBy = Thread.currentThread().getId();
        Snapshot first = sample(null);
        this.alreadyInGuest = new HashSet<>(first.inGuest().keySet());
        this.alreadyInRuntime = new HashSet<>(first.inRuntime());
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /**
     * Starts following threads: snapshots those already inside guest code (an earlier leak, another test), which
     * are never blamed.
     *
     * @param signatures the runtimes to recognise
     */
    public static EscapeDetector start(List<GuestFrames> signatures) {
        Objects.requireNonNull(signatures, "signatures");
        return new EscapeDetector(signatures);
    }

    /** {@link #start(List)} with {@link #defaultSignatures()}. */
    public static EscapeDetector start() {
        return start(defaultSignatures());
    }

    /** The built-in signatures ({@link GuestFrames#KNOWN}) and those of every registered runtime adapter. */
    public static List<GuestFrames> defaultSignatures() {
        List<GuestFrames> known = registered;
        if (known == null) {
            List<GuestFrames> all = new ArrayList<>(GuestFrames.KNOWN);
            for (SandboxRuntime runtime : RuntimeRegistry.discover().all()) {
                GuestFrames frames = runtime.guestFrames();
                if (!all.contains(frames)) {
                    all.add(frames);
                }
            }
            known = List.copyOf(all);
            registered = known;
        }
        return known;
    }

    /** {@code signatures} followed by {@link #defaultSignatures()}. */
    public static List<GuestFrames> withDefaults(List<GuestFrames> signatures) {
        List<GuestFrames> all = new ArrayList<>(signatures);
        defaultSignatures().stream().filter(s -> !all.contains(s)).forEach(all::add);
        return List.copyOf(all);
    }

    /** The signatures this detector recognises. */
    public List<GuestFrames> signatures() {
        return signatures;
    }

    /** The ids of the threads that were inside guest code when the detector started. */
    public Set<Long> alreadyInGuest() {
        return Set.copyOf(alreadyInGuest);
    }

    /** How a thread escaped. */
    public enum Kind {
        /** RUNNABLE in guest code: the guest keeps running (and burning CPU whenever it is scheduled). */
        BURNING,
        /** Waiting (typically inside a host function the guest called): a parked guest nobody woke or stopped. */
        BLOCKED
    }

    /**
     * A thread still inside guest code at the end of the grace period.
     *
     * @param threadName the thread's name
     * @param threadId its id
     * @param state its state at the last sample
     * @param kind burning or blocked
     * @param runtime the name of the signature that matched
     * @param guestFrames up to {@link #MAX_GUEST_FRAMES} guest frames, topmost first
     * @param hostFrame the topmost host frame above the guest's, when the thread is inside a host function
     * @param cpuNanos the CPU time it used during the grace period (corroboration only), or -1 if unknown
     */
    public record Escape(String threadName, long threadId, Thread.State state, Kind kind, String runtime,
                         List<StackTraceElement> guestFrames, Optional<StackTraceElement> hostFrame, long cpuNanos) {

        /** The CPU time used during the grace period, in milliseconds (-1 if unknown). */
        public long cpuMillis() {
            return cpuNanos < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(cpuNanos);
        }

        /** {@code 'name' (id N, STATE) ...}: one line for messages. */
        public String describe() {
            String cpu = cpuNanos < 0 ? "CPU time unknown" : cpuMillis() + " ms of CPU during the grace";
            String where = hostFrame.map(f -> "in host function " + f.getClassName() + "." + f.getMethodName()
                    + " called by " + runtime + " guest code").orElse("in " + runtime + " guest code");
            return "'" + threadName + "' (id " + threadId + ", " + state + ") " + where + " at " + frames(guestFrames)
                    + ", " + cpu;
        }

        private static String frames(List<StackTraceElement> frames) {
            List<String> names = new ArrayList<>();
            for (StackTraceElement f : frames) {
                names.add(f.getClassName() + "." + f.getMethodName());
            }
            return "[" + String.join(" <- ", names) + "]";
        }
    }

    /**
     * Samples every thread's stack over {@code grace} (blocking) and returns the threads inside guest code at the
     * end of it, except those already in guest code at {@link #start(List)}, the thread that started this detector
     * and the calling thread.
     */
    public List<Escape> escapes(Duration grace) {
        return escapes(grace, Set.of());
    }

    /** {@link #escapes(Duration)}, also never blaming the threads {@code ignoredThreadIds}. */
    public List<Escape> escapes(Duration grace, Set<Long> ignoredThreadIds) {
        Set<Long> ignored = new HashSet<>(alreadyInGuest);
        ignored.addAll(ignoredThreadIds);
        ignored.add(startedBy);
        ignored.add(Thread.currentThread().getId());
        long graceNanos = Math.max(0, grace.toNanos());
        int samples = (int) Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, graceNanos / MIN_SAMPLE_INTERVAL_NANOS + 1));
        long start = System.nanoTime();
        Map<Long, Long> cpuAtFirstSight = new HashMap<>();
        Snapshot previous = Snapshot.EMPTY;
        Snapshot last = Snapshot.EMPTY;
        for (int i = 0; i < samples; i++) {
            sleepUntil(start + graceNanos * i / (samples - 1));
            previous = last;
            last = sample(ignored);
            last.inGuest().keySet().forEach(id -> cpuAtFirstSight.computeIfAbsent(id, this::cpuTime));
        }
        // Threads still inside the runtime without a guest frame (instantiating a module, allocating its memory)
        // may be about to run the guest: follow them until they reach guest code or leave the runtime.
        long pendingEnd = System.nanoTime() + MAX_PENDING_NANOS;
        while (!last.pending(previous, alreadyInRuntime).isEmpty() && System.nanoTime() < pendingEnd) {
            sleepUntil(System.nanoTime() + MIN_SAMPLE_INTERVAL_NANOS);
            previous = last;
            last = sample(ignored);
            last.inGuest().keySet().forEach(id -> cpuAtFirstSight.computeIfAbsent(id, this::cpuTime));
        }
        List<Escape> escapes = new ArrayList<>();
        for (Map.Entry<Long, Sample> e : last.inGuest().entrySet()) {
            if (!previous.inGuest().containsKey(e.getKey())) {
                continue; // seen in guest code only once: instantiating, or just arriving; not a verdict
            }
            Sample s = e.getValue();
            long cpuNow = cpuTime(e.getKey());
            long cpuBefore = cpuAtFirstSight.getOrDefault(e.getKey(), -1L);
            long cpu = cpuNow < 0 || cpuBefore < 0 ? -1 : cpuNow - cpuBefore;
            Thread.State state = s.info().getThreadState();
            Kind kind = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED ? Kind.BLOCKED : Kind.BURNING;
            escapes.add(new Escape(s.info().getThreadName(), e.getKey(), state, kind, s.match().signature().name(),
                    List.copyOf(s.match().guestFrames(MAX_GUEST_FRAMES)), s.match().hostFrame(), cpu));
        }
        return escapes;
    }

    private static void sleepUntil(long at) {
        for (long now = System.nanoTime(); now < at; now = System.nanoTime()) {
            LockSupport.parkNanos(at - now);
        }
    }

    /**
     * {@code preempted}, turned into an {@code ESCAPED} outcome naming {@code escapes} (when there are any): the
     * runtime said it stopped the guest, but a thread of it is still inside guest code.
     */
    public static Outcome escapedAnyway(Outcome preempted, List<Escape> escapes) {
        if (escapes.isEmpty()) {
            return preempted;
        }
        boolean blocked = escapes.stream().allMatch(e -> e.kind() == Kind.BLOCKED);
        String message = "the runtime reported " + preempted.kind() + ", but the guest "
                + (blocked ? "was left waiting in a host function: " : "kept running: ")
                + String.join("; ", escapes.stream().map(Escape::describe).toList());
        return new Outcome(preempted.runtime(), OutcomeKind.ESCAPED, null, preempted.elapsed(), Optional.empty(),
                preempted.fuelConsumed(), preempted.trap(), message, Optional.empty(), preempted.limits());
    }

    private record Sample(ThreadInfo info, GuestFrames.Match match) {}

    /** One capture of every thread: those in guest code, and those in runtime code without a guest frame. */
    private record Snapshot(Map<Long, Sample> inGuest, Set<Long> inRuntime) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Set.of());

        /** Threads that may still reach guest code: in the runtime now, or in guest code now but not before. */
        Set<Long> pending(Snapshot previous, Set<Long> alreadyInRuntime) {
            Set<Long> pending = new HashSet<>(inRuntime);
            pending.removeAll(alreadyInRuntime);
            for (Long id : inGuest.keySet()) {
                if (!previous.inGuest().containsKey(id)) {
                    pending.add(id);
                }
            }
            return pending;
        }
    }

    /** The threads in guest or runtime code now (one capture of all stacks), except {@code ignored}. */
    private Snapshot sample(Set<Long> ignored) {
        Map<Long, Sample> inGuest = new LinkedHashMap<>();
        Set<Long> inRuntime = new HashSet<>();
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info == null || (ignored != null && ignored.contains(info.getThreadId()))) {
                continue;
            }
            StackTraceElement[] stack = info.getStackTrace();
            Optional<GuestFrames.Match> match = GuestFrames.match(signatures, stack);
            if (match.isPresent()) {
                inGuest.put(info.getThreadId(), new Sample(info, match.get()));
            } else if (inRuntime(stack)) {
                inRuntime.add(info.getThreadId());
            }
        }
        return new Snapshot(inGuest, inRuntime);
    }

    private boolean inRuntime(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            for (GuestFrames s : signatures) {
                if (s.isRuntimeFrame(frame)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long cpuTime(long threadId) {
        return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? threads.getThreadCpuTime(threadId) : -1;
    }
}
