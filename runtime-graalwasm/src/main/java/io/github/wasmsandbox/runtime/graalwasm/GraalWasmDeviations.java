package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.List;

/** The measured deviations of GraalWasm 25.0.4 (fallback runtime, Temurin 25) from the catalog's expectations. */
final class GraalWasmDeviations {

    /** None measured: every catalog fixture reaches its expected outcome (table-grow-bomb since grow evidence). */
    static final List<KnownDeviation> ALL = List.of();

    private GraalWasmDeviations() {}
}
