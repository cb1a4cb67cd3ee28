package io.github.wasmsandbox.examples;

import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.Classification;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.InvalidModuleException;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import io.github.wasmsandbox.spi.SandboxRuntime;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A runtime adapter written the naive way, kept on purpose as a TCK example. It wraps the real
 * {@code chicory-compiler} adapter but enforces the deadline with {@code Future.get(timeout)} on a pool thread
 * and never interrupts the guest: the caller gets control back at the deadline and the adapter reports
 * PREEMPTED, while the guest keeps burning a core until the engine closes. The TCK catches exactly that
 * ({@code NaiveChicoryConformanceTest}: the loop fixtures end ESCAPED).
 */
public final class NaiveChicoryRuntime implements SandboxRuntime {

    /** The name this runtime is registered under. */
    public static final String NAME = "naive-chicory";

    private final SandboxRuntime chicory = ServiceLoader.load(SandboxRuntime.class).stream()
            .filter(p -> !p.type().equals(NaiveChicoryRuntime.class))
            .map(ServiceLoader.Provider::get)
            .filter(r -> r.name().equals("chicory-compiler"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the chicory-compiler runtime is not on the class path"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Limit> enforcedLimits() {
        return chicory.enforcedLimits();
    }

    @Override
    public RuntimeEngine openEngine() {
        return new NaiveEngine(chicory.openEngine());
    }

    /** Delegates everything to Chicory except how the deadline is enforced. */
    private static final class NaiveEngine implements RuntimeEngine {

        private final RuntimeEngine chicory;
        private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "naive-chicory-guest");
            t.setDaemon(true);
            return t;
        });

        NaiveEngine(RuntimeEngine chicory) {
            this.chicory = chicory;
        }

        @Override
        public PreparedModule prepare(byte[] wasm) throws InvalidModuleException {
            return chicory.prepare(wasm);
        }

        @Override
        public long[] run(PreparedModule module, Invocation invocation, GuestControl control) throws Exception {
            Future<long[]> guest = pool.submit(() -> chicory.run(module, invocation, control));
            try {
                if (control.deadlineNanos().isEmpty()) {
                    return guest.get();
                }
                // The bug, on purpose: on timeout the caller returns, and nobody stops the guest.
                long left = control.deadlineNanos().getAsLong() - System.nanoTime();
                return guest.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        @Override
        public void preempt(Thread guestThread, GuestControl control) {
            // Nothing: the naive adapter relies on Future.get's timeout alone.
        }

        @Override
        public Classification classify(Throwable failure, GuestControl control) {
            if (failure instanceof TimeoutException) {
                return Classification.of(OutcomeKind.PREEMPTED, "Future.get timed out at the deadline");
            }
            return chicory.classify(failure, control);
        }

        @Override
        public long guestThreadStackBytes(SandboxLimits limits) {
            return chicory.guestThreadStackBytes(limits);
        }

        /** Interrupting the pool is the only thing that finally stops a runaway guest here. */
        @Override
        public void close() {
            pool.shutdownNow();
            chicory.close();
        }
    }
}
