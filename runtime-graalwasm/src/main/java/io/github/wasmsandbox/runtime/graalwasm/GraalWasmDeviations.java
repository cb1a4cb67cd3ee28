package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.KnownDeviation.Attribution;
import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.List;

/** The measured deviations of GraalWasm 25.0.4 (fallback runtime, Temurin 25) from the catalog's expectations. */
final class GraalWasmDeviations {

    private static final String REF = "oracle/graal 25.0.4 wasm/src/org.graalvm.wasm/src/org/graalvm/wasm/parser/"
            + "BinaryParser.java (the adapter runs GraalWasm with its default options, which leave these proposals off)";

    /** Measured with the adapter's default options on Temurin 25: proposals GraalWasm does not decode. */
    static final List<KnownDeviation> ALL = List.of(
            new KnownDeviation("tail-call-self", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no tail calls (`return_call`: \"Unknown opcode: 0x12\")", REF),
            new KnownDeviation("tail-call-mutual", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no tail calls (`return_call`: \"Unknown opcode: 0x12\")", REF),
            new KnownDeviation("tail-call-indirect-fuel", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no tail calls (`return_call_indirect`: \"Unknown opcode: 0x13\")", REF),
            new KnownDeviation("try-table-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no exception handling (tag section: \"invalid section ID: 13\")", REF),
            new KnownDeviation("try-table-payload-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no exception handling (tag section: \"invalid section ID: 13\")", REF),
            new KnownDeviation("try-table-call-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no exception handling (tag section: \"invalid section ID: 13\")", REF),
            new KnownDeviation("throw-ref-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no exception handling (`exnref`: \"Invalid value type: 0x69\")", REF),
            new KnownDeviation("br-on-cast-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no GC types (\"Only function types are supported in the type section\")", REF),
            new KnownDeviation("gc-array-bomb", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no GC types (\"Only function types are supported in the type section\")", REF),
            new KnownDeviation("atomic-wait-forever", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    "GraalWasm 25.0.4 rejects the module: no shared memories (threads: \"Invalid limits prefix ... got 0x03\")", REF));

    private GraalWasmDeviations() {}
}
