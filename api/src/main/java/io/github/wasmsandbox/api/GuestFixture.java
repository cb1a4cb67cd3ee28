package io.github.wasmsandbox.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A ready-to-run guest: a module together with how to run it (its export, or instantiation only), the host
 * functions it imports, the limit meant to stop it and the outcome that limit should produce. The catalog's
 * {@code HostileFixture}s are guest fixtures; {@link Invocation#of(GuestFixture)} turns one into a run.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface GuestFixture {

    /** The fixture's id, in kebab case (also the module's name in messages). */
    String id();

    /** The binary module (a copy). */
    byte[] bytes();

    /** The export to call, or empty when instantiation alone (the start function) is the test. */
    Optional<String> export();

    /** The host functions for the module's imports. */
    List<HostFunction> hostFunctions();

    /** The limit that is meant to stop the guest ({@link Limit#NONE} for a benign fixture). */
    Limit stoppedBy();

    /** The outcome a runtime that enforces {@link #stoppedBy()} correctly reports. */
    OutcomeKind expectedOutcome();

    /**
     * Limits the guest is run under besides {@link #stoppedBy()}, at the catalog's values (see
     * {@link SandboxLimits#forFixture}), without being what stops it: for example a memory cap in force while the
     * guest traps for its own reasons, whose outcome must then be {@code TRAPPED}, not {@code MEMORY_LIMIT}.
     * None by default.
     *
     * @since 0.1.0
     */
    default Set<Limit> alsoLimitedBy() {
        return Set.of();
    }
}
