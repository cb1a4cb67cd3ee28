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
     * The peak resident set size of process {@code pid} in KiB ({@code VmHWM} of {@code /proc/<pid>/status}), or
     * -1 where there is none (not Linux, or the process is gone).
     */
    public static long peakResidentKiB(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }

    /**
     * Memory the JVM has committed outside the Java heap, in KiB, as native memory tracking counts it (thread
     * stacks, metaspace, code cache, GC and JVM-internal allocations), or -1 when tracking is off (start the JVM
     * with {@code -XX:NativeMemoryTracking=summary}; the hardening profile does). Unlike resident-set figures, it
     * does not move when the garbage collector grows or shrinks the heap.
     */
    public static long committedOutsideHeapKiB() {
        String summary;
        try {
            summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("the DiagnosticCommand MBean did not answer vmNativeMemory", e);
        }
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB")
                .matcher(summary);
        java.util.regex.Matcher heap = java.util.regex.Pattern.compile("Java Heap \\(reserved=\\d+KB, committed=(\\d+)KB\\)")
                .matcher(summary);
        if (!total.find() || !heap.find()) {
            return -1;
        }
        return Long.parseLong(total.group(1)) - Long.parseLong(heap.group(1));
    }

    /** Java heap in use after a full collection, in KiB: Java-side leaks show here. */
    public static long heapUsedAfterGcKiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }
}
