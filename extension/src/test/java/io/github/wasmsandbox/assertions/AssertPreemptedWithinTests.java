package io.github.wasmsandbox.assertions;

import static io.github.wasmsandbox.assertions.WasmAssertions.assertPreemptedWithin;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@DisplayName("assertPreemptedWithin")
@Isolated("it samples CPU time JVM-wide")
class AssertPreemptedWithinTests {

    /** Burns CPU until interrupted, like a guest on an interruption-checking runtime. */
    private static void spinUntilInterrupted() {
        long x = 0;
        while (!Thread.currentThread().isInterrupted()) {
            x += System.nanoTime() & 1;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    @Test
    @DisplayName("passes a host that stops its guest before returning")
    void stoppingHost() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertPreemptedWithin(2000, () -> {
                Future<?> guest = pool.submit(AssertPreemptedWithinTests::spinUntilInterrupted);
                try {
                    guest.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    guest.cancel(true);
                    pool.shutdown();
                    pool.awaitTermination(5, TimeUnit.SECONDS);
                    throw e;
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("fails a host whose timeout returns while the guest keeps burning CPU")
    void naiveHost() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> assertPreemptedWithin(2000, () -> {
                pool.submit(AssertPreemptedWithinTests::spinUntilInterrupted).get(50, TimeUnit.MILLISECONDS);
            })).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("these threads kept burning CPU")
                    .hasMessageContaining("spinUntilInterrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("fails a call that does not return within the bound")
    void hangingCall() {
        Object never = new Object();
        assertThatThrownBy(() -> assertPreemptedWithin(100, () -> {
            synchronized (never) {
                never.wait();
            }
        })).isInstanceOf(AssertionError.class).hasMessageContaining("Expecting the call to return within");
    }
}
