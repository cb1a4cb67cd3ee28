package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.Sandboxes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The child JVM of {@link ProcessSandbox}: reads requests from stdin, runs each in an in-process sandbox (one
 * engine per runtime, kept for the child's life so modules stay compiled), writes the outcome to stdout, until
 * stdin closes. Anything a guest or runtime prints goes to stderr, which the parent keeps the tail of.
 *
 * @since 0.1.0
 */
public final class ChildMain {

    private ChildMain() {}

    /** Serves requests until stdin closes. */
    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        Map<String, Sandbox> sandboxes = new HashMap<>();
        try {
            Optional<Properties> request;
            while ((request = Protocol.read(in)).isPresent()) {
                Protocol.write(out, serve(request.get(), sandboxes));
            }
        } finally {
            sandboxes.values().forEach(Sandbox::close);
        }
    }

    private static Properties serve(Properties request, Map<String, Sandbox> sandboxes) {
        try {
            String runtime = request.getProperty("runtime");
            SandboxLimits limits = Protocol.limits(request);
            Sandbox sandbox = sandboxes.computeIfAbsent(runtime, r -> Sandboxes.open(r, SandboxLimits.NONE));
            Outcome outcome = sandbox.withLimits(limits).run(Protocol.invocation(request));
            return Protocol.response(outcome);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Protocol.failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }
}
