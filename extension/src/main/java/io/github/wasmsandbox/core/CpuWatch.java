package io.github.wasmsandbox.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;

/**
 * Finds threads that keep burning CPU after a call returned: the signature of a guest whose host stopped
 * waiting for it without stopping it (a {@code Future.get(timeout)} without interruption). Samples per-thread
 * CPU time JVM-wide with {@link ThreadMXBean}, so other CPU-bound work running at the same time can be blamed
 * too: use it while nothing else runs (JUnit: {@code @Isolated}).
 *
 * <pre>{@code
 * CpuWatch watch = CpuWatch.start();
 * host.runWithTimeout(guest);
 * List<CpuWatch.Burner> burning = watch.stillBurning(Duration.ofMillis(200), 0.25, Set.of());
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CpuWatch {

    private final ThreadMXBean threads;
    private final Map<Long, Long> before;

    private CpuWatch(ThreadMXBean threads) {
        this.threads = threads;
        this.before = cpuTimes(threads);
    }

    /**
     * Takes the "before" snapshot.
     *
     * @throws UnsupportedOperationException when this JVM cannot measure per-thread CPU time
     */
    public static CpuWatch start() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("measuring whether a guest keeps running needs per-thread CPU"
                    + " time, which this JVM does not support (ThreadMXBean.isThreadCpuTimeSupported() is false)");
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        return new CpuWatch(threads);
    }

    /**
     * A thread still burning CPU.
     *
     * @param threadId its id
     * @param description {@code 'name' used N ms of CPU at frame}
     */
    public record Burner(long threadId, String description) {}

    /**
     * Watches for {@code window} (blocking) and returns the threads that used CPU since {@link #start()} and
     * keep using at least {@code share} of the window.
     *
     * @param ignoredThreadIds threads not to blame (the caller, a helper thread that made the call)
     */
    public List<Burner> stillBurning(Duration window, double share, Set<Long> ignoredThreadIds) {
        Map<Long, Long> afterCall = cpuTimes(threads);
        List<Long> candidates = new ArrayList<>();
        long self = Thread.currentThread().getId();
        for (Map.Entry<Long, Long> e : afterCall.entrySet()) {
            long id = e.getKey();
            if (id != self && !ignoredThreadIds.contains(id) && e.getValue() > before.getOrDefault(id, 0L)) {
                candidates.add(id);
            }
        }
        long start = System.nanoTime();
        long end = start + window.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(end - System.nanoTime());
        }
        long watched = System.nanoTime() - start;
        List<Burner> burning = new ArrayList<>();
        for (long id : candidates) {
            long now = threads.getThreadCpuTime(id);
            if (now > 0 && now - afterCall.get(id) >= share * watched) {
                ThreadInfo info = threads.getThreadInfo(id, 3);
                String name = info == null ? "thread " + id : "'" + info.getThreadName() + "'";
                burning.add(new Burner(id, name + " used " + TimeUnit.NANOSECONDS.toMillis(now - afterCall.get(id))
                        + " ms of CPU" + (info == null || info.getStackTrace().length == 0 ? "" : " at " + info.getStackTrace()[0])));
            }
        }
        return burning;
    }

    private static Map<Long, Long> cpuTimes(ThreadMXBean threads) {
        Map<Long, Long> times = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                times.put(id, cpu);
            }
        }
        return times;
    }
}
