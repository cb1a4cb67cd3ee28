package io.github.wasmsandbox.core;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.HostFunction;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.Outcome;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Adapters that hand the guest to a thread of their own (the classic {@code Future.get(timeout)} around a correct
 * engine): the core judges them by what {@link GuestControl#runGuest} recorded on that thread, not by whether a
 * stack sample happened to catch the guest. Each scenario is scripted with latches, so the verdict cannot depend
 * on scheduling: no run has a deadline (the adapters decide when they "time out"), so not even the hard ceiling
 * of a deadline can race the latches.
 */
@DisplayName("Adapters that run the guest on a thread of their own")
class DelegatingAdapterTests {

    private static final SandboxRuntime CHICORY = RuntimeRegistry.discover().get("chicory-compiler");

    @Test
    @DisplayName("a run that returns while its guest still executes elsewhere is ESCAPED, naming the thread")
    void returnedWhileTheGuestRuns() {
        CountDownLatch entered = new CountDownLatch(1);
        Invocation spin = spinAfter(entered);
        // Returns "timed out" as soon as the guest is inside its loop, and never stops it.
        Delegating naive = new Delegating(inner -> {
            entered.await();
            throw new TimeoutException("gave up waiting");
        });
        try (Sandbox sandbox = Sandboxes.open(naive, SandboxLimits.NONE)) {
            Outcome outcome = sandbox.run(spin);
            assertThat(outcome).hasKind(OutcomeKind.ESCAPED);
            assertThat(outcome.message()).startsWith(
                    "the runtime reported PREEMPTED, but the guest kept running: '" + Delegating.THREAD + "'")
                    .contains("chicory");
        }
    }

    @Test
    @DisplayName("a guest that ended by itself after the adapter gave up is reported by its own cause, not PREEMPTED")
    void endedByItselfBeforeTheAdapterReturned() {
        GuestModule module = GuestModule.ofWat("(module (func $f (export \"run\") call $f))");
        // The adapter's timeout "fired" first, but its thread got the CPU only after the guest had overflowed.
        Delegating late = new Delegating(inner -> {
            inner.ended.await();
            throw new TimeoutException("gave up waiting");
        });
        try (Sandbox sandbox = Sandboxes.open(late, SandboxLimits.NONE)) {
            Outcome outcome = sandbox.run(Invocation.of(module).call("run"));
            assertThat(outcome).hasKind(OutcomeKind.STACK_EXHAUSTED);
        }
    }

    @Test
    @DisplayName("an adapter that stops its guest thread and waits for it is PREEMPTED")
    void stopsAndWaits() {
        CountDownLatch entered = new CountDownLatch(1);
        Invocation spin = spinAfter(entered);
        Delegating correct = new Delegating(inner -> {
            entered.await();
            inner.thread.interrupt();
            inner.ended.await();
            throw new TimeoutException("stopped the guest");
        });
        try (Sandbox sandbox = Sandboxes.open(correct, SandboxLimits.NONE)) {
            assertThat(sandbox.run(spin)).isPreempted();
        }
    }

    @Test
    @DisplayName("runGuest records the executing thread and the first failure, and rethrows it")
    void runGuestRecords() throws Exception {
        GuestControl control = new GuestControl(SandboxLimits.NONE, System.nanoTime());
        AtomicReference<Set<Thread>> during = new AtomicReference<>();
        long[] values = control.runGuest(() -> {
            during.set(control.executingGuests());
            return new long[] {42};
        });
        assertThat(values).containsExactly(42);
        assertThat(during.get()).containsExactly(Thread.currentThread());
        assertThat(control.executingGuests()).isEmpty();
        assertThat(control.guestFailure()).isEmpty();

        IllegalStateException boom = new IllegalStateException("boom");
        try {
            control.runGuest(() -> {
                throw boom;
            });
        } catch (IllegalStateException e) {
            assertThat(e).isSameAs(boom);
        }
        assertThat(control.guestFailure()).hasValueSatisfying(f -> {
            assertThat(f.failure()).isSameAs(boom);
            assertThat(f.thread()).isSameAs(Thread.currentThread());
        });
        assertThat(control.executingGuests()).isEmpty();
    }

    /** A guest that calls {@code env.entered} (counting {@code entered} down), then spins forever. */
    private static Invocation spinAfter(CountDownLatch entered) {
        GuestModule module = GuestModule.ofWat("(module (import \"env\" \"entered\" (func))"
                + " (func (export \"run\") call 0 (loop br 0)))");
        return Invocation.of(module).call("run").withHost(HostFunction.action("env", "entered", entered::countDown));
    }

    /** The inner run on the adapter's own thread: the thread, and a latch released when the run has ended. */
    private static final class Inner {
        final CountDownLatch ended = new CountDownLatch(1);
        volatile Thread thread;
    }

    /** What the adapter's run does once it has started the guest on its own thread. */
    @FunctionalInterface
    private interface Wait {
        long[] await(Inner inner) throws Exception;
    }

    /** Wraps chicory-compiler, running each guest on a new thread of its own and ending the run with {@link Wait}. */
    private static final class Delegating implements SandboxRuntime {
        static final String THREAD = "delegated-guest";
        private final Wait wait;

        Delegating(Wait wait) {
            this.wait = wait;
        }

        @Override
        public String name() {
            return "delegating-chicory";
        }

        @Override
        public Set<Limit> enforcedLimits() {
            return CHICORY.enforcedLimits();
        }

        @Override
        public RuntimeEngine openEngine() {
            RuntimeEngine chicory = CHICORY.openEngine();
            Set<Thread> started = ConcurrentHashMap.newKeySet();
            return new RuntimeEngine() {
                @Override
                public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
                    return chicory.prepare(wasm);
                }

                @Override
                public long[] run(PreparedModule module, Invocation invocation, GuestControl control) throws Exception {
                    Inner inner = new Inner();
                    Thread thread = new Thread(() -> {
                        try {
                            chicory.run(module, invocation, control);
                        } catch (Exception | StackOverflowError e) {
                            // recorded by GuestControl.runGuest, which is what the core reads
                        } finally {
                            inner.ended.countDown();
                        }
                    }, THREAD);
                    thread.setDaemon(true);
                    inner.thread = thread;
                    started.add(thread);
                    thread.start();
                    return wait.await(inner);
                }

                @Override
                public void preempt(Thread guestThread, GuestControl control) {
                    // the scripted wait decides
                }

                @Override
                public Classification classify(Throwable failure, GuestControl control) {
                    return failure instanceof TimeoutException
                            ? Classification.of(OutcomeKind.PREEMPTED, "timed out waiting for the guest")
                            : chicory.classify(failure, control);
                }

                @Override
                public long guestThreadStackBytes(SandboxLimits limits) {
                    return chicory.guestThreadStackBytes(limits);
                }

                /** Stops what a run left (Chicory's compiled code stops when its thread is interrupted). */
                @Override
                public void close() {
                    started.forEach(Thread::interrupt);
                    for (Thread thread : started) {
                        try {
                            thread.join();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    chicory.close();
                }
            };
        }
    }
}
