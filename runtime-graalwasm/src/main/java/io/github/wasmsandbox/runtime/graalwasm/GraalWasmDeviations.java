package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.KnownDeviation.Attribution;
import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.List;

/** The measured deviations of GraalWasm 25.0.4 (fallback runtime, Temurin 25) from the catalog's expectations. */
final class GraalWasmDeviations {

    static final List<KnownDeviation> ALL = List.of(
            new KnownDeviation("table-grow-bomb", OutcomeKind.TRAPPED, Attribution.RUNTIME_LIMITATION,
                    "the table cap holds (table.grow returns -1 at the cap), but GraalWasm's polyglot API reaches a "
                            + "table only through an instance's exports and this table is not exported, so the trap "
                            + "that follows the denied growth cannot be told apart from another trap",
                    "oracle/graal 25.0.4: wasm/src/org.graalvm.wasm/src/org/graalvm/wasm/api/WebAssembly.java "
                            + "(tableSize takes a WasmTable, reachable only as an export)"));

    private GraalWasmDeviations() {}
}
