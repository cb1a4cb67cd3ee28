package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The child side of process isolation: reads requests from stdin, runs each in an in-process sandbox opened by
 * the caller's function, answers on stdout (stdout itself is redirected to stderr, so a guest's host function
 * cannot corrupt the protocol). Used by the child JVM's main class.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChildServer {

    private ChildServer() {}

    /** Serves requests until stdin closes; {@code open} opens the in-process sandbox of a runtime, by name. */
    public static void serve(Function<String, Sandbox> open) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        Map<String, Sandbox> sandboxes = new HashMap<>();
        try {
            Optional<Properties> request;
            while ((request = Protocol.read(in)).isPresent()) {
                Protocol.write(out, answer(request.get(), sandboxes, open));
            }
        } finally {
            sandboxes.values().forEach(Sandbox::close);
        }
    }

    private static Properties answer(Properties request, Map<String, Sandbox> sandboxes, Function<String, Sandbox> open) {
        try {
            String runtime = request.getProperty("runtime");
            SandboxLimits limits = Protocol.limits(request);
            Sandbox sandbox = sandboxes.computeIfAbsent(runtime, open);
            Outcome outcome = sandbox.withLimits(limits).run(Protocol.invocation(request));
            return Protocol.response(outcome);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Protocol.failure(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }
}
