package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.GuestFrames;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;

/**
 * Finds guests that keep running after the call that ran them returned: threads whose stack still holds a
 * guest frame of a known runtime ({@link GuestFrames}) at the end of a grace period. The verdict comes from stack
 * inspection only, so it does not depend on CPU share or machine load; CPU time is reported as corroboration.
 *
 * <pre>{@code
 * try (EscapeDetector detector = EscapeDetector.forCall(EscapeDetector.defaultSignatures())) {
 *     Thread call = detector.newThread(() -> host.runWithTimeout(guest), "my-call");
 *     call.start();
 *     call.join();
 *     List<EscapeDetector.Escape> escapes = detector.escapes(Duration.ofMillis(200));
 * }
 * }</pre>
 *
 * <p>A thread is an escape when it is in guest code on the last two of several stack samples taken over the
 * grace period (a thread that leaves guest code during the grace is not one), and it was not in guest code when
 * the detector started (an earlier leak is never blamed). A thread still inside the runtime at the end of the grace
 * without a guest frame (e.g. instantiating a module), and for {@link #forCall} a followed thread still busy outside
 * it (one the call created or woke that the scheduler has not yet let reach the runtime, on a loaded machine), is
 * followed for up to 10 s more, until it reaches guest code, leaves the runtime or goes idle. It is {@link Kind#BLOCKED} when it waits (WAITING, TIMED_WAITING, BLOCKED), typically in a
 * host function the guest called, and {@link Kind#BURNING} otherwise.
 *
 * <p><b>Which threads are followed.</b> A detector made by {@link #forCall} follows only the threads the call
 * can have used, so that guests of other tests running in parallel in the same JVM are not blamed. It follows
 * every thread except: wasm-sandbox's own guest threads while they run a guest for another caller (one is followed
 * while it runs for the thread that made the detector or for a thread of the call's group); threads of another
 * open call's thread group; threads running a JUnit test (another test's own thread); threads that were inside
 * runtime code when the detector started. A pool thread the call reuses is followed, even one still finishing its
 * previous task when the call started. A late guest of an earlier call (a thread the scheduler had not yet let reach
 * guest code) is not blamed on this one: the earlier call's check waits for its threads to reach guest code or go
 * idle (up to 10 s) before it ends, and checks run one at a time. Threads in the call's thread group (made by {@link #newThread}, and every
 * thread created from them, transitively: a host's executor creating its worker during the call) are always
 * followed. A pool thread reused by the call cannot be told apart from one another test's host uses, so detectors
 * made by {@code forCall} run one at a time in the JVM: {@code forCall} waits for the one before it to
 * {@link #close()} (a JVM-wide lock; a detector made from a thread of an open call's group, a nested call, does not
 * wait). What remains unattributable, and needs {@code @Isolated} on that other test: a test that runs guests
 * <em>outside wasm-sandbox</em> (its own runtime calls, not through {@code Sandbox}, {@code assertPreemptedWithin}
 * or the conformance kit), on threads other than its JUnit thread, at the same time as an escape check.
 * {@link #start} follows every thread; virtual threads are never sampled.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EscapeDetector implements AutoCloseable {

    /** How many guest frames an {@link Escape} keeps, topmost first. */
    public static final int MAX_GUEST_FRAMES = 5;
    /**
     * How long {@link #judgeStop} watches a runtime's stop for a guest that runs on (stack samples; the verdict does
     * not depend on CPU share, and a sighting at the moment a wasm-sandbox guest thread's run returns counts too).
     */
    public static final Duration STOP_GRACE = Duration.ofMillis(50);
    /** How many stack samples {@link #escapes(Duration)} takes over the grace period, at least. */
    static final int MIN_SAMPLES = 3;
    private static final long MIN_SAMPLE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int MAX_SAMPLES = 10;
    /** How long past the grace a thread still inside the runtime (no guest frame yet) is followed, at most. */
    private static final long MAX_PENDING_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** How long {@link #forCall} waits for the detector before it, at most (a detector never closed, not load). */
    private static final long MAX_LOCK_WAIT_MINUTES = 10;
    /** A frame of JUnit's test execution: a thread running another test, not a pool thread this call reused. */
    private static final String JUNIT_EXECUTION = "org.junit.platform.engine.support.hierarchical.";
    /** One call with pool-thread attribution at a time, JVM-wide (see the class javadoc). */
    private static final Semaphore CALLS = new Semaphore(1, true);

    /**
     * The scope of the check that holds {@link #CALLS} (at most one at a time), or null. JVM-wide like the lock it
     * belongs to: a wasm-sandbox guest thread reports the moment its run returns to the open check
     * ({@link #runReturned}) without knowing which detector that is.
     */
    private static volatile Scope openScope;

    /** Guest-code sightings taken by a guest thread of this check the moment its run returned. */
    private final Map<Long, Sample> atReturn = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<GuestFrames> signatures;
    private final ThreadMXBean threads;
    private final Set<Long> alreadyInGuest;
    private final Set<Long> alreadyInRuntime;
    private final Thread startedBy;
    /** Null for {@link #start}: every thread is followed. */
    private final Scope scope;

    private EscapeDetector(List<GuestFrames> signatures, Scope scope) {
        this.signatures = List.copyOf(signatures);
        this.threads = ManagementFactory.getThreadMXBean();
        this.startedBy = Thread.currentThread();
        this.scope = scope;
        Snapshot first = sample(null);
        this.alreadyInGuest = new HashSet<>(first.inGuest().keySet());
        this.alreadyInRuntime = new HashSet<>(first.inRuntime());
        if (scope != null) {
            scope.inRuntimeAtStart.addAll(first.inRuntime());
            scope.busyAtStart.addAll(first.busy());
            if (scope.holdsLock) {
                scope.owner = this;
                openScope = scope;
            }
        }
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /**
     * Starts following every thread: snapshots those already inside guest code (an earlier leak, another test),
     * which are never blamed; any other thread that enters guest code meanwhile is. Prefer {@link #forCall}, which
     * follows only the threads a call could have used.
     *
     * @param signatures the runtimes to recognise
     */
    public static EscapeDetector start(List<GuestFrames> signatures) {
        Objects.requireNonNull(signatures, "signatures");
        return new EscapeDetector(signatures, null);
    }

    /** {@link #start(List)} with {@link #defaultSignatures()}. */
    public static EscapeDetector start() {
        return start(defaultSignatures());
    }

    /**
     * Starts following the threads of one call (see the class javadoc for which): run the call on a thread from
     * {@link #newThread}, or on the current thread through wasm-sandbox's {@code Sandbox}, then ask
     * {@link #escapes}, then {@link #close()} the detector (try-with-resources). Waits until the detector of any
     * other call in this JVM is closed.
     *
     * @param signatures the runtimes to recognise
     * @throws IllegalStateException when another detector has stayed open for {@value #MAX_LOCK_WAIT_MINUTES}
     *     minutes (one that was never closed), or the wait was interrupted
     */
    public static EscapeDetector forCall(List<GuestFrames> signatures) {
        Objects.requireNonNull(signatures, "signatures");
        boolean nested = openCallGroup(Thread.currentThread().getThreadGroup()) != null;
        if (!nested) {
            try {
                if (!CALLS.tryAcquire(MAX_LOCK_WAIT_MINUTES, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("another escape check has been running for "
                            + MAX_LOCK_WAIT_MINUTES + " minutes; an EscapeDetector.forCall(...) that is never closed"
                            + " blocks every later one: close it (try-with-resources)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another escape check to end", e);
            }
        }
        try {
            return new EscapeDetector(signatures, new Scope(!nested));
        } catch (RuntimeException | Error e) {
            if (!nested) {
                CALLS.release();
            }
            throw e;
        }
    }

    /**
     * A new (unstarted, daemon) thread in this call's thread group: threads it creates belong to the call too.
     *
     * @throws IllegalStateException for a detector made by {@link #start}, or after {@link #close()}
     */
    public Thread newThread(Runnable task, String name) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(name, "name");
        if (scope == null) {
            throw new IllegalStateException("EscapeDetector.start() follows every thread; use forCall(...) to run a"
                    + " call in a thread group of its own");
        }
        Thread thread = new Thread(scope.group(), task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Ends this call's check: releases the JVM-wide lock taken by {@link #forCall}. Idempotent; a no-op for
     * {@link #start}.
     */
    @Override
    public void close() {
        if (scope != null) {
            scope.close();
        }
    }

    /** The built-in signatures ({@link GuestFrames#KNOWN}) and those of every registered runtime adapter. */
    public static List<GuestFrames> defaultSignatures() {
        return Registered.SIGNATURES;
    }

    /** The defaults, discovered once (the class path does not change), when first asked for. */
    private static final class Registered {
        static final List<GuestFrames> SIGNATURES = discover();

        private static List<GuestFrames> discover() {
            List<GuestFrames> all = new ArrayList<>(GuestFrames.KNOWN);
            for (SandboxRuntime runtime : RuntimeRegistry.discover().all()) {
                GuestFrames frames = runtime.guestFrames();
                if (!all.contains(frames)) {
                    all.add(frames);
                }
            }
            return List.copyOf(all);
        }
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
        return escapes(grace, ignoredThreadIds, false);
    }

    /**
     * For a runtime that has just reported its guest stopped ({@code PREEMPTED}): like {@link #escapes(Duration)},
     * but a thread seen in guest code on any sample of the grace is an escape, even one that leaves guest code later
     * (it ran on after the stop, until it ended by itself, for instance by overflowing its stack). The conformance
     * runner and kit judge runtimes this way: a runtime's run must not return a stop until its guest has stopped,
     * whereas a host under {@code assertPreemptedWithin} may return while its interrupted guest unwinds.
     */
    public List<Escape> escapesAfterStop(Duration grace) {
        return escapes(grace, Set.of(), true);
    }

    private List<Escape> escapes(Duration grace, Set<Long> ignoredThreadIds, boolean anySighting) {
        Set<Long> ignored = new HashSet<>(alreadyInGuest);
        ignored.addAll(ignoredThreadIds);
        ignored.add(startedBy.getId());
        ignored.add(Thread.currentThread().getId());
        long graceNanos = Math.max(0, grace.toNanos());
        int samples = (int) Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, graceNanos / MIN_SAMPLE_INTERVAL_NANOS + 1));
        long start = System.nanoTime();
        Map<Long, Long> cpuAtFirstSight = new HashMap<>();
        Snapshot previous = Snapshot.EMPTY;
        Snapshot last = Snapshot.EMPTY;
        Map<Long, Sample> lastSighting = new LinkedHashMap<>(atReturn);
        lastSighting.keySet().removeAll(ignored);
        for (int i = 0; i < samples; i++) {
            sleepUntil(start + graceNanos * i / (samples - 1));
            previous = last;
            last = sample(ignored);
            last.inGuest().keySet().forEach(id -> cpuAtFirstSight.computeIfAbsent(id, this::cpuTime));
            lastSighting.putAll(last.inGuest());
        }
        // Threads still inside the runtime without a guest frame (instantiating a module, allocating its memory)
        // may be about to run the guest: follow them until they reach guest code or leave the runtime.
        long pendingEnd = System.nanoTime() + MAX_PENDING_NANOS;
        while (!last.pending(previous, alreadyInRuntime, scope == null ? null : scope.busyAtStart).isEmpty()
                && System.nanoTime() < pendingEnd) {
            sleepUntil(System.nanoTime() + MIN_SAMPLE_INTERVAL_NANOS);
            previous = last;
            last = sample(ignored);
            last.inGuest().keySet().forEach(id -> cpuAtFirstSight.computeIfAbsent(id, this::cpuTime));
            lastSighting.putAll(last.inGuest());
        }
        List<Escape> escapes = new ArrayList<>();
        for (Map.Entry<Long, Sample> e : (anySighting ? lastSighting : last.inGuest()).entrySet()) {
            if (!anySighting && !previous.inGuest().containsKey(e.getKey())) {
                continue; // seen in guest code only once: instantiating, or just arriving; not a verdict
            }
            Sample s = e.getValue();
            long cpuNow = cpuTime(e.getKey());
            long cpuBefore = cpuAtFirstSight.getOrDefault(e.getKey(), -1L);
            long cpu = cpuNow < 0 || cpuBefore < 0 ? -1 : cpuNow - cpuBefore;
            Thread.State state = s.state();
            escapes.add(new Escape(s.name(), e.getKey(), state, kindOf(state), s.match().signature().name(),
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
     * A runtime's outcome as the conformance runner, its child JVM and the kit judge it: a {@code PREEMPTED}
     * outcome becomes {@code ESCAPED} when {@link #escapesAfterStop} finds a guest of this call that ran on after
     * the stop (over {@link #STOP_GRACE}); any other outcome is returned as it is.
     */
    public Outcome judgeStop(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return outcome.kind() == OutcomeKind.PREEMPTED ? escapedAnyway(outcome, escapesAfterStop(STOP_GRACE)) : outcome;
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

    /**
     * {@code threads}, which a runtime reported executing its guest ({@code GuestControl.runGuest}) after its run
     * ended, as escapes: what each executes now, matched against {@code signatures} and then the defaults (a thread
     * without a recognised guest frame is named by the first signature). Their CPU time during a grace is unknown.
     */
    static List<Escape> describeNow(Set<Thread> threads, List<GuestFrames> signatures) {
        List<GuestFrames> all = withDefaults(signatures);
        List<Escape> escapes = new ArrayList<>();
        for (Thread thread : threads) {
            Thread.State state = thread.getState();
            Optional<GuestFrames.Match> match = GuestFrames.match(all, thread.getStackTrace());
            escapes.add(new Escape(thread.getName(), thread.getId(), state, kindOf(state),
                    match.map(m -> m.signature().name()).orElse(all.get(0).name()),
                    match.map(m -> List.copyOf(m.guestFrames(MAX_GUEST_FRAMES))).orElse(List.of()),
                    match.flatMap(GuestFrames.Match::hostFrame), -1));
        }
        return escapes;
    }

    private static Kind kindOf(Thread.State state) {
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED
                ? Kind.BLOCKED : Kind.BURNING;
    }

    private record Sample(String name, Thread.State state, GuestFrames.Match match) {}

    /**
     * One capture of every thread (of those followed): in guest code; in runtime code without a guest frame;
     * outside both and RUNNABLE in Java code (busy: may be on its way to a guest); outside both and waiting, or
     * RUNNABLE only because it is blocked in a native call such as a pipe read or waiting for a process (idle).
     */
    private record Snapshot(Map<Long, Sample> inGuest, Set<Long> inRuntime, Set<Long> busy, Set<Long> waiting) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Set.of(), Set.of(), Set.of());

        /**
         * Threads that may still reach guest code: in the runtime now, in guest code now but not before, and (for a
         * detector of one call, whose followed threads are the call's) busy outside the runtime but not at the start,
         * such as a thread the call created or woke that the scheduler has not yet let reach the runtime.
         */
        Set<Long> pending(Snapshot previous, Set<Long> alreadyInRuntime, Set<Long> busyAtStart) {
            Set<Long> pending = new HashSet<>(inRuntime);
            pending.removeAll(alreadyInRuntime);
            for (Long id : inGuest.keySet()) {
                if (!previous.inGuest().containsKey(id)) {
                    pending.add(id);
                }
            }
            if (busyAtStart != null) {
                busy.stream().filter(id -> !busyAtStart.contains(id)).forEach(pending::add);
            }
            return pending;
        }
    }

    /**
     * The threads in guest or runtime code now (one capture of all stacks), except {@code ignored} and, for a
     * detector of one call, the threads that call cannot have used; {@code ignored == null} marks the first capture,
     * which sees every thread.
     */
    private Snapshot sample(Set<Long> ignored) {
        Map<Long, Sample> inGuest = new LinkedHashMap<>();
        Set<Long> inRuntime = new HashSet<>();
        Set<Long> busy = new HashSet<>();
        Set<Long> waiting = new HashSet<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread thread = e.getKey();
            long id = thread.getId();
            if (ignored != null && (ignored.contains(id) || (scope != null && !scope.follows(thread, e.getValue())))) {
                continue;
            }
            StackTraceElement[] stack = e.getValue();
            Thread.State state = thread.getState();
            Optional<GuestFrames.Match> match = GuestFrames.match(signatures, stack);
            if (match.isPresent()) {
                inGuest.put(id, new Sample(thread.getName(), state, match.get()));
            } else if (inRuntime(stack)) {
                inRuntime.add(id);
            } else if ((state == Thread.State.RUNNABLE && !inNativeCall(stack)) || state == Thread.State.NEW) {
                busy.add(id);
            } else if (state != Thread.State.TERMINATED) {
                waiting.add(id);
            }
        }
        return new Snapshot(inGuest, inRuntime, busy, waiting);
    }

    /**
     * Whether the thread is inside a native method (not guest code: that matched a signature first), for example
     * blocked reading a pipe or waiting for a child process: the JVM reports it RUNNABLE, but it is not on its
     * way to a guest.
     */
    static boolean inNativeCall(StackTraceElement[] stack) {
        return stack.length > 0 && stack[0].isNativeMethod();
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

    /**
     * Called by a wasm-sandbox guest thread the moment its run returned, before anyone learns that it did: when the
     * run belongs to the open check, notes which of the check's threads are in guest code at that very moment (a
     * guest that a runtime left running may end by itself before the check's own first sample).
     */
    static void runReturned(GuestThread thread) {
        Scope scope = openScope;
        EscapeDetector owner = scope == null ? null : scope.owner;
        if (owner == null || !scope.follows(thread, new StackTraceElement[0])) {
            return;
        }
        Set<Long> ignored = new HashSet<>(owner.alreadyInGuest);
        ignored.add(thread.getId());
        ignored.add(owner.startedBy.getId());
        owner.atReturn.putAll(owner.sample(ignored).inGuest());
    }

    /** The innermost open call group {@code group} belongs to, or null. */
    private static CallGroup openCallGroup(ThreadGroup group) {
        for (ThreadGroup g = group; g != null; g = g.getParent()) {
            if (g instanceof CallGroup call && call.open) {
                return call;
            }
        }
        return null;
    }

    /** The thread group of one call's threads. */
    private static final class CallGroup extends ThreadGroup {
        volatile boolean open = true;

        @SuppressWarnings("removal") // JDK 17 keeps a non-daemon group forever; later JDKs ignore the flag
        CallGroup(ThreadGroup parent, String name) {
            super(parent, name);
            setDaemon(true);
        }
    }

    /** Which threads one call can have used (see the class javadoc), and the JVM-wide lock it holds. */
    private static final class Scope {
        private final Thread startedBy = Thread.currentThread();
        private final boolean holdsLock;
        /** The detector of this scope, once constructed. */
        volatile EscapeDetector owner;
        /** Threads inside runtime code (no guest frame) at the start: another caller's, never this call's. */
        final Set<Long> inRuntimeAtStart = new HashSet<>();
        /** Threads busy outside guest and runtime code at the start: not waited for as pending. */
        final Set<Long> busyAtStart = new HashSet<>();
        private CallGroup group;
        private boolean closed;

        Scope(boolean holdsLock) {
            this.holdsLock = holdsLock;
        }

        synchronized CallGroup group() {
            if (closed) {
                throw new IllegalStateException("this escape check is closed");
            }
            if (group == null) {
                group = new CallGroup(Thread.currentThread().getThreadGroup(), "wasm-sandbox-call");
            }
            return group;
        }

        boolean follows(Thread thread, StackTraceElement[] stack) {
            if (thread instanceof GuestThread guest) {
                Thread lessee = guest.lessee;
                return lessee != null && (lessee == startedBy || inGroup(guest.lesseeGroup));
            }
            ThreadGroup own = thread.getThreadGroup();
            if (inGroup(own)) {
                return true;
            }
            // A thread already in the runtime at the start is another caller's; any other may be this call's (an
            // idle pool thread it reuses, even one still finishing its previous task when the call started).
            if (openCallGroup(own) != null || inRuntimeAtStart.contains(thread.getId())) {
                return false;
            }
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith(JUNIT_EXECUTION)) {
                    return false;
                }
            }
            return true;
        }

        private boolean inGroup(ThreadGroup g) {
            CallGroup mine;
            synchronized (this) {
                mine = group;
            }
            return mine != null && g != null && mine.parentOf(g);
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (group != null) {
                group.open = false;
            }
            if (holdsLock) {
                if (openScope == this) {
                    openScope = null;
                }
                CALLS.release();
            }
        }
    }
}
