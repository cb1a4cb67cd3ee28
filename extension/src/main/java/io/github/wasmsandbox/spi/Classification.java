package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.OutcomeKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * An adapter's explanation of why a guest stopped: the outcome kind, a short trap name, a message, and the
 * fuel consumed when the adapter meters fuel natively.
 *
 * @param kind the outcome kind
 * @param trap a short trap name ({@code unreachable}, {@code host}, ...), if any
 * @param message a human-readable explanation
 * @param fuelConsumed fuel consumed, when the runtime meters it natively
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Classification(OutcomeKind kind, Optional<String> trap, String message, OptionalLong fuelConsumed) {

    /** Checks the components. */
    public Classification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trap, "trap");
        message = message == null ? "" : message;
        Objects.requireNonNull(fuelConsumed, "fuelConsumed");
    }

    /** A classification with no trap name. */
    public static Classification of(OutcomeKind kind, String message) {
        return new Classification(kind, Optional.empty(), message, OptionalLong.empty());
    }

    /** A classification with a trap name. */
    public static Classification trap(OutcomeKind kind, String trap, String message) {
        return new Classification(kind, Optional.of(trap), message, OptionalLong.empty());
    }
}
