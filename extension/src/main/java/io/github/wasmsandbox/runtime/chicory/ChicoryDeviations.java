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
    private static final String TAIL_CALLS = "Chicory 1.7.5's interpreter replaces the frame in place for "
            + "`return_call`/`return_call_indirect` without checking thread interruption, and a tail call never "
            + "re-enters the check at a call's entry, so a tail-call loop never stops (run it in a separate process, "
            + "or meter fuel, which stops it)";
    private static final String TAIL_CALLS_REF = "dylibso/chicory@1.7.5 runtime/src/main/java/com/dylibso/chicory/"
            + "runtime/InterpreterMachine.java, RETURN_CALL (L2634) and RETURN_CALL_INDIRECT (L2702)";
    private static final String NO_TCO = "Chicory 1.7.5's compiler has no real tail calls: it compiles "
            + "`return_call` as `call` then `return`, so a long tail-call chain overflows the JVM stack";
    private static final String NO_TCO_REF = "dylibso/chicory@1.7.5 compiler/src/main/java/com/dylibso/chicory/"
            + "compiler/internal/WasmAnalyzer.java L208-230 (RETURN_CALL desugared)";
    private static final String EH_ESCAPE = "Chicory 1.7.5's interpreter jumps from a throw to its catch label without "
            + "checking thread interruption, so a loop that throws and catches back into itself never stops "
            + "(a fuel budget stops it; or use the compiler, or process isolation)";
    private static final String EH_ESCAPE_REF = "dylibso/chicory@1.7.5 runtime/src/main/java/com/dylibso/chicory/runtime/InterpreterMachine.java, THROW/THROW_REF jump to the catch label via ctrlJump (L2894-2970) without checkInterruption";
    private static final String GC_ESCAPE = "Chicory 1.7.5's interpreter takes a br_on_cast branch without checking thread "
            + "interruption, so a loop closed by br_on_cast never stops (a fuel budget stops it; or use the compiler)";
    private static final String GC_ESCAPE_REF = "dylibso/chicory@1.7.5 runtime/src/main/java/com/dylibso/chicory/runtime/InterpreterMachine.java, BR_ON_CAST (L3494-3530) jumps via ctrlJump without checkInterruption";
    private static final String TABLE_OVERFLOW = "Chicory 1.7.5 adds the delta to the table's size in int arithmetic: "
            + "1 + 0x7FFFFFFF wraps negative, passes the `> max` test and fails with NegativeArraySizeException "
            + "instead of returning -1, so the guest never sees the refusal";
    private static final String TABLE_OVERFLOW_REF = "dylibso/chicory@1.7.5 runtime/src/main/java/com/dylibso/chicory/"
            + "runtime/TableInstance.java grow(), `var targetSize = oldSize + size` (L38-43)";
    private static final String TOO_LARGE = "the function's JVM bytecode exceeds the JVM's 64 KiB method limit and "
            + "the adapter refuses Chicory's interpreter fallback (the interpreter checks interruption under other "
            + "rules, see loop-br-if), so the module is invalid on the compiler; run it on chicory-interpreter";
    private static final String TOO_LARGE_REF = "dylibso/chicory@1.7.5 compiler/src/main/java/com/dylibso/chicory/"
            + "compiler/internal/Compiler.java L302-336 (MethodTooLargeException, InterpreterFallback); "
            + "wasm-sandbox CompilerFallbackTests";
    private static final String NO_SIMD = "Chicory 1.7.5 does not execute SIMD (v128) instructions";
    private static final String NO_SIMD_REF = "Chicory 1.7.5 release notes: SIMD is not supported by the runtime";

    static final List<KnownDeviation> INTERPRETER = List.of(
            new KnownDeviation("loop-br-if", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, INTERPRETER_BRANCHES,
                    INTERPRETER_BRANCHES_REF),
            new KnownDeviation("loop-br-table", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, INTERPRETER_BRANCHES,
                    INTERPRETER_BRANCHES_REF),
            new KnownDeviation("nested-loops-rare-backedge", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT,
                    INTERPRETER_BRANCHES, INTERPRETER_BRANCHES_REF),
            new KnownDeviation("start-br-if-spin", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT,
                    INTERPRETER_BRANCHES, INTERPRETER_BRANCHES_REF),
            new KnownDeviation("simd-spin", OutcomeKind.TRAPPED, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the interpreter fails at the first v128 instruction", NO_SIMD_REF),
            new KnownDeviation("tail-call-self", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, TAIL_CALLS,
                    TAIL_CALLS_REF),
            new KnownDeviation("tail-call-mutual", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, TAIL_CALLS,
                    TAIL_CALLS_REF),
            new KnownDeviation("try-table-loop", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, EH_ESCAPE,
                    EH_ESCAPE_REF),
            new KnownDeviation("try-table-payload-loop", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, EH_ESCAPE,
                    EH_ESCAPE_REF),
            new KnownDeviation("throw-ref-loop", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, EH_ESCAPE,
                    EH_ESCAPE_REF),
            new KnownDeviation("br-on-cast-loop", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, GC_ESCAPE,
                    GC_ESCAPE_REF),
            new KnownDeviation("table-grow-overflow-half", OutcomeKind.TRAPPED, Attribution.RUNTIME_FAULT,
                    TABLE_OVERFLOW, TABLE_OVERFLOW_REF));

    static final List<KnownDeviation> COMPILER = List.of(
            new KnownDeviation("simd-spin", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the compiler rejects the module", NO_SIMD_REF),
            new KnownDeviation("tail-call-self", OutcomeKind.STACK_EXHAUSTED, Attribution.RUNTIME_LIMITATION, NO_TCO,
                    NO_TCO_REF),
            new KnownDeviation("tail-call-mutual", OutcomeKind.STACK_EXHAUSTED, Attribution.RUNTIME_LIMITATION,
                    NO_TCO, NO_TCO_REF),
            new KnownDeviation("tail-call-indirect-fuel", OutcomeKind.STACK_EXHAUSTED, Attribution.RUNTIME_LIMITATION,
                    NO_TCO + " before the fuel runs out", NO_TCO_REF),
            new KnownDeviation("huge-function-benign", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    TOO_LARGE, TOO_LARGE_REF),
            new KnownDeviation("huge-function-spin", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    TOO_LARGE, TOO_LARGE_REF),
            new KnownDeviation("table-grow-overflow-half", OutcomeKind.TRAPPED, Attribution.RUNTIME_FAULT,
                    TABLE_OVERFLOW, TABLE_OVERFLOW_REF));

    private ChicoryDeviations() {}
}
