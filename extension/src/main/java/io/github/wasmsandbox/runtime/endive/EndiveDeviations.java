package io.github.wasmsandbox.runtime.endive;

import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.spi.KnownDeviation;
import io.github.wasmsandbox.spi.KnownDeviation.Attribution;
import java.util.List;

/**
 * The measured deviations of Endive 1.0.0 from the catalog's expectations (conformance tests on JDK 17). The
 * interpreter checks interruption at {@code br_if}/{@code br_table} back-edges, so, unlike Chicory 1.7.5's, it
 * stops every loop of the catalog at the deadline.
 */
final class EndiveDeviations {

    private static final String NO_SIMD = "Endive 1.0.0 executes SIMD (v128) instructions only on the separate "
            + "run.endive:simd interpreter (Java 21+, Vector API), which this adapter does not use";
    private static final String NO_SIMD_REF = "bytecodealliance/endive@1.0.0 docs/docs/advanced/simd.md "
            + "(\"SIMD support is available only for Java 21+ and interpreter mode\")";

    private static final String TAIL_CALLS = "Endive 1.0.0's interpreter replaces the frame in place for "
            + "`return_call`/`return_call_indirect` without checking thread interruption, and a tail call never "
            + "re-enters the check at a call's entry, so a tail-call loop never stops (run it in a separate process, "
            + "or meter fuel, which stops it)";
    private static final String TAIL_CALLS_REF = "bytecodealliance/endive@1.0.0 runtime/src/main/java/run/endive/"
            + "runtime/InterpreterMachine.java, RETURN_CALL (L2839-2911) and RETURN_CALL_INDIRECT (L2913)";
    private static final String COMPILED_TAIL_CALLS = "Endive 1.0.0's compiler runs tail calls in a trampoline loop "
            + "(call, tail call pending?, call again) that never checks thread interruption, so a tail-call loop "
            + "never stops (run it in a separate process, or meter fuel, which stops it)";
    private static final String COMPILED_TAIL_CALLS_REF = "bytecodealliance/endive@1.0.0 compiler/src/main/java/run/"
            + "endive/compiler/internal/Compiler.java compileMachineCallWithTailCalls (L953-1045, back-jump L1035) "
            + "and Emitters.java RETURN_CALL (L1222-1248)";
    private static final String EH_ESCAPE = "Endive 1.0.0's interpreter jumps from a throw to its catch label without "
            + "checking thread interruption, so a loop that throws and catches back into itself never stops "
            + "(a fuel budget stops it; or use the compiler, or process isolation)";
    private static final String EH_ESCAPE_REF = "bytecodealliance/endive@1.0.0 runtime/src/main/java/run/endive/runtime/InterpreterMachine.java, THROW/THROW_REF (L3121-3200) jump to the catch label via ctrlJump (L3186) without checkInterruption";
    private static final String GC_ESCAPE = "Endive 1.0.0's interpreter takes a br_on_cast branch without checking thread "
            + "interruption, so a loop closed by br_on_cast never stops (a fuel budget stops it; or use the compiler)";
    private static final String GC_ESCAPE_REF = "bytecodealliance/endive@1.0.0 runtime/src/main/java/run/endive/runtime/InterpreterMachine.java, BR_ON_CAST (L4006-4035) jumps via ctrlJump (L4020) without checkInterruption";
    private static final String TABLE_OVERFLOW = "Endive 1.0.0 adds the delta to the table's size in int arithmetic: "
            + "1 + 0x7FFFFFFF wraps negative, passes the `> max` test and fails with NegativeArraySizeException "
            + "instead of returning -1, so the guest never sees the refusal";
    private static final String TABLE_OVERFLOW_REF = "bytecodealliance/endive@1.0.0 runtime/src/main/java/run/endive/"
            + "runtime/TableInstance.java grow(), `var targetSize = oldSize + size` (L46-51; growWithRef L65-70)";
    private static final String TOO_LARGE = "the function's JVM bytecode exceeds the JVM's 64 KiB method limit and "
            + "the adapter refuses Endive's interpreter fallback (an interpreted function could escape the deadline), "
            + "so the module is invalid on the compiler; run it on endive-interpreter";
    private static final String TOO_LARGE_REF = "bytecodealliance/endive@1.0.0 compiler/src/main/java/run/endive/"
            + "compiler/internal/Compiler.java L351-385 (MethodTooLargeException, InterpreterFallback); "
            + "wasm-sandbox CompilerFallbackTests";

    static final List<KnownDeviation> INTERPRETER = List.of(
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
                    NO_SIMD + ": the compiler rejects the module (\"Unhandled opcode: V128_CONST\")", NO_SIMD_REF),
            new KnownDeviation("tail-call-self", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, COMPILED_TAIL_CALLS,
                    COMPILED_TAIL_CALLS_REF),
            new KnownDeviation("tail-call-mutual", OutcomeKind.ESCAPED, Attribution.RUNTIME_FAULT, COMPILED_TAIL_CALLS,
                    COMPILED_TAIL_CALLS_REF),
            new KnownDeviation("huge-function-benign", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    TOO_LARGE, TOO_LARGE_REF),
            new KnownDeviation("huge-function-spin", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    TOO_LARGE, TOO_LARGE_REF),
            new KnownDeviation("table-grow-overflow-half", OutcomeKind.TRAPPED, Attribution.RUNTIME_FAULT,
                    TABLE_OVERFLOW, TABLE_OVERFLOW_REF));

    private EndiveDeviations() {}
}
