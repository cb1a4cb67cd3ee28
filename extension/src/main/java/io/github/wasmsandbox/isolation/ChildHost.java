package io.github.wasmsandbox.isolation;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One child JVM shared by process-isolated sandboxes (for example all those of a test class): started on first
 * use, reused while healthy, killed and replaced when a guest cannot be stopped in it or it dies. Runs are
 * serialised: one guest at a time in the child. Closing it stops the child.
 *
 * <pre>{@code
 * try (ChildHost child = Sandboxes.openProcessHost();
 *      Sandbox sandbox = child.sandbox("chicory-interpreter", limits, outcome -> { })) {
 *     sandbox.run(Invocation.of(HostileFixture.LOOP_BR_IF)); // KILLED: contained, nothing keeps running
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ChildHost implements AutoCloseable {

    /** How long past the hard ceiling the parent waits for an answer (child start-up, module compilation). */
    public static final Duration ANSWER_GRACE = Duration.ofSeconds(10);

    private ChildProcess child;
    private boolean closed;

    private final String mainClass;
    private final boolean lowPriority;

    /**
     * A host with no child yet; its child JVM will run {@code mainClass}, a main that serves {@link ChildServer}
     * ({@code Sandboxes.openProcessHost()} passes the core's).
     */
    public ChildHost(String mainClass) {
        this(mainClass, false);
    }

    /**
     * A host whose children run at the lowest CPU priority where {@link #lowPriorityAvailable()} ({@code nice -n
     * 19}), for work that must take only CPU this JVM leaves idle.
     */
    public ChildHost(String mainClass, boolean lowPriority) {
        this.mainClass = java.util.Objects.requireNonNull(mainClass, "mainClass");
        this.lowPriority = lowPriority;
    }

    /** Whether this machine can start children at a low CPU priority ({@code /usr/bin/nice}). */
    public static boolean lowPriorityAvailable() {
        return ChildProcess.lowPriorityAvailable();
    }

    /**
     * A sandbox with a child JVM of its own, stopped when the sandbox closes ({@code Sandboxes.open(runtime,
     * limits, Isolation.PROCESS)} is the public way).
     */
    public static Sandbox owning(String mainClass, String runtime, SandboxLimits limits) {
        return ProcessSandbox.owningItsChild(new ChildHost(mainClass), runtime, limits);
    }

    /**
     * A sandbox on {@code runtime} whose guests run in this host's child JVM. The child reports a runtime it
     * does not know when the first guest runs; callers check the name first.
     */
    public Sandbox sandbox(String runtime, SandboxLimits limits, Consumer<Outcome> listener) {
        return new ProcessSandbox(this, runtime, limits, listener);
    }

    /** The child's process id, if one is running. */
    public synchronized OptionalLong childPid() {
        return child != null && child.isAlive() ? OptionalLong.of(child.pid()) : OptionalLong.empty();
    }

    /**
     * Starts the child JVM now, unless one is running, so that the next run does not wait for it to start (the
     * conformance runner keeps a spare host started while a row that will kill its child runs).
     *
     * @throws IllegalStateException when the host is closed
     */
    public synchronized void prestart() {
        if (closed) {
            throw new IllegalStateException("this process-isolated sandbox is closed; open a new one");
        }
        if (child == null || !child.isAlive()) {
            if (child != null) {
                child.close(); // died between runs: release its pipes and threads
            }
            child = ChildProcess.start(mainClass, lowPriority);
        }
    }

    synchronized Outcome run(String runtime, SandboxLimits limits, Invocation invocation) {
        if (closed) {
            throw new IllegalStateException("this process-isolated sandbox is closed; open a new one");
        }
        Properties request = Protocol.request(runtime, limits, invocation);
        prestart();
        ChildProcess current = child;
        long start = System.nanoTime();
        Duration timeout = limits.effectiveHardCeiling().plus(ANSWER_GRACE);
        Optional<Properties> response;
        try {
            response = current.call(request, timeout);
        } catch (TimeoutException e) {
            current.kill();
            child = null;
            return outcome(runtime, OutcomeKind.KILLED, start, limits, "the child JVM (pid " + current.pid()
                    + ") did not answer within the hard ceiling of " + limits.effectiveHardCeiling().toMillis()
                    + " ms plus " + ANSWER_GRACE.toSeconds() + " s; it was killed, so nothing keeps running");
        }
        if (response.isEmpty()) {
            int exit = current.awaitExit();
            current.close();
            child = null;
            return outcome(runtime, OutcomeKind.CRASHED, start, limits, "the child JVM (pid " + current.pid()
                    + ") died" + (exit >= 0 ? " with exit code " + exit : "") + " while running "
                    + invocation.describe() + "; the next run starts a new one. Last stderr lines: "
                    + String.join(" | ", current.stderrTail()));
        }
        Properties p = response.get();
        if (p.getProperty("failure") != null) {
            String message = p.getProperty("message");
            throw p.getProperty("failure").equals("IllegalStateException") ? new IllegalStateException(message)
                    : new IllegalArgumentException(message);
        }
        Outcome outcome = Protocol.outcome(p, runtime, limits);
        if (outcome.kind() == OutcomeKind.ESCAPED) {
            current.kill();
            child = null;
            return new Outcome(runtime, OutcomeKind.KILLED, null, outcome.elapsed(), Optional.empty(),
                    outcome.fuelConsumed(), Optional.empty(), "the guest could not be stopped in the child JVM ("
                    + outcome.message() + "); the child (pid " + current.pid() + ") was killed, so nothing keeps"
                    + " running", Optional.empty(), limits);
        }
        return outcome;
    }

    private static Outcome outcome(String runtime, OutcomeKind kind, long start, SandboxLimits limits, String message) {
        return new Outcome(runtime, kind, null, Duration.ofNanos(System.nanoTime() - start), Optional.empty(),
                OptionalLong.empty(), Optional.empty(), message, Optional.empty(), limits);
    }

    /** Stops the child. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (child != null) {
            child.close();
            child = null;
        }
    }
}
