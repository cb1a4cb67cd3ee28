package io.github.wasmsandbox.core;

import io.github.wasmsandbox.api.GuestModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.SandboxLimits;
import io.github.wasmsandbox.spi.GuestControl;
import io.github.wasmsandbox.spi.PreparedModule;
import io.github.wasmsandbox.spi.RuntimeEngine;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warms, once per JVM and built-in runtime, the path that stops a guest, so that the first real deadline of a fresh
 * JVM is not late by class loading, JNI linking and the runtime's first trap: when an engine opens, a one-function
 * infinite loop runs on a pool thread with a deadline that has already passed, and is stopped the way any guest is
 * (watchdog, preemption, the runtime's interruption or epoch trap, classification). It bypasses the engine's module
 * cache (nothing a user sees changes) and leaves a warm idle thread in the engine's pool. Adapters outside
 * wasm-sandbox are not warmed: a runtime that cannot stop guests would leave a thread spinning.
 */
final class ColdStart {

    /** {@code (module (func (export "run") (loop br 0)))}. */
    private static final byte[] SPIN = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
        0x03, 0x02, 0x01, 0x00,
        0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6E, 0x00, 0x00,
        0x0A, 0x09, 0x01, 0x07, 0x00, 0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B};
    private static final String BUILT_IN = "io.github.wasmsandbox.runtime.";
    private static final long CEILING_NANOS = Duration.ofSeconds(2).toNanos();
    private static final Set<String> WARMED = ConcurrentHashMap.newKeySet();

    private ColdStart() {}

    /** Warms {@code handle}'s runtime if it is built in and not warmed yet in this JVM; never fails. */
    static void warm(EngineHandle handle) {
        if (!handle.runtime().getClass().getName().startsWith(BUILT_IN) || !WARMED.add(handle.runtime().name())) {
            return;
        }
        try {
            RuntimeEngine engine = handle.engine();
            PreparedModule module = engine.prepare(SPIN);
            SandboxLimits limits = SandboxLimits.builder().deadlineMillis(1).build();
            // Started a deadline ago: the deadline has passed, so an epoch runtime needs (and sets) no tick.
            long start = System.nanoTime() - limits.deadline().orElseThrow().toNanos() - 1;
            GuestControl control = new GuestControl(limits, start);
            Invocation invocation = Invocation.of(GuestModule.ofWasm("wasm-sandbox-warm-up", SPIN)).call("run");
            GuestTask task = new GuestTask(engine, module, invocation, control);
            GuestThreadPool.Lease lease = handle.guestThreads().start(task, engine.guestThreadStackBytes(limits), false,
                    control::preempted);
            if (Watchdog.watch(task, lease.thread(), control, engine, System.nanoTime() + CEILING_NANOS)) {
                lease.release();
                task.outcome(new OutcomeFactory(handle.runtime().name(), engine, limits, handle.runtime().guestFrames()));
            } else {
                lease.escaped();
            }
        } catch (RuntimeException | Error | io.github.wasmsandbox.spi.InvalidModuleException e) {
            // Only a warm-up: the first real run pays the cold path instead.
        }
    }
}
