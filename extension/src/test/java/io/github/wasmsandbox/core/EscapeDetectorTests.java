package io.github.wasmsandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wasmsandbox.spi.GuestFrames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The detector on a fake runtime whose "guest code" is a Java loop in this class, recognised through a signature
 * added by the user (so other tests' real guests, running in parallel, are not seen).
 */
@DisplayName("EscapeDetector")
@Execution(ExecutionMode.SAME_THREAD) // one fake guest at a time: each test's guests are its own
class EscapeDetectorTests {

    /** The fake runtime: {@code interpret} is its guest code; it may call a host function. */
    static final class FakeRuntime {
        static void interpret(CountDownLatch entered, Runnable hostFunction) {
            entered.countDown();
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.nanoTime() & 1;
                if (hostFunction != null) {
                    hostFunction.run();
                }
            }
            if (x == 42) {
                System.out.print("");
            }
        }
    }

    static final GuestFrames FAKE = GuestFrames.of("fake-runtime",
            GuestFrames.method(FakeRuntime.class.getName(), "interpret"), List.of(FakeRuntime.class.getName()));

    private final List<Thread> started = new ArrayList<>();

    @AfterEach
    void stopGuests() throws InterruptedException {
        for (Thread t : started) {
            t.interrupt();
            t.join(5_000);
            assertThat(t.isAlive()).as("%s stopped", t.getName()).isFalse();
        }
    }

    /** A host function that waits until interrupted. */
    static void block() {
        Object lock = new Object();
        synchronized (lock) {
            try {
                lock.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Thread guest(String name, Runnable hostFunction) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        Thread t = new Thread(() -> FakeRuntime.interpret(entered, hostFunction), name);
        t.setDaemon(true);
        started.add(t);
        t.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        return t;
    }

    @Test
    @DisplayName("a guest started during the call and still running is a burning escape")
    void burning() throws InterruptedException {
        EscapeDetector detector = EscapeDetector.start(List.of(FAKE));
        Thread t = guest("fake-guest-burning", null);
        List<EscapeDetector.Escape> escapes = detector.escapes(Duration.ofMillis(60));
        assertThat(escapes).singleElement().satisfies(e -> {
            assertThat(e.threadName()).isEqualTo("fake-guest-burning");
            assertThat(e.threadId()).isEqualTo(t.getId());
            assertThat(e.kind()).isEqualTo(EscapeDetector.Kind.BURNING);
            assertThat(e.state()).isEqualTo(Thread.State.RUNNABLE);
            assertThat(e.runtime()).isEqualTo("fake-runtime");
            assertThat(e.hostFrame()).isEmpty();
            assertThat(e.guestFrames()).extracting(StackTraceElement::getMethodName).containsExactly("interpret");
            assertThat(e.describe()).startsWith("'fake-guest-burning' (id " + t.getId() + ", RUNNABLE) in fake-runtime"
                    + " guest code at [" + FakeRuntime.class.getName() + ".interpret], ");
        });
    }

    @Test
    @DisplayName("a guest parked in a host function it called is a blocked escape")
    void blocked() throws InterruptedException {
        EscapeDetector detector = EscapeDetector.start(List.of(FAKE));
        guest("fake-guest-blocked", EscapeDetectorTests::block);
        List<EscapeDetector.Escape> escapes = detector.escapes(Duration.ofMillis(60));
        assertThat(escapes).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EscapeDetector.Kind.BLOCKED);
            assertThat(e.state()).isEqualTo(Thread.State.WAITING);
            assertThat(e.hostFrame()).map(StackTraceElement::getMethodName).contains("block");
            assertThat(e.describe()).contains("in host function " + EscapeDetectorTests.class.getName()
                    + ".block called by fake-runtime guest code");
        });
    }

    @Test
    @DisplayName("a thread already in guest code when the detector starts is never blamed")
    void snapshot() throws InterruptedException {
        Thread earlier = guest("fake-guest-earlier", null);
        EscapeDetector detector = EscapeDetector.start(List.of(FAKE));
        assertThat(detector.alreadyInGuest()).contains(earlier.getId());
        assertThat(detector.escapes(Duration.ofMillis(30))).isEmpty();
    }

    @Test
    @DisplayName("a guest that leaves guest code during the grace is not an escape")
    void leavesDuringGrace() throws InterruptedException {
        EscapeDetector detector = EscapeDetector.start(List.of(FAKE));
        Thread t = guest("fake-guest-leaving", null);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            t.interrupt();
        });
        stopper.start();
        assertThat(detector.escapes(Duration.ofMillis(200))).isEmpty();
        stopper.join();
    }

    @Test
    @DisplayName("host code that only looks busy is not guest code")
    void notAGuest() throws InterruptedException {
        EscapeDetector detector = EscapeDetector.start(List.of(FAKE));
        Thread busy = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }, "plain-busy-host-thread");
        busy.setDaemon(true);
        started.add(busy);
        busy.start();
        assertThat(detector.escapes(Duration.ofMillis(30))).isEmpty();
    }

    /** Starts {@code thread} and waits until it is in the fake guest code (or has ended). */
    private Thread startInGuest(Thread thread, CountDownLatch entered) throws InterruptedException {
        started.add(thread);
        thread.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        return thread;
    }

    @Test
    @DisplayName("forCall: a guest on a thread the call created is an escape")
    void followsThreadsTheCallCreated() throws InterruptedException {
        try (EscapeDetector detector = EscapeDetector.forCall(List.of(FAKE))) {
            CountDownLatch entered = new CountDownLatch(1);
            List<Thread> created = new ArrayList<>();
            Thread call = detector.newThread(() -> {
                Thread worker = new Thread(() -> FakeRuntime.interpret(entered, null), "created-by-the-call");
                worker.setDaemon(true);
                created.add(worker);
                worker.start();
            }, "the-call");
            call.start();
            call.join(10_000);
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            started.addAll(created);
            assertThat(detector.escapes(Duration.ofMillis(60))).singleElement()
                    .satisfies(e -> assertThat(e.threadName()).isEqualTo("created-by-the-call"));
        }
    }

    @Test
    @DisplayName("forCall, nested: a guest of the enclosing call is not the nested call's")
    void nestedCallIgnoresItsParent() throws Exception {
        try (EscapeDetector outer = EscapeDetector.forCall(List.of(FAKE))) {
            AtomicReference<List<EscapeDetector.Escape>> seenByInner = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread outerCall = outer.newThread(() -> {
                try (EscapeDetector inner = EscapeDetector.forCall(List.of(FAKE))) {
                    CountDownLatch entered = new CountDownLatch(1);
                    Thread outerGuest = outer.newThread(() -> FakeRuntime.interpret(entered, null), "outer-guest");
                    startInGuest(outerGuest, entered);
                    seenByInner.set(inner.escapes(Duration.ofMillis(60)));
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "outer-call");
            outerCall.start();
            outerCall.join(10_000);
            assertThat(failure.get()).isNull();
            assertThat(seenByInner.get()).isEmpty();
            assertThat(outer.escapes(Duration.ofMillis(60))).extracting(EscapeDetector.Escape::threadName)
                    .containsExactly("outer-guest");
        }
    }

    @Test
    @DisplayName("forCall: one check at a time in the JVM; the next one waits for close()")
    void oneCallAtATime() throws Exception {
        AtomicReference<EscapeDetector> second = new AtomicReference<>();
        Thread waiter;
        EscapeDetector first = EscapeDetector.forCall(List.of(FAKE));
        try {
            waiter = new Thread(() -> second.set(EscapeDetector.forCall(List.of(FAKE))), "second-check");
            waiter.setDaemon(true);
            waiter.start();
            while (!parkedOnTheLock(waiter)) {
                assertThat(waiter.isAlive()).as("the second check waits for the first").isTrue();
                Thread.onSpinWait();
            }
            assertThat(second.get()).isNull();
        } finally {
            first.close();
        }
        waiter.join(10_000);
        assertThat(second.get()).as("the second check started once the first closed").isNotNull();
        second.get().close();
    }

    private static boolean parkedOnTheLock(Thread thread) {
        if (thread.getState() != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith("java.util.concurrent.Semaphore")) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("start() follows every thread: it has no call thread group to offer")
    void startHasNoCallGroup() {
        try (EscapeDetector detector = EscapeDetector.start(List.of(FAKE))) {
            assertThatThrownBy(() -> detector.newThread(() -> { }, "x")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("use forCall(...)");
        }
    }

    @Test
    @DisplayName("a thread RUNNABLE inside a native method (a pipe read, a wait for a process) is not on its way to a guest")
    void nativeCallIsNotBusy() {
        StackTraceElement read = new StackTraceElement("java.io.FileInputStream", "readBytes", "FileInputStream.java", -2);
        StackTraceElement caller = new StackTraceElement("io.github.wasmsandbox.isolation.Protocol", "read",
                "Protocol.java", 120);
        assertThat(read.isNativeMethod()).isTrue();
        assertThat(EscapeDetector.inNativeCall(new StackTraceElement[] {read, caller})).isTrue();
        assertThat(EscapeDetector.inNativeCall(new StackTraceElement[] {caller, read})).isFalse();
        assertThat(EscapeDetector.inNativeCall(new StackTraceElement[0])).isFalse();
    }
}
