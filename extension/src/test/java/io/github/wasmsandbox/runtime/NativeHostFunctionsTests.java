package io.github.wasmsandbox.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.runtime.chicory.ChicoryHostFunctions;
import io.github.wasmsandbox.runtime.endive.EndiveHostFunctions;
import io.github.wasmsandbox.spi.HostFunctionException;
import io.github.wasmsandbox.testing.GuestCall;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import run.endive.runtime.WasmInterruptedException;

/**
 * The catalog's host imports linked through Chicory's and Endive's own APIs ({@link ChicoryHostFunctions},
 * {@link EndiveHostFunctions}), the way a host that embeds the runtime does; the wasmtime ones are in
 * {@code WasmtimeHostFunctionsTests}.
 */
@DisplayName("Ready-made catalog imports on Chicory's and Endive's own APIs")
@Isolated("guests outside wasm-sandbox on threads of its own (parked in env.block): other checks would blame them")
class NativeHostFunctionsTests {

    /** A backstop for a loaded machine: the calls end at once when nothing is wrong. */
    private static final Duration BACKSTOP = Duration.ofSeconds(30);

    /** A user's own host: the runtime's instance builder, on its interpreter or compiler, with the imports. */
    enum NativeHost {
        CHICORY_INTERPRETER(fixture -> chicory(fixture, false), ChicoryInterruptedException.class),
        CHICORY_COMPILER(fixture -> chicory(fixture, true), ChicoryInterruptedException.class),
        ENDIVE_INTERPRETER(fixture -> endive(fixture, false), WasmInterruptedException.class),
        ENDIVE_COMPILER(fixture -> endive(fixture, true), WasmInterruptedException.class);

        private final Function<HostileFixture, Callable<long[]>> instantiate;
        private final Class<? extends RuntimeException> interruption;

        NativeHost(Function<HostileFixture, Callable<long[]>> instantiate,
                Class<? extends RuntimeException> interruption) {
            this.instantiate = instantiate;
            this.interruption = interruption;
        }

        /** Instantiates {@code fixture} here and starts calling its {@code run} on a thread of its own. */
        GuestCall start(HostileFixture fixture) {
            return GuestCall.start(name().toLowerCase() + "-" + fixture.id(), instantiate.apply(fixture));
        }
    }

    @ParameterizedTest
    @EnumSource(NativeHost.class)
    @DisplayName("env.tick returns at once: tick-ten answers 10")
    void tick(NativeHost host) {
        try (GuestCall call = host.start(HostileFixture.TICK_TEN)) {
            assertThat(call.result()).succeedsWithin(BACKSTOP).isEqualTo(new long[] {10});
        }
    }

    @ParameterizedTest
    @EnumSource(NativeHost.class)
    @DisplayName("env.fail throws a HostFunctionException naming the import, with the host's exception as its cause")
    void fail(NativeHost host) {
        try (GuestCall call = host.start(HostileFixture.HOST_FAIL_LOOP)) {
            assertThat(call.result()).failsWithin(BACKSTOP).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(HostFunctionException.class)
                    .withMessageStartingWith("host function env.fail threw java.lang.IllegalStateException: env.fail: ")
                    .havingCause().isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(NativeHost.class)
    @DisplayName("env.block waits until the thread is interrupted; the runtime then stops the loop at its next check")
    void blockInALoop(NativeHost host) {
        try (GuestCall call = host.start(HostileFixture.HOST_BLOCK_LOOP).awaitBlockedInEnvBlock()) {
            call.interrupt();
            assertThat(call.result()).failsWithin(BACKSTOP).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(host.interruption);
        }
    }

    @ParameterizedTest
    @EnumSource(NativeHost.class)
    @DisplayName("env.block returns when interrupted: host-block-once, which makes no check after the call, answers 1")
    void blockOnce(NativeHost host) {
        try (GuestCall call = host.start(HostileFixture.HOST_BLOCK_ONCE).awaitBlockedInEnvBlock()) {
            call.interrupt();
            assertThat(call.result()).succeedsWithin(BACKSTOP).isEqualTo(new long[] {1});
        }
    }

    private static Callable<long[]> chicory(HostileFixture fixture, boolean compiled) {
        WasmModule module = Parser.parse(fixture.bytes());
        Instance instance = Instance.builder(module)
                .withMachineFactory(compiled ? MachineFactoryCompiler.compile(module) : InterpreterMachine::new)
                .withImportValues(ChicoryHostFunctions.forFixture(fixture))
                .build();
        return () -> instance.export("run").apply();
    }

    /** As {@link #chicory}, on Endive (whose classes have Chicory's simple names, hence spelled out). */
    private static Callable<long[]> endive(HostileFixture fixture, boolean compiled) {
        run.endive.wasm.WasmModule module = run.endive.wasm.Parser.parse(fixture.bytes());
        run.endive.runtime.Instance instance = run.endive.runtime.Instance.builder(module)
                .withMachineFactory(compiled ? run.endive.compiler.MachineFactoryCompiler.compile(module)
                        : run.endive.runtime.InterpreterMachine::new)
                .withImportValues(EndiveHostFunctions.forFixture(fixture))
                .build();
        return () -> instance.export("run").apply();
    }
}
