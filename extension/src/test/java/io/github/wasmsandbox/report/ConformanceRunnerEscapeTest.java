package io.github.wasmsandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.core.RuntimeRegistry;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@DisplayName("ConformanceRunner escape detection")
@Isolated("escape detection blames any thread that enters guest code meanwhile")
class ConformanceRunnerEscapeTest {

    /** Guests of the leaky adapter below, stopped after each test (its engine never stops them). */
    private final ExecutorService leaked = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "leaky-adapter-guest");
        t.setDaemon(true);
        return t;
    });

    /** chicory-compiler with a Future.get(timeout) deadline and nothing that ever stops the guest, not even close. */
    static final class LeakyRuntime implements SandboxRuntime {
        private final SandboxRuntime chicory = RuntimeRegistry.discover().get("chicory-compiler");
        private final ExecutorService pool;

        LeakyRuntime(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public String name() {
            return "leaky-chicory";
        }

        @Override
        public Set<Limit> enforcedLimits() {
            return chicory.enforcedLimits();
        }

        @Override
        public RuntimeEngine openEngine() {
            RuntimeEngine engine = chicory.openEngine();
            return new RuntimeEngine() {
                @Override
                public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
                    return engine.prepare(wasm);
                }

                @Override
                public long[] run(PreparedModule module, Invocation invocation, GuestControl control) throws Exception {
                    long left = control.deadlineNanos().orElseThrow() - System.nanoTime();
                    try {
                        return pool.submit(() -> engine.run(module, invocation, control))
                                .get(Math.max(0, left), TimeUnit.NANOSECONDS);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }

                @Override
                public void preempt(Thread guestThread, GuestControl control) {
                }

                @Override
                public Classification classify(Throwable failure, GuestControl control) {
                    return failure instanceof TimeoutException ? Classification.of(OutcomeKind.PREEMPTED, "timed out")
                            : engine.classify(failure, control);
                }

                @Override
                public long guestThreadStackBytes(SandboxLimits limits) {
                    return engine.guestThreadStackBytes(limits);
                }

                @Override
                public void close() {
                    engine.close();
                }
            };
        }
    }

    @AfterEach
    void stopLeakedGuests() throws InterruptedException {
        leaked.shutdownNow();
        assertThat(leaked.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a guest left running makes the row ESCAPED, and the rows after it say they ran beside it")
    void escapeIsRecorded() {
        ConformanceReport report = new ConformanceRunner(List.of(new LeakyRuntime(leaked)), line -> { })
                .run(List.of(ConformanceCase.of(HostileFixture.LOOP_BR), ConformanceCase.of(HostileFixture.ANSWER)));
        ConformanceRow loop = report.rows().get(0);
        assertThat(loop.outcome().kind()).isEqualTo(OutcomeKind.ESCAPED);
        assertThat(loop.status()).isEqualTo(RowStatus.FAIL);
        assertThat(loop.outcome().message()).startsWith(
                "the runtime reported PREEMPTED, but the guest kept running: 'leaky-adapter-guest' (id ")
                .contains("RUNNABLE) in chicory guest code at [com.dylibso.chicory.$gen.");
        ConformanceRow answer = report.rows().get(1);
        assertThat(answer.status()).isEqualTo(RowStatus.PASS);
        assertThat(answer.note()).contains("run in this JVM beside the guest loop-br on leaky-chicory left running"
                + " (leaky-chicory is not registered, so a child JVM cannot load it)");
    }

    @Test
    @DisplayName("a correct runtime's preempted rows pass, with no note")
    void correctRuntime() {
        ConformanceReport report = ConformanceRunner.forNames(List.of("chicory-compiler"), line -> { })
                .run(List.of(ConformanceCase.of(HostileFixture.LOOP_BR), ConformanceCase.of(HostileFixture.HOST_BLOCK_LOOP),
                        ConformanceCase.of(HostileFixture.ANSWER)));
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.status()).as(r.caseName()).isEqualTo(RowStatus.PASS);
            assertThat(r.note()).as(r.caseName()).isEmpty();
        });
    }

    @Test
    @DisplayName("a row documented to escape runs in a child JVM of its own, so no row here runs beside its guest")
    void documentedEscapeRunsInAChild() {
        ConformanceReport report = ConformanceRunner.forNames(List.of("chicory-interpreter"), line -> { })
                .run(List.of(ConformanceCase.of(HostileFixture.LOOP_BR_IF), ConformanceCase.of(HostileFixture.ANSWER)));
        ConformanceRow spin = report.rows().get(0);
        assertThat(spin.caseName()).isEqualTo("loop-br-if");
        assertThat(spin.status()).isEqualTo(RowStatus.KNOWN_DEVIATION);
        assertThat(spin.outcome().kind()).isEqualTo(OutcomeKind.KILLED);
        assertThat(spin.note()).hasValueSatisfying(n -> assertThat(n)
                .endsWith("run in a child JVM of its own: documented to escape on chicory-interpreter"));
        ConformanceRow answer = report.rows().get(1);
        assertThat(answer.status()).isEqualTo(RowStatus.PASS);
        assertThat(answer.note()).isEmpty();
    }

    @Test
    @DisplayName("a row documented to escape gets a hard ceiling of its deadline plus twice the escape CPU; others keep theirs")
    void documentedEscapeCeiling() {
        SandboxRuntime interpreter = RuntimeRegistry.discover().get("chicory-interpreter");
        SandboxRuntime compiler = RuntimeRegistry.discover().get("chicory-compiler");
        ConformanceCase spin = ConformanceCase.of(HostileFixture.LOOP_BR_IF);
        assertThat(spin.knownToEscapeOn(interpreter)).isTrue();
        assertThat(ConformanceRunner.limits(spin, interpreter).effectiveHardCeiling())
                .isEqualTo(SandboxLimits.FIXTURE_DEADLINE.plus(SandboxLimits.ESCAPE_CPU).plus(SandboxLimits.ESCAPE_CPU));
        assertThat(ConformanceRunner.limits(spin, compiler)).isEqualTo(spin.limits());
        ConformanceCase ownCeiling = new ConformanceCase("own-ceiling", Invocation.of(HostileFixture.LOOP_BR_IF),
                SandboxLimits.builder().deadlineMillis(100).hardCeiling(java.time.Duration.ofSeconds(3)).build(),
                Set.of(OutcomeKind.PREEMPTED), java.util.Optional.of(HostileFixture.LOOP_BR_IF));
        assertThat(ownCeiling.knownToEscapeOn(interpreter)).isTrue();
        assertThat(ConformanceRunner.limits(ownCeiling, interpreter)).isEqualTo(ownCeiling.limits());
    }
}
