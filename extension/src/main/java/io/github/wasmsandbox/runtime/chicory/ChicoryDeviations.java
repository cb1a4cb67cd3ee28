package io.github.wasmsandbox.runtime.chicory;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.KnownDeviation.Attribution;
import io.github.wasmsandbox.spi.KnownDeviation;
import java.util.List;

/** The measured deviations of Chicory 1.7.5 from the catalog's expectations. */
final class ChicoryDeviations {

    private static final String INTERPRETER_BRANCHES = "Chicory 1.7.5's interpreter checks thread interruption only "
            + "at calls and unconditional `br` back-edges, not at `br_if`/`br_table` ones, so the loop never stops "
            + "(run it in a separate process, or use chicory-compiler)";
    private static final String INTERPRETER_BRANCHES_REF = "dylibso/chicory#1261 (fixed in Endive 1.0); "
            + "runtime/src/main/java/com/dylibso/chicory/runtime/InterpreterMachine.java, BR_IF and BR_TABLE";
    private static final String NO_SIMD = "Chicory 1.7.5 does not execute SIMD (v128) instructions";
    private static final String NO_SIMD_REF = "Chicory 1.7.5 release notes: SIMD is not supported by the runtime";

    static final List<KnownDeviation> INTERPRETER = List.of(
            new KnownDeviation("loop-br-if", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, INTERPRETER_BRANCHES,
                    INTERPRETER_BRANCHES_REF),
            new KnownDeviation("loop-br-table", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, INTERPRETER_BRANCHES,
                    INTERPRETER_BRANCHES_REF),
            new KnownDeviation("nested-loops-rare-backedge", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT,
                    INTERPRETER_BRANCHES, INTERPRETER_BRANCHES_REF),
            new KnownDeviation("simd-spin", OutcomeKind.TRAPPED, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the interpreter fails at the first v128 instruction", NO_SIMD_REF));

    static final List<KnownDeviation> COMPILER = List.of(
            new KnownDeviation("simd-spin", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the compiler rejects the module", NO_SIMD_REF));

    private ChicoryDeviations() {}
}
