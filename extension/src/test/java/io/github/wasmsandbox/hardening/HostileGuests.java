package io.github.wasmsandbox.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.runtime.chicory.ChicoryHostFunctions;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Guests and hosts the escape-detection sweeps share: Chicory's compiler driven directly, naive or not. */
final class HostileGuests {

    static final SandboxRuntime CHICORY_COMPILER = RuntimeRegistry.discover().get("chicory-compiler");
    /** How long a naive host waits on its future before it returns to the caller (and leaves the guest running). */
    static final Duration NAIVE_TIMEOUT = Duration.ofMillis(100);
    /** The bound given to assertPreemptedWithin: generous, the verdict under test is the escape check. */
    static final long BOUND_MILLIS = 5_000;

    private HostileGuests() {}

    /** The catalog's deadline fixtures that burn CPU (no env.block) and that chicory-compiler stops. */
    static List<HostileFixture> burningDeadlineFixtures() {
        return Arrays.stream(HostileFixture.values())
                .filter(f -> f.stoppedBy() == Limit.DEADLINE && f.expectedOutcome() == OutcomeKind.PREEMPTED)
                .filter(f -> !f.imports().contains(HostImport.BLOCK))
                .filter(f -> CHICORY_COMPILER.knownDeviation(f.id()).isEmpty())
                .toList();
    }

    /** What an assertion said: null when it passed, its message when it failed. */
    static String verdict(Runnable assertion) {
        try {
            assertion.run();
            return null;
        } catch (AssertionError e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** Whether a verdict is the escape check's failure. */
    static boolean escapeFound(String verdict) {
        return verdict != null && verdict.contains("were still inside guest code");
    }

    /** The correct host: wasm-sandbox's own sandbox, which must preempt. */
    static void preempted(Sandbox sandbox, Invocation invocation) {
        Outcome outcome = sandbox.run(invocation);
        if (outcome.kind() != OutcomeKind.PREEMPTED) {
            throw new IllegalStateException("the correct host did not preempt: " + outcome.summary());
        }
    }

    /** A wait that may be interrupted, as a test's clean-up needs it: an interrupt fails it. */
    interface Wait {
        boolean done() throws InterruptedException;
    }

    static boolean awaitUninterruptibly(Wait wait) {
        try {
            return wait.done();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cleaning up", e);
        }
    }

    /** A guest ready to run on Chicory's compiler: parsed and compiled once, outside any timing. */
    record Prepared(HostileFixture fixture, WasmModule module, Function<Instance, Machine> machine,
                    ImportValues imports) {

        static Prepared of(HostileFixture f) {
            WasmModule module = Parser.parse(f.bytes());
            return new Prepared(f, module, MachineFactoryCompiler.compile(module), ChicoryHostFunctions.forFixture(f));
        }

        long[] run() {
            Instance instance = Instance.builder(module).withMachineFactory(machine).withImportValues(imports).build();
            return fixture.export().isPresent() ? instance.export(fixture.export().get()).apply() : new long[0];
        }
    }

    /**
     * The classic bug: the guest runs on a pool thread and the timeout is {@code Future.get(timeout)} alone.
     * {@link #warmed()} makes the pool's thread before any call, so that a call reuses a thread that existed
     * before it (the case thread groups cannot attribute).
     */
    static final class NaiveHost implements AutoCloseable {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "naive-host-guest-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });

        static NaiveHost warmed() throws Exception {
            NaiveHost host = new NaiveHost();
            host.pool.submit(() -> { }).get(10, TimeUnit.SECONDS);
            return host;
        }

        void call(Prepared guest) throws Exception {
            pool.submit(guest::run).get(NAIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** What the naive host never does on timeout: interrupt its guest. */
        @Override
        public void close() {
            pool.shutdownNow();
            assertThat(awaitUninterruptibly(() -> pool.awaitTermination(10, TimeUnit.SECONDS)))
                    .as("the naive host's guest stopped on interrupt").isTrue();
        }
    }

    /** Threads burning CPU in plain Java until closed. */
    static final class BackgroundLoad implements AutoCloseable {
        private final List<Thread> burners = new ArrayList<>();
        private volatile boolean burn = true;

        BackgroundLoad(int threads) {
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    long x = 0;
                    while (burn) {
                        x += System.nanoTime() & 1;
                    }
                    if (x == 42) {
                        System.out.print("");
                    }
                }, "background-cpu-burner-" + i);
                t.setDaemon(true);
                burners.add(t);
                t.start();
            }
        }

        @Override
        public void close() {
            burn = false;
            for (Thread t : burners) {
                assertThat(awaitUninterruptibly(() -> {
                    t.join(5_000);
                    return !t.isAlive();
                })).as("%s stopped", t.getName()).isTrue();
            }
        }
    }
}
