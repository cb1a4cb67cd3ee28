package io.github.wasmsandbox.api;

/**
 * Where guests run.
 *
 * @since 0.1.0
 */
public enum Isolation {
    /** On a dedicated thread of this JVM (the default): fastest; a guest a runtime cannot stop escapes. */
    IN_PROCESS,
    /**
     * In a child JVM (same class path), started once and reused while healthy, killed when a guest cannot be
     * stopped in it: contains what in-process preemption cannot (a runtime without preemption, a native crash).
     * Only the catalog's host functions ({@code env.block}, {@code env.fail}, {@code env.tick}) can be used.
     */
    PROCESS
}
