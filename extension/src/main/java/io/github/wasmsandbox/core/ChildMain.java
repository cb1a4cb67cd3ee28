package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.isolation.ChildServer;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The main class of the child JVM of process isolation: serves the parent's requests with in-process sandboxes.
 * A run its runtime reports {@code PREEMPTED} is judged as in the parent ({@link EscapeDetector#judgeStop}): a guest
 * seen in guest code after the stop makes it {@code ESCAPED}, and the parent then kills this JVM.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChildMain {

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
                return detector.judgeStop(sandbox.run(invocation));
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
