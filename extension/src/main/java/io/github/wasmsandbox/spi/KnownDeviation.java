package io.github.wasmsandbox.spi;

import io.github.wasmsandbox.api.OutcomeKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A measured, documented case where a runtime does not reach a fixture's expected outcome. Each adapter declares
 * its own ({@link SandboxRuntime#knownDeviations()}), so tests assert the runtime's real behaviour (and notice
 * when an upgrade changes it) and the conformance report can explain the row.
 *
 * @param fixtureId the catalog fixture's id
 * @param outcome what the runtime actually reports
 * @param attribution whose behaviour this is
 * @param reason why, in one sentence a user can act on
 * @param reference where upstream the cause is documented (an issue, a pull request or a source location)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KnownDeviation(String fixtureId, OutcomeKind outcome, Attribution attribution, String reason,
        String reference) {

    /** Whose behaviour a deviation is. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public enum Attribution {
        /** The runtime does something wrong (a bug upstream): the guest should have been stopped. */
        RUNTIME_FAULT,
        /** The runtime does not offer what the fixture needs (a missing feature or API), by design or for now. */
        RUNTIME_LIMITATION,
        /**
         * wasm-sandbox itself does not offer what the fixture needs on this runtime: its module rewriter (needed
         * here for a limit) does not understand the module, or its adapter leaves a feature off on purpose.
         *
         * @since 0.1.0
         */
        SANDBOX_LIMITATION
    }

    /** Validates the components. */
    public KnownDeviation {
        Objects.requireNonNull(fixtureId, "fixtureId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
    }
}
