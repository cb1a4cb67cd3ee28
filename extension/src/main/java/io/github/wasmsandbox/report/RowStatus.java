package io.github.wasmsandbox.report;

import org.apiguardian.api.API;

/**
 * How one conformance row turned out.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RowStatus {
    /** The outcome is one the case expects. */
    PASS("pass"),
    /** The outcome differs from the portable expectation exactly as a {@code KnownDeviation} documents it. */
    KNOWN_DEVIATION("known-deviation"),
    /** The runtime could not enforce a limit the case needs; nothing ran. */
    UNSUPPORTED("unsupported"),
    /** Any other outcome. */
    FAIL("FAIL");

    private final String label;

    RowStatus(String label) {
        this.label = label;
    }

    /** The label used in tables and reports. */
    public String label() {
        return label;
    }

    /** Whether the row counts as passing: {@link #PASS} or a documented {@link #KNOWN_DEVIATION}. */
    public boolean passes() {
        return this == PASS || this == KNOWN_DEVIATION;
    }
}
