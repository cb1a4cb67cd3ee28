package io.github.wasmsandbox.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One child JVM running the given main class (which serves {@link ChildServer}) on this JVM's class path: the pipes to it, a daemon thread keeping the
 * last lines of its stderr, and the means to kill it. Not thread-safe: {@link ProcessSandbox} serialises calls.
 */
final class ChildProcess implements AutoCloseable {


    private static final int STDERR_LINES = 20;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream responses;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ExecutorService reader;
    private final Thread drain;

    private ChildProcess(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.responses = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.drain = new Thread(this::drainStderr, "wasm-sandbox-child-" + process.pid() + "-stderr");
        drain.setDaemon(true);
        drain.start();
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wasm-sandbox-child-" + process.pid() + "-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The system property that sets the child JVM's maximum heap ({@code -Xmx} syntax, e.g. {@code 1g}); default
     * {@value #DEFAULT_MAX_HEAP}. A guest that exhausts it ends HEAP_EXHAUSTED in the child, not in the test JVM.
     */
    static final String MAX_HEAP_PROPERTY = "wasm.sandbox.child.max-heap";
    static final String DEFAULT_MAX_HEAP = "512m";

    private static String maxHeap() {
        String value = System.getProperty(MAX_HEAP_PROPERTY, DEFAULT_MAX_HEAP).trim();
        if (!value.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("system property " + MAX_HEAP_PROPERTY + " must be a heap size such as"
                    + " 512m or 2g, but was '" + value + "'");
        }
        return value;
    }

    /**
     * Starts a child JVM with this JVM's class path; with {@code lowPriority}, at the lowest CPU priority
     * ({@code nice -n 19}) where {@link #lowPriorityAvailable()}.
     */
    static ChildProcess start(String mainClass, boolean lowPriority) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        if (lowPriority && lowPriorityAvailable()) {
            command.addAll(List.of(NICE.toString(), "-n", "19"));
        }
        command.addAll(List.of(java, "-XX:+UseSerialGC", "-Xmx" + maxHeap(),
                "-D" + MAX_HEAP_PROPERTY + "=" + maxHeap(), "-cp", System.getProperty("java.class.path"), mainClass));
        try {
            return new ChildProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the child JVM for process isolation (" + java + "): "
                    + e.getMessage(), e);
        }
    }

    /** {@code nice}, which starts a process at a lower CPU priority (Linux, macOS and other Unix systems). */
    private static final Path NICE = Path.of("/usr/bin/nice");

    /** Whether children can be started at a low CPU priority here. */
    static boolean lowPriorityAvailable() {
        return Files.isExecutable(NICE);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends a request and waits for the response until {@code timeout}.
     *
     * @return the response, or empty when the child died or closed its output
     * @throws TimeoutException when the child did not answer in time (it is still alive: kill it)
     */
    Optional<Properties> call(Properties request, Duration timeout) throws TimeoutException {
        try {
            Protocol.write(requests, request);
        } catch (IOException e) {
            return Optional.empty();
        }
        Future<Optional<Properties>> response = reader.submit(() -> Protocol.read(responses));
        try {
            return response.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while waiting for the child");
        }
    }

    /** Kills the child at once and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
        stopReader();
    }

    /** The exit code once the child is dead, waiting briefly for it. */
    int awaitExit() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The last lines the child wrote to stderr. */
    synchronized List<String> stderrTail() {
        return List.copyOf(stderrTail);
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (this) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException e) {
            // The child is gone; its tail is what we have.
        }
    }

    /** Asks the child to stop (closes its stdin), then kills it if it does not. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // Closing a dead child's pipe: nothing to do.
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        stopReader();
    }

    /**
     * Stops the response reader and waits briefly for it and the stderr drain (which ends at the dead child's
     * end of stream) to end, so that no thread outlives the child.
     */
    private void stopReader() {
        reader.shutdownNow();
        try {
            reader.awaitTermination(1, TimeUnit.SECONDS);
            drain.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
