package io.github.wasmsandbox.benchmarks;

import io.github.wasmsandbox.api.SandboxLimits;
import java.time.Duration;

/** The limit configurations whose cost on guest speed is measured, each against {@link #NONE}. */
public enum LimitSet {
    /** No limit but the hard ceiling. */
    NONE("none"),
    /** A deadline far away: interruption checks (Chicory) or epoch checks (wasmtime) are active but never fire. */
    DEADLINE("deadline"),
    /** Injected fuel with a budget that never runs out. */
    FUEL("fuel"),
    /** Both. */
    FUEL_AND_DEADLINE("fuel+deadline");

    private final String label;

    LimitSet(String label) {
        this.label = label;
    }

    /** The name in reports. */
    public String label() {
        return label;
    }

    /** The limits. */
    public SandboxLimits limits() {
        SandboxLimits.Builder b = SandboxLimits.builder().hardCeiling(Duration.ofMinutes(10));
        if (this == DEADLINE || this == FUEL_AND_DEADLINE) {
            b.deadline(Duration.ofMinutes(5));
        }
        if (this == FUEL || this == FUEL_AND_DEADLINE) {
            b.fuel(Long.MAX_VALUE / 4);
        }
        return b.build();
    }
}
