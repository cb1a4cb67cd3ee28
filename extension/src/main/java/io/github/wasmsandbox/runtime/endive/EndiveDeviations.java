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

    static final List<KnownDeviation> INTERPRETER = List.of(
            new KnownDeviation("simd-spin", OutcomeKind.TRAPPED, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the interpreter fails at the first v128 instruction", NO_SIMD_REF));

    static final List<KnownDeviation> COMPILER = List.of(
            new KnownDeviation("simd-spin", OutcomeKind.INVALID_MODULE, Attribution.RUNTIME_LIMITATION,
                    NO_SIMD + ": the compiler rejects the module (\"Unhandled opcode: V128_CONST\")", NO_SIMD_REF));

    private EndiveDeviations() {}
}
