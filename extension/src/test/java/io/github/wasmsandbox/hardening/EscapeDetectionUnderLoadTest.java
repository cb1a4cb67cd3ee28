package io.github.wasmsandbox.hardening;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.api.ValueType;
import io.github.wasmsandbox.assertions.error.ShouldNotLeaveGuestRunning;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.core.Sandboxes;
import io.github.wasmsandbox.fixtures.FixtureHost;
import io.github.wasmsandbox.fixtures.HostImport;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Escape detection on a loaded machine: three threads burn CPU in plain Java for the whole class, and a guest
 * leaked earlier by a naive call keeps spinning beside them. Every CPU-burning deadline fixture then runs behind a
 * naive host ({@code Future.get(timeout)}, no interrupt; Chicory's compiler driven directly) and behind a correct
 * one ({@code Sandbox.run}), three rounds: the naive one must be caught every time, the correct one never blamed.
 * Each naive leak is stopped (interrupted: the compiler stops on interrupt) once judged, and everything left at
 * the end in {@link #stopEverything()}.
 */
@Tag("hardening")
@Isolated("loads the machine and inspects every thread's stack")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Escape detection under load")
class EscapeDetectionUnderLoadTest {

    private static final int ROUNDS = 3;
    private static final int BURNERS = 3;
    private static final Duration NAIVE_TIMEOUT = Duration.ofMillis(100);
    private static final long BOUND_MILLIS = 5_000;
    private static final SandboxRuntime CHICORY_COMPILER = RuntimeRegistry.discover().get("chicory-compiler");

    private final List<Thread> burners = new ArrayList<>();
    private volatile boolean burn = true;
    private NaiveHost earlierLeak;

    /** A guest ready to run on Chicory's compiler: parsed and compiled once, outside any timing. */
    private record Prepared(HostileFixture fixture, WasmModule module, Function<Instance, Machine> machine,
                            ImportValues imports) {

        static Prepared of(HostileFixture f) {
            WasmModule module = Parser.parse(f.bytes());
            return new Prepared(f, module, MachineFactoryCompiler.compile(module), imports(FixtureHost.functionsFor(f)));
        }

        long[] run() {
            Instance instance = Instance.builder(module).withMachineFactory(machine).withImportValues(imports).build();
            return fixture.export().isPresent() ? instance.export(fixture.export().get()).apply() : new long[0];
        }

        private static ImportValues imports(List<HostFunction> functions) {
            ImportValues.Builder b = ImportValues.builder();
            for (HostFunction f : functions) {
                b.addFunction(new ImportFunction(f.module(), f.name(),
                        FunctionType.of(types(f.params()), types(f.results())), (instance, args) -> {
                            try {
                                long[] r = f.handler().apply(args);
                                return r == null || r.length == 0 ? null : r;
                            } catch (Exception e) {
                                throw new IllegalStateException(f.qualifiedName() + " failed", e);
                            }
                        }));
            }
            return b.build();
        }

        private static List<ValType> types(List<ValueType> types) {
            return types.stream().map(t -> switch (t) {
                case I32 -> ValType.I32;
                case I64 -> ValType.I64;
                case F32 -> ValType.F32;
                case F64 -> ValType.F64;
            }).toList();
        }
    }

    /** The classic bug: the guest runs on a pool thread and the timeout is {@code Future.get(timeout)} alone. */
    private static final class NaiveHost {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "naive-host-guest-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });

        void call(Prepared guest) throws Exception {
            pool.submit(guest::run).get(NAIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** What the naive host never does on timeout: interrupt its guest. */
        void close() throws InterruptedException {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the naive host's guest stopped on interrupt")
                    .isTrue();
        }
    }

    @BeforeAll
    void loadTheMachine() throws Exception {
        for (int i = 0; i < BURNERS; i++) {
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
        earlierLeak = new NaiveHost();
        try {
            earlierLeak.call(Prepared.of(HostileFixture.LOOP_BR));
        } catch (TimeoutException expected) {
            // leaked on purpose: it keeps spinning for the whole class
        }
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        burn = false;
        for (Thread t : burners) {
            t.join(5_000);
        }
        if (earlierLeak != null) {
            earlierLeak.close();
        }
    }

    static List<HostileFixture> burningDeadlineFixtures() {
        return Arrays.stream(HostileFixture.values())
                .filter(f -> f.stoppedBy() == Limit.DEADLINE && f.expectedOutcome() == OutcomeKind.PREEMPTED)
                .filter(f -> !f.imports().contains(HostImport.BLOCK))
                .filter(f -> CHICORY_COMPILER.knownDeviation(f.id()).isEmpty())
                .toList();
    }

    /** What {@code assertPreemptedWithin} said: null when it passed. */
    private static String verdict(Runnable assertion) {
        try {
            assertion.run();
            return null;
        } catch (AssertionError e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static boolean escapeFound(String verdict) {
        return verdict != null && verdict.contains("were still inside guest code");
    }

    private static void preempted(Sandbox sandbox, Invocation invocation) {
        Outcome outcome = sandbox.run(invocation);
        if (outcome.kind() != OutcomeKind.PREEMPTED) {
            throw new IllegalStateException("the correct host did not preempt: " + outcome.summary());
        }
    }

    @Test
    @DisplayName("every deadline fixture without a host block: naive host caught, correct host passed, 3 rounds")
    void noFalseVerdicts() throws Exception {
        List<HostileFixture> fixtures = burningDeadlineFixtures();
        assertThat(fixtures).hasSizeGreaterThan(10);
        List<Prepared> guests = fixtures.stream().map(Prepared::of).toList();
        List<String> falseVerdicts = new ArrayList<>();
        int naiveCaught = 0;
        int correctPassed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (Prepared guest : guests) {
                HostileFixture f = guest.fixture();
                NaiveHost naive = new NaiveHost();
                String naiveVerdict;
                try {
                    naiveVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS, TimeoutException.class,
                            () -> naive.call(guest)));
                } finally {
                    naive.close();
                }
                // A guest parked in memory.atomic.wait burns no CPU: it is caught as a guest left blocked.
                String expectedKind = f.features().contains(WasmFeature.THREADS) ? "blocked: 'naive-host-guest-"
                        : "running: 'naive-host-guest-";
                if (escapeFound(naiveVerdict) && naiveVerdict.contains(expectedKind)) {
                    naiveCaught++;
                } else {
                    falseVerdicts.add("round " + round + ", " + f.id() + ", naive host not caught: " + naiveVerdict);
                }
                String correctVerdict;
                try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER, SandboxLimits.forFixture(f))) {
                    correctVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS,
                            () -> preempted(sandbox, Invocation.of(f))));
                }
                if (correctVerdict == null) {
                    correctPassed++;
                } else {
                    falseVerdicts.add("round " + round + ", " + f.id() + ", correct host failed: " + correctVerdict);
                }
            }
        }
        System.out.printf("escape detection under load (%d CPU burners + 1 leaked guest): %d fixtures x %d rounds;"
                        + " naive host caught %d/%d, correct host passed %d/%d, false verdicts %d%n", BURNERS,
                fixtures.size(), ROUNDS, naiveCaught, fixtures.size() * ROUNDS, correctPassed, fixtures.size() * ROUNDS,
                falseVerdicts.size());
        assertThat(falseVerdicts).as("false verdicts").isEmpty();
    }

    @Test
    @DisplayName("a guest parked in env.block: naive host caught as blocked, correct host passed, 3 rounds")
    void blockedGuest() throws Exception {
        Prepared guest = Prepared.of(HostileFixture.HOST_BLOCK_LOOP);
        List<String> falseVerdicts = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            NaiveHost naive = new NaiveHost();
            String naiveVerdict;
            try {
                naiveVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS, TimeoutException.class,
                        () -> naive.call(guest)));
            } finally {
                naive.close();
            }
            if (!(escapeFound(naiveVerdict) && naiveVerdict.contains("blocked: 'naive-host-guest-")
                    && naiveVerdict.contains("in host function " + FixtureHost.class.getName())
                    && naiveVerdict.contains(ShouldNotLeaveGuestRunning.BLOCKED_FIX))) {
                falseVerdicts.add("round " + round + ", naive host not caught as blocked: " + naiveVerdict);
            }
            try (Sandbox sandbox = Sandboxes.open(CHICORY_COMPILER,
                    SandboxLimits.forFixture(HostileFixture.HOST_BLOCK_LOOP))) {
                String correctVerdict = verdict(() -> assertPreemptedWithin(BOUND_MILLIS,
                        () -> preempted(sandbox, Invocation.of(HostileFixture.HOST_BLOCK_LOOP))));
                if (correctVerdict != null) {
                    falseVerdicts.add("round " + round + ", correct host failed: " + correctVerdict);
                }
            }
        }
        System.out.printf("blocked-guest detection under load: %d rounds, false verdicts %d%n", ROUNDS,
                falseVerdicts.size());
        assertThat(falseVerdicts).as("false verdicts").isEmpty();
    }
}
