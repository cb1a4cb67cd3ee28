package io.github.wasmsandbox.assertions;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a guest trapped, the same on every runtime. Each runtime words its traps its own way (Chicory and Endive:
 * {@code "Trapped on unreachable instruction"}, {@code "integer divide by zero"}; wasmtime: {@code unreachable},
 * {@code integer divide by zero}); {@link #of(Outcome)} maps {@link Outcome#trap()} (then
 * {@link Outcome#message()}) to one of these kinds, so a test does not depend on one runtime's text.
 *
 * <pre>{@code
 * assertThat(sandbox.run(Invocation.of(module).call("div", 1, 0))).isTrappedWith(TrapKind.INTEGER_DIVIDE_BY_ZERO);
 * // passes on every runtime
 * assertThat(sandbox.run(Invocation.of(module).call("div", 1, 0))).isTrappedWith(TrapKind.UNREACHABLE);
 * // fails: "Expecting the guest on wasmtime to trap with the kind: UNREACHABLE but it trapped with the kind:
 * //         INTEGER_DIVIDE_BY_ZERO"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum TrapKind {
    /** An {@code unreachable} instruction was executed. */
    UNREACHABLE("unreachable"),
    /** An integer division or remainder by zero. */
    INTEGER_DIVIDE_BY_ZERO("divide by zero", "division by zero"),
    /** An integer overflow: {@code i32.div_s} of the minimum by -1, or a float-to-integer conversion out of range. */
    INTEGER_OVERFLOW("integer overflow", "invalid conversion to integer"),
    /** A load or store outside the memory (or {@code memory.fill}/{@code copy}/{@code init} out of bounds). */
    OUT_OF_BOUNDS_MEMORY("out of bounds memory", "memory out of bounds", "out-of-bounds memory", "memory access out of bounds"),
    /** A {@code call_indirect} or table access past the end of the table. */
    OUT_OF_BOUNDS_TABLE("undefined element", "table out of bounds", "out of bounds table", "table index is out of bounds"),
    /** A {@code call_indirect} to a function of another type. */
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch", "bad signature", "signature mismatch"),
    /** A {@code call_indirect} to a table slot that holds no function. */
    UNINITIALIZED_ELEMENT("uninitialized element", "indirect call to null", "null function"),
    /** A host function the guest called failed. */
    HOST(),
    /** Any other trap or error (including one this enum does not recognise). */
    OTHER();

    private final List<String> phrases;

    TrapKind(String... phrases) {
        this.phrases = List.of(phrases);
    }

    /**
     * The kind of trap {@code outcome} records: empty when it records none (a run that completed, was preempted,
     * ran out of fuel, ...). A {@link OutcomeKind#TRAPPED} outcome always has a kind, {@link #OTHER} when its text
     * is not recognised; a {@link OutcomeKind#MEMORY_LIMIT} one has the kind of the trap that followed the refused
     * growth.
     */
    public static Optional<TrapKind> of(Outcome outcome) {
        boolean guestTrap = outcome.kind() == OutcomeKind.TRAPPED
                || outcome.kind() == OutcomeKind.MEMORY_LIMIT && outcome.trap().isPresent();
        if (!guestTrap) {
            return Optional.empty();
        }
        return Optional.of(classify(outcome.trap().orElse(""), outcome.message()));
    }

    /** The kind named by a runtime's trap name, or else by its message; {@link #OTHER} when neither is recognised. */
    public static TrapKind classify(String trap, String message) {
        if ("host".equals(trap)) {
            return HOST;
        }
        TrapKind byName = match(trap);
        return byName != OTHER ? byName : match(message);
    }

    private static TrapKind match(String text) {
        if (text == null || text.isEmpty()) {
            return OTHER;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (TrapKind kind : values()) {
            for (String phrase : kind.phrases) {
                if (lower.contains(phrase)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }
}
