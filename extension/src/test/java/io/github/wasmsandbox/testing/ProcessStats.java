package io.github.wasmsandbox.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures about this JVM process that soak tests compare before and after. */
public final class ProcessStats {

    private ProcessStats() {}

    /** The resident set size in KiB ({@code VmRSS} of {@code /proc/self/status}), or -1 where there is none. */
    public static long residentKiB() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }

    /**
     * Resident memory outside the Java heap, in KiB: {@code VmRSS} minus the committed heap, or -1 where there is no
     * {@code VmRSS}. Native leaks (runtime handles, thread stacks) show here; heap growth, which the GC decides,
     * does not.
     */
    public static long residentOutsideHeapKiB() throws IOException {
        long rss = residentKiB();
        return rss < 0 ? -1 : rss - ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024;
    }

    /** Java heap in use after a full collection, in KiB: Java-side leaks show here. */
    public static long heapUsedAfterGcKiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }
}
