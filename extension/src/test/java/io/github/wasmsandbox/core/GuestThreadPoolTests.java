package io.github.wasmsandbox.core;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.GuestFrames;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The guest thread pool")
class GuestThreadPoolTests {

    private static final String NAME = "wasm-sandbox-chicory-compiler-guest-\\d+";
    private static final GuestModule RECORD = GuestModule.ofWat(
            "(module (import \"env\" \"record\" (func)) (func (export \"run\") call 0))");

    private static EngineHandle engine(String runtime) {
        return EngineHandle.open(RuntimeRegistry.discover().get(runtime));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicory-compiler", "wasmtime"})
    @DisplayName("reuses one thread across runs, one per stack size, and joins them when the engine closes")
    void reusesAndJoins(String runtime) {
        EngineHandle engine = engine(runtime);
        List<Thread> threads;
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.builder().deadlineMillis(5000).build(), o -> { })) {
            for (int i = 0; i < 5; i++) {
                assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            }
            assertThat(engine.guestThreads().liveThreads()).hasSize(1);
            assertThat(engine.guestThreads().idleThreads()).hasSize(1);
            assertThat(sandbox.liveGuestThreads()).as("an idle pool thread is not a guest of the sandbox").isEmpty();
            try (DefaultSandbox deep = (DefaultSandbox) sandbox.withLimits(SandboxLimits.builder()
                    .maxStackBytes(64L * 1024 * 1024).deadlineMillis(5000).build())) {
                assertThat(deep.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
                assertThat(deep.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            }
            threads = engine.guestThreads().liveThreads();
            assertThat(threads).hasSize(2);
            assertThat(threads).allSatisfy(t -> {
                assertThat(t.getName()).matches("wasm-sandbox-" + runtime + "-guest-\\d+");
                assertThat(t.isDaemon()).isTrue();
            });
        }
        assertThat(threads).noneMatch(Thread::isAlive);
        assertThat(engine.guestThreads().liveThreads()).isEmpty();
    }

    @Test
    @DisplayName("a run after a preempted one does not see its interrupt, on the same thread")
    void clearsInterrupt() {
        EngineHandle engine = engine("chicory-compiler");
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.builder().deadlineMillis(20).build(), o -> { })) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
            List<Thread> idle = engine.guestThreads().idleThreads();
            assertThat(idle).hasSize(1);
            AtomicBoolean interrupted = new AtomicBoolean(true);
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            // The runs after it have no deadline: a slow run on a loaded machine must not change what is checked.
            Sandbox unlimited = sandbox.withLimits(SandboxLimits.NONE);
            Outcome outcome = unlimited.run(Invocation.of(RECORD).call("run").withHost(HostFunction.action("env", "record", () -> {
                interrupted.set(Thread.currentThread().isInterrupted());
                ranOn.set(Thread.currentThread());
            })));
            assertThat(outcome).isCompleted();
            assertThat(interrupted).isFalse();
            assertThat(ranOn.get()).isSameAs(idle.get(0));
            for (int i = 0; i < 20; i++) {
                assertThat(unlimited.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            }
        }
    }

    @Test
    @DisplayName("a run never sees the thread-locals a previous run's host function set")
    void clearsThreadLocals() {
        ThreadLocal<String> local = new ThreadLocal<>();
        AtomicReference<String> seen = new AtomicReference<>("unset");
        EngineHandle engine = engine("chicory-compiler");
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.NONE, o -> { })) {
            assertThat(sandbox.run(Invocation.of(RECORD).call("run")
                    .withHost(HostFunction.action("env", "record", () -> local.set("left behind"))))).isCompleted();
            assertThat(sandbox.run(Invocation.of(RECORD).call("run")
                    .withHost(HostFunction.action("env", "record", () -> seen.set(local.get()))))).isCompleted();
            assertThat(seen.get()).isNull();
            if (!GuestThreadPool.ThreadLocals.supported()) {
                assertThat(engine.guestThreads().idleThreads()).as("a thread whose locals cannot be cleared is retired").isEmpty();
            }
        }
    }

    @Test
    @DisplayName("never reuses the thread of an escaped guest")
    void retiresEscaped() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> escapedOn = new AtomicReference<>();
        HostFunction stubborn = HostFunction.action("env", "record", () -> {
            escapedOn.set(Thread.currentThread());
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // deliberately swallowed: this host ignores preemption
                }
            }
        });
        EngineHandle engine = engine("chicory-compiler");
        SandboxLimits limits = SandboxLimits.builder().deadlineMillis(20).hardCeiling(Duration.ofMillis(200)).build();
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, limits, o -> { })) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            Thread first = engine.guestThreads().idleThreads().get(0);
            assertThat(sandbox.run(Invocation.of(RECORD).call("run").withHost(stubborn))).escaped();
            assertThat(escapedOn.get()).isSameAs(first);
            assertThat(sandbox.liveGuestThreads()).containsExactly(first);
            assertThat(engine.guestThreads().idleThreads()).isEmpty();
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER))).completedWith(42);
            assertThat(engine.guestThreads().idleThreads()).hasSize(1).doesNotContain(first);
            release.countDown();
            first.join(5000);
            assertThat(first.isAlive()).as("a retired thread exits once its guest returns").isFalse();
            assertThat(sandbox.liveGuestThreads()).isEmpty();
        }
    }

    @Test
    @DisplayName("keeps a stop requested before the thread picked the run up, drops a stale interrupt, retires an odd one")
    void interrupts() throws InterruptedException {
        try (GuestThreadPool pool = new GuestThreadPool("chicory-compiler")) {
            AtomicBoolean sawInterrupt = new AtomicBoolean();
            Runnable check = () -> sawInterrupt.set(Thread.currentThread().isInterrupted());
            GuestThreadPool.Lease first = pool.start(check, 1 << 20, false, () -> false);
            first.awaitFinished(5_000_000_000L);
            first.release();
            Thread worker = pool.idleThreads().get(0);
            assertThat(worker.getName()).matches(NAME);

            worker.interrupt(); // stale: no run asked for it
            GuestThreadPool.Lease stale = pool.start(check, 1 << 20, false, () -> false);
            assertThat(stale.thread()).isSameAs(worker);
            stale.awaitFinished(5_000_000_000L);
            stale.release();
            assertThat(sawInterrupt).isFalse();

            GuestThreadPool.Lease stopped = pool.start(check, 1 << 20, false, () -> true);
            assertThat(stopped.thread()).isSameAs(worker);
            stopped.awaitFinished(5_000_000_000L);
            stopped.release();
            assertThat(sawInterrupt).as("the stop was requested before the run began").isTrue();
            assertThat(pool.idleThreads()).as("an interrupt that was asked for is not odd").containsExactly(worker);

            GuestThreadPool.Lease odd = pool.start(() -> Thread.currentThread().interrupt(), 1 << 20, false, () -> false);
            odd.awaitFinished(5_000_000_000L);
            odd.release();
            assertThat(pool.idleThreads()).isEmpty();
            worker.join(5000);
            assertThat(worker.isAlive()).isFalse();
        }
    }

    @Test
    @DisplayName("an idle pool thread is neither in guest code nor in a runtime, so escape detection ignores it")
    void idleThreadIsNoGuest() throws InterruptedException {
        EngineHandle engine = engine("chicory-compiler");
        try (DefaultSandbox sandbox = new DefaultSandbox(engine, true, SandboxLimits.builder().deadlineMillis(20).build(), o -> { })) {
            EscapeDetector detector = EscapeDetector.start();
            assertThat(sandbox.run(Invocation.of(HostileFixture.LOOP_BR))).isPreempted();
            Thread idle = engine.guestThreads().idleThreads().get(0);
            long until = System.nanoTime() + 5_000_000_000L;
            while (idle.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            StackTraceElement[] stack = idle.getStackTrace();
            List<GuestFrames> signatures = EscapeDetector.defaultSignatures();
            assertThat(GuestFrames.match(signatures, stack)).isEmpty();
            assertThat(stack).noneMatch(f -> signatures.stream().anyMatch(s -> s.isRuntimeFrame(f)));
            // Other tests run in parallel: only this engine's idle thread is looked at.
            assertThat(detector.escapes(Duration.ofMillis(50))).noneMatch(e -> e.threadId() == idle.getId());
        }
    }
}
