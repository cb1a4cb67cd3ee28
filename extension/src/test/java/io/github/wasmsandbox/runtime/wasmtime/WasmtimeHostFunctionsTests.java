package io.github.wasmsandbox.runtime.wasmtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Trap;
import io.github.kawamuray.wasmtime.Val;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.WasmtimeException;
import io.github.wasmsandbox.api.GuestFixture;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.spi.HostFunctionException;
import io.github.wasmsandbox.testing.GuestCall;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The catalog's host imports linked through wasmtime-java's own Linker, as a host that embeds it does. */
@DisplayName("WasmtimeHostFunctions")
@Isolated("guests outside wasm-sandbox on threads of its own (parked in env.block): other checks would blame them")
class WasmtimeHostFunctionsTests {

    /** A backstop for a loaded machine: the calls end as soon as they are interrupted. */
    private static final Duration BACKSTOP = Duration.ofSeconds(30);

    @BeforeAll
    static void nativeLibrary() {
        assertThat(new WasmtimeRuntime().unavailableReason()).as("why wasmtime-java cannot run here").isEmpty();
    }

    @Test
    @DisplayName("env.tick returns at once: tick-ten answers 10")
    void tick() {
        try (Linked linked = new Linked(HostileFixture.TICK_TEN, false)) {
            assertThat(linked.call()).containsExactly(10);
        }
    }

    @Test
    @DisplayName("env.fail traps the guest; the listener gets the HostFunctionException that native code loses")
    void fail() {
        List<HostFunctionException> failures = new CopyOnWriteArrayList<>();
        HostileFixture fixture = HostileFixture.HOST_FAIL_LOOP;
        try (Linked linked = new Linked(fixture, false, (linker, store) ->
                WasmtimeHostFunctions.define(linker, store, fixture.hostFunctions(), failures::add))) {
            GuestCall call = linked.start("wasmtime-host-fail-loop");
            assertThat(call.result()).failsWithin(BACKSTOP).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(WasmtimeException.class)
                    .withMessageStartingWith("error while executing");
        }
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure)
                    .hasMessageStartingWith("host function env.fail threw java.lang.IllegalStateException: ");
            assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    @DisplayName("env.block waits until interrupted, then returns: without an epoch deadline host-block-once answers 1")
    void blockOnce() {
        try (Linked linked = new Linked(HostileFixture.HOST_BLOCK_ONCE, false)) {
            GuestCall call = linked.start("wasmtime-host-block-once").awaitBlockedInEnvBlock();
            call.interrupt();
            assertThat(call.result()).succeedsWithin(BACKSTOP).isEqualTo(new int[] {1});
        }
    }

    @Test
    @DisplayName("env.block outlives a passed epoch deadline; the interrupt releases it and the next epoch check traps")
    void blockInALoopWithAnEpochDeadline() {
        try (Linked linked = new Linked(HostileFixture.HOST_BLOCK_LOOP, true)) {
            linked.store.setEpochDeadline(1);
            GuestCall call = linked.start("wasmtime-host-block-loop").awaitBlockedInEnvBlock();
            linked.engine.incrementEpoch();
            linked.engine.incrementEpoch();
            assertThat(call.isBlockedInEnvBlock()).as("still waiting in env.block after the epoch deadline").isTrue();
            call.interrupt();
            assertThat(call.result()).failsWithin(BACKSTOP).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(WasmFunctionError.TrapError.class,
                            trap -> assertThat(trap.trap()).isEqualTo(Trap.INTERRUPT));
        }
    }

    /** A fixture linked the way a user's host does it: its imports defined in a Linker, its export taken from it. */
    private static final class Linked implements AutoCloseable {

        private final Config config;
        private final Engine engine;
        private final Store<Void> store;
        private final Linker linker;
        private final Module module;
        private final Func run;
        private GuestCall call;

        /** With the fixture's imports defined by {@link WasmtimeHostFunctions#define(Linker, Store, GuestFixture)}. */
        Linked(HostileFixture fixture, boolean epochInterruption) {
            this(fixture, epochInterruption, (linker, store) -> WasmtimeHostFunctions.define(linker, store, fixture));
        }

        Linked(HostileFixture fixture, boolean epochInterruption, BiConsumer<Linker, Store<Void>> imports) {
            config = new Config().epochInterruption(epochInterruption);
            engine = new Engine(config);
            store = new Store<>(null, engine);
            linker = new Linker(engine);
            module = new Module(engine, fixture.bytes());
            imports.accept(linker, store);
            linker.module(store, "guest", module);
            run = linker.get(store, "guest", "run").orElseThrow().func();
        }

        /** Calls {@code run} on this thread; its i32 results. */
        int[] call() {
            return Arrays.stream(run.call(store)).mapToInt(Val::i32).toArray();
        }

        /** Calls {@code run} on a thread of its own. */
        GuestCall start(String name) {
            call = GuestCall.start(name, this::call);
            return call;
        }

        @Override
        public void close() {
            if (call != null) {
                call.close();
                if (!call.result().isDone()) {
                    // Disposing a store that a guest still runs in would crash the JVM: the handles are left.
                    return;
                }
            }
            run.dispose();
            module.dispose();
            linker.dispose();
            store.dispose();
            engine.dispose();
            config.dispose();
        }
    }
}
