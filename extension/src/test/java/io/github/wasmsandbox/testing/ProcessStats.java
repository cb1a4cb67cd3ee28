package io.github.wasmsandbox.testing;

import java.io.IOException;
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
}
