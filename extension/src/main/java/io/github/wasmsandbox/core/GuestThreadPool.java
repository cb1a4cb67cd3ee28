package io.github.wasmsandbox.core;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The guest threads of one engine, kept between runs so that a run does not pay for a new thread with a
 * multi-megabyte stack. One pool of idle threads per distinct stack size ({@code RuntimeEngine.guestThreadStackBytes});
 * threads are named {@code wasm-sandbox-<runtime>-guest-N} and are daemons.
 *
 * <p>A thread goes back to the pool only when its run is over and left it clean:
 * <ul>
 *   <li>the run ended (an escaped run's thread is retired: it exits when, if ever, the guest returns);</li>
 *   <li>the thread came back from the run within {@link #RETURN_TIMEOUT_NANOS} (otherwise it is retired);</li>
 *   <li>it was not interrupted unless the run was asked to stop (an interrupt nobody asked for is odd: retired);</li>
 *   <li>the run did not end with an {@link Error} (a stack overflow or an out-of-memory error: retired);</li>
 *   <li>its thread-locals are cleared: when the run called host functions (the only code of a run that can set
 *       thread-locals: no runtime adapter uses them) they are cleared if the JVM lets the core do so
 *       ({@code --add-opens java.base/java.lang=ALL-UNNAMED}); if it does not, the thread is retired.</li>
 * </ul>
 * Between runs its interrupt status is cleared (a fresh run never sees the previous run's interrupt, and a stop
 * requested before the thread picked the run up is never lost), its context class loader is the caller's for
 * the run and none between runs, its name and priority are restored. Pool threads do not inherit the inheritable
 * thread-locals of the thread that created them. An idle thread parks in this class, with no runtime frame on
 * its stack, so escape detection never takes it for a guest. Idle threads exit after {@link #KEEP_ALIVE_NANOS};
 * {@link #close()} stops and joins every thread that is not running a guest.
 */
final class GuestThreadPool implements AutoCloseable {

    /** How long a run's thread may take to come back after the run ended before it is retired instead of reused. */
    static final long RETURN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long an idle thread waits for a run before it exits. */
    static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** How long {@link #close()} waits for the threads it stops, in all. */
    private static final long CLOSE_JOIN_NANOS = TimeUnit.SECONDS.toNanos(5);

    /**
     * A JVM system property: how many idle threads the pool keeps per stack size (default: the number of cores, at
     * least 2). 0 turns reuse off (a new thread per run, as before the pool): for benchmarks and diagnosis.
     */
    static final String MAX_IDLE_PROPERTY = "io.github.wasmsandbox.guestThreadPool.maxIdle";

    private static final AtomicLong THREAD_IDS = new AtomicLong();

    private final String runtime;
    private final int maxIdlePerSize;
    private final Map<Long, Deque<Worker>> idle = new HashMap<>();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private boolean closed;

    GuestThreadPool(String runtime) {
        this(runtime, Integer.getInteger(MAX_IDLE_PROPERTY, Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    GuestThreadPool(String runtime, int maxIdlePerSize) {
        this.runtime = runtime;
        this.maxIdlePerSize = maxIdlePerSize;
    }

    /**
     * Starts {@code task} on a pool thread with a stack of {@code stackBytes} (an idle one, or a new one).
     *
     * @param callsHostCode whether the run calls host functions (which may leave thread-locals behind)
     * @param stopRequested whether the run's stop was requested (then an interrupt is expected, not odd); the
     *     watchdog must mark the stop requested before it interrupts the thread
     */
    Lease start(Runnable task, long stackBytes, boolean callsHostCode, BooleanSupplier stopRequested) {
        Worker worker = null;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the engine is closed");
            }
            Deque<Worker> ready = idle.get(stackBytes);
            if (ready != null) {
                worker = ready.pollFirst();
                if (worker != null) {
                    worker.idle = false;
                }
            }
        }
        if (worker == null) {
            worker = new Worker(stackBytes);
            workers.add(worker);
        }
        Lease lease = new Lease(this, worker, task, callsHostCode, stopRequested,
                Thread.currentThread().getContextClassLoader());
        try {
            worker.assign(lease);
        } catch (RuntimeException | Error e) {
            workers.remove(worker); // the thread could not be started (e.g. no memory for its stack)
            throw e;
        }
        return lease;
    }

    /** Idle threads, all stack sizes (for tests). */
    synchronized List<Thread> idleThreads() {
        List<Thread> threads = new ArrayList<>();
        idle.values().forEach(d -> d.forEach(w -> threads.add(w.thread)));
        return threads;
    }

    /** Every thread the pool started that is still alive (for tests). */
    List<Thread> liveThreads() {
        workers.removeIf(w -> !w.thread.isAlive());
        return workers.stream().map(w -> (Thread) w.thread).toList();
    }

    private void giveBack(Worker worker, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed) {
                Deque<Worker> ready = idle.computeIfAbsent(worker.stackBytes, k -> new ArrayDeque<>());
                if (ready.size() < maxIdlePerSize) {
                    worker.idle = true;
                    ready.addFirst(worker);
                    return;
                }
            }
        }
        worker.retire();
    }

    /** Called by an idle thread whose keep-alive ran out: whether it may exit (it was not handed a run meanwhile). */
    private synchronized boolean expire(Worker worker) {
        if (!worker.idle) {
            return false;
        }
        Deque<Worker> ready = idle.get(worker.stackBytes);
        if (ready != null) {
            ready.remove(worker);
        }
        worker.idle = false;
        worker.retire();
        return true;
    }

    /**
     * Stops every thread: idle ones exit now and are joined, with those whose run has ended; a thread still running
     * a guest (an escaped guest) exits when the guest returns.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            idle.values().forEach(d -> d.forEach(w -> w.idle = false));
            idle.clear();
        }
        List<Worker> stopping = new ArrayList<>(workers);
        stopping.forEach(Worker::retire);
        long giveUp = System.nanoTime() + CLOSE_JOIN_NANOS;
        for (Worker w : stopping) {
            if (w.escaped) {
                continue;
            }
            try {
                TimeUnit.NANOSECONDS.timedJoin(w.thread, Math.max(1, giveUp - System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.removeIf(w -> !w.thread.isAlive());
    }

    /** One run on one pool thread, from {@link #start} until {@link #release} or {@link #escaped}. */
    static final class Lease {
        private final GuestThreadPool pool;
        private final Worker worker;
        private final Runnable task;
        private final boolean callsHostCode;
        private final BooleanSupplier stopRequested;
        private final ClassLoader contextClassLoader;
        /** The thread that asked for this run (escape detection attributes the guest thread to it). */
        private final Thread lessee = Thread.currentThread();
        private final CountDownLatch ended = new CountDownLatch(1);
        private final CountDownLatch returned = new CountDownLatch(1);
        private volatile boolean reusable;
        private boolean released;

        private Lease(GuestThreadPool pool, Worker worker, Runnable task, boolean callsHostCode,
                BooleanSupplier stopRequested, ClassLoader contextClassLoader) {
            this.pool = pool;
            this.worker = worker;
            this.task = task;
            this.callsHostCode = callsHostCode;
            this.stopRequested = stopRequested;
            this.contextClassLoader = contextClassLoader;
        }

        /** The thread running the guest. */
        Thread thread() {
            return worker.thread;
        }

        /** Whether the run's task has returned (guest code no longer runs on the thread for this run). */
        boolean ended() {
            return ended.getCount() == 0;
        }

        /** Whether the run is over: its task returned, or its (retired) thread died. */
        boolean finished() {
            return ended() || !worker.thread.isAlive();
        }

        /**
         * Runs {@code action} on the thread of this run unless the run was already released (then the thread may
         * belong to another run, which must not be disturbed).
         */
        synchronized void ifRunning(Consumer<Thread> action) {
            if (!released) {
                action.accept(worker.thread);
            }
        }

        /** Waits up to {@code nanos} for the run to finish ({@link #finished()}). */
        boolean awaitFinished(long nanos) throws InterruptedException {
            if (worker.escaped) {
                TimeUnit.NANOSECONDS.timedJoin(worker.thread, nanos);
                return finished();
            }
            return ended.await(nanos, TimeUnit.NANOSECONDS) || finished();
        }

        /**
         * The run has ended and its watchdog is done with it: waits (up to {@link #RETURN_TIMEOUT_NANOS}) for the
         * thread to come back, then puts it back in the pool if the run left it clean, or retires it.
         */
        void release() {
            synchronized (this) {
                if (released) {
                    return;
                }
                released = true;
            }
            boolean back;
            try {
                back = HandOff.spinUntil(() -> returned.getCount() == 0, RETURN_TIMEOUT_NANOS)
                        || returned.await(RETURN_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                back = false;
            }
            pool.giveBack(worker, back && reusable);
        }

        /**
         * The guest escaped: its thread is never reused, and exits if the guest ever returns. It stays this run's
         * (a retired thread is never handed another run), so {@link #ifRunning} still reaches it.
         */
        void escaped() {
            worker.escaped = true;
            worker.retire();
        }
    }

    /** A pool thread: waits for a run, runs it, cleans up, waits for the next one or exits. */
    private final class Worker implements Runnable {
        final long stackBytes;
        final GuestThread thread;
        private volatile Lease next;
        private volatile boolean retired;
        private boolean started;
        volatile boolean escaped;
        /** In the idle deque; guarded by the pool. */
        boolean idle;

        Worker(long stackBytes) {
            this.stackBytes = stackBytes;
            this.thread = new GuestThread(this, "wasm-sandbox-" + runtime + "-guest-" + THREAD_IDS.incrementAndGet(),
                    stackBytes);
            thread.setDaemon(true);
        }

        void assign(Lease lease) {
            thread.lesseeGroup = lease.lessee.getThreadGroup();
            thread.lessee = lease.lessee;
            next = lease;
            if (!started) {
                started = true;
                thread.start();
            } else {
                LockSupport.unpark(thread);
            }
        }

        void retire() {
            retired = true;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            try {
                serve();
            } finally {
                workers.remove(this);
            }
        }

        private void serve() {
            String name = thread.getName();
            int priority = thread.getPriority();
            long idleSince = System.nanoTime();
            while (true) {
                Lease lease = next;
                if (lease != null) {
                    next = null;
                    execute(lease, name, priority);
                    if (!lease.reusable) {
                        retired = true;
                    }
                    idleSince = System.nanoTime();
                    continue;
                }
                if (retired) {
                    return;
                }
                // Between runs: an interrupt here is stale (a run's own stop is re-asserted in execute).
                Thread.interrupted();
                long left = idleSince + KEEP_ALIVE_NANOS - System.nanoTime();
                if (left <= 0) {
                    if (expire(this)) {
                        return;
                    }
                    idleSince = System.nanoTime();
                    continue;
                }
                if (!HandOff.spinUntil(() -> next != null || retired, left)) {
                    LockSupport.parkNanos(GuestThreadPool.this, left);
                }
            }
        }

        private void execute(Lease lease, String name, int priority) {
            // A stale interrupt is dropped; one that the watchdog sent for this run (it marks the stop requested
            // before it interrupts) is kept, so that a stop requested before this thread picked the run up holds.
            Thread.interrupted();
            if (lease.stopRequested.getAsBoolean()) {
                thread.interrupt();
            }
            thread.setContextClassLoader(lease.contextClassLoader);
            Throwable failure = null;
            try {
                lease.task.run();
                EscapeDetector.runReturned(thread);
            } catch (Throwable t) {
                failure = t;
            } finally {
                thread.lessee = null;
                lease.ended.countDown();
            }
            boolean interrupted = Thread.interrupted();
            boolean clean = failure == null && !(lease.task instanceof GuestTask g && g.failure() instanceof Error)
                    && (!interrupted || lease.stopRequested.getAsBoolean())
                    && (!lease.callsHostCode || ThreadLocals.clear(thread));
            thread.setContextClassLoader(null);
            if (!name.equals(thread.getName())) {
                thread.setName(name);
            }
            if (thread.getPriority() != priority) {
                thread.setPriority(priority);
            }
            lease.reusable = clean && !retired;
            lease.returned.countDown();
        }
    }

    /** Clears a thread's thread-locals where the JVM lets the core reach them. */
    static final class ThreadLocals {
        private static final Field LOCALS = field("threadLocals");
        private static final Field INHERITABLE = field("inheritableThreadLocals");

        private ThreadLocals() {}

        /** Whether thread-locals can be cleared in this JVM. */
        static boolean supported() {
            return LOCALS != null && INHERITABLE != null;
        }

        /** Clears the current thread's thread-locals; false when this JVM does not let the core reach them. */
        static boolean clear(Thread thread) {
            if (!supported() || thread != Thread.currentThread()) {
                return false;
            }
            try {
                LOCALS.set(thread, null);
                INHERITABLE.set(thread, null);
                return true;
            } catch (IllegalAccessException | RuntimeException e) {
                return false;
            }
        }

        private static Field field(String name) {
            try {
                Field f = Thread.class.getDeclaredField(name);
                return f.trySetAccessible() ? f : null;
            } catch (NoSuchFieldException | RuntimeException e) {
                return null;
            }
        }
    }
}
