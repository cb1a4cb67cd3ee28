package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.isolation.ChildServer;
import java.io.IOException;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The main class of the child JVM of process isolation: serves the parent's requests with in-process sandboxes.
 * A run its runtime reports {@code PREEMPTED} is checked with {@link EscapeDetector}: a guest still in guest code
 * afterwards makes it {@code ESCAPED}, and the parent then kills this JVM.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChildMain {

    /** How long a preempted run is watched for a guest that keeps running. */
    static final Duration ESCAPE_WATCH = Duration.ofMillis(50);

    private ChildMain() {}

    /** Serves requests until stdin closes. */
    public static void main(String[] args) throws IOException {
        ChildServer.serve(runtime -> new EscapeChecking(Sandboxes.open(runtime, SandboxLimits.NONE)));
    }

    /** A sandbox whose preempted runs are checked for a guest left running. */
    private record EscapeChecking(Sandbox sandbox) implements Sandbox {

        @Override
        public String runtime() {
            return sandbox.runtime();
        }

        @Override
        public SandboxLimits limits() {
            return sandbox.limits();
        }

        @Override
        public Outcome run(Invocation invocation) {
            try (EscapeDetector detector = EscapeDetector.forCall(EscapeDetector.defaultSignatures())) {
                Outcome outcome = sandbox.run(invocation);
                return outcome.kind() == OutcomeKind.PREEMPTED
                        ? EscapeDetector.escapedAnyway(outcome, detector.escapes(ESCAPE_WATCH)) : outcome;
            }
        }

        @Override
        public Sandbox withLimits(SandboxLimits limits) {
            return new EscapeChecking(sandbox.withLimits(limits));
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
