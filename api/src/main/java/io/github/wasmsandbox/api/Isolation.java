package io.github.wasmsandbox.api;

import org.apiguardian.api.API;

/**
 * Where guests run.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Isolation {
    /** On a dedicated thread of this JVM (the default): fastest; a guest a runtime cannot stop escapes. */
    IN_PROCESS,
    /**
     * In a child JVM (same class path), started once and reused while healthy, killed when a guest cannot be
     * stopped in it: contains what in-process preemption cannot (a runtime without preemption, a native crash).
     * Only the catalog's host functions ({@code env.block}, {@code env.fail}, {@code env.tick}) can be used.
     */
    PROCESS;

    /** The name used in configuration and on the command line: {@code in-process} or {@code process}. */
    public String configName() {
        return this == IN_PROCESS ? "in-process" : "process";
    }

    /**
     * The isolation named {@code name} ({@link #configName()}, case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Isolation fromConfigName(String name) {
        String normalized = name.trim().toLowerCase(java.util.Locale.ROOT);
        for (Isolation isolation : values()) {
            if (isolation.configName().equals(normalized)) {
                return isolation;
            }
        }
        throw new IllegalArgumentException("expected in-process or process, but was '" + name + "'");
    }
}
