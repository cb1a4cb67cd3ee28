package io.github.wasmsandbox.runtime.wasmtime;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.KnownDeviation.Attribution;
import java.util.List;

/**
 * The measured deviations of Wasmtime 7 (wasmtime-java 0.19) from the catalog's expectations: proposals that
 * Wasmtime implemented only in later releases, which wasmtime-java 0.19 does not bind.
 */
final class WasmtimeDeviations {

    private static final String NO_TAIL_CALLS = "Wasmtime 7 (wasmtime-java 0.19) does not compile tail calls "
            + "(\"failed to compile wasm function\"): the tail-call proposal came to Wasmtime in a later release, "
            + "with Config::wasm_tail_call, which wasmtime-java 0.19 does not offer";
    private static final String NO_TAIL_CALLS_REF = "bytecodealliance/wasmtime#1065, bytecodealliance/wasmtime#6774 "
            + "(Config::wasm_tail_call, 2023, after Wasmtime 7)";
    private static final String NO_EH = "Wasmtime 7 (wasmtime-java 0.19) does not parse the exception-handling "
            + "proposal (tag section, `try_table`, `throw_ref`)";
    private static final String NO_EH_REF = "bytecodealliance/wasmtime#3427, bytecodealliance/wasmtime#11326 "
            + "(exception handling, 2025)";
    private static final String NO_GC = "Wasmtime 7 (wasmtime-java 0.19) does not parse the GC proposal "
            + "(struct, array and sub types)";
    private static final String NO_GC_REF = "bytecodealliance/wasmtime#5032 (Implement the WebAssembly GC Proposal)";
    private static final String NO_THREADS = "the adapter leaves Wasmtime's threads proposal off "
            + "(wasmtime-java's Config.wasmThreads is not called), so a module with a shared memory does not parse "
            + "(\"failed to parse WebAssembly module\")";
    private static final String NO_THREADS_REF = "wasm-sandbox runtime/wasmtime/WasmtimeEngine.java (Config); "
            + "wasmtime-java 0.19 io.github.kawamuray.wasmtime.Config#wasmThreads";

    static final List<KnownDeviation> DEVIATIONS = List.of(
            new KnownDeviation("tail-call-self", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_TAIL_CALLS, NO_TAIL_CALLS_REF),
            new KnownDeviation("tail-call-mutual", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_TAIL_CALLS, NO_TAIL_CALLS_REF),
            new KnownDeviation("tail-call-indirect-fuel", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_TAIL_CALLS, NO_TAIL_CALLS_REF),
            new KnownDeviation("try-table-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION, NO_EH,
                    NO_EH_REF),
            new KnownDeviation("try-table-payload-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_EH, NO_EH_REF),
            new KnownDeviation("try-table-call-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_EH, NO_EH_REF),
            new KnownDeviation("throw-ref-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION, NO_EH,
                    NO_EH_REF),
            new KnownDeviation("br-on-cast-loop", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION, NO_GC,
                    NO_GC_REF),
            new KnownDeviation("gc-array-bomb", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION, NO_GC,
                    NO_GC_REF),
            new KnownDeviation("atomic-wait-forever", OutcomeKind.INVALID_MODULE, Attribution.SANDBOX_LIMITATION,
                    NO_THREADS, NO_THREADS_REF));

    private WasmtimeDeviations() {}
}
