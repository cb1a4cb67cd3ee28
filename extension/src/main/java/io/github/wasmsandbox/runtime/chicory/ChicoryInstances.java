package io.github.wasmsandbox.runtime.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.api.SandboxLimits;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Chicory's native {@link Instance.Builder}, configured with a sandbox's memory and table caps, for tests
 * that drive Chicory directly. Injected by {@code @WasmSandbox} into test parameters of this type on the
 * Chicory runtimes. The deadline is not part of a builder: run the guest on its own thread and interrupt it,
 * or use the sandbox.
 *
 * <pre>{@code
 * @Test
 * @WasmSandbox(runtimes = "chicory-interpreter", maxMemoryPages = 4)
 * void growthStopsAtTheCap(ChicoryInstances chicory) {
 *     Instance instance = chicory.builder(wasmBytes).build();
 *     ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ChicoryInstances {

    private final SandboxLimits limits;
    private final boolean compiled;

    /** Builders with {@code limits} applied, on the compiler or the interpreter. */
    public ChicoryInstances(SandboxLimits limits, boolean compiled) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.compiled = compiled;
    }

    /** The limits applied to the builders. */
    public SandboxLimits limits() {
        return limits;
    }

    /**
     * A builder for {@code module} with the caps and the machine (interpreter or compiler) applied. The compiler
     * does not fall back to the interpreter: a function too large for one JVM method makes it throw.
     */
    public Instance.Builder builder(WasmModule module) {
        Function<Instance, Machine> factory = compiled ? ChicoryEngine.compiler(module) : InterpreterMachine::new;
        return configure(module, factory, limits);
    }

    /** A builder for the binary module {@code wasm}. */
    public Instance.Builder builder(byte[] wasm) {
        return builder(Parser.parse(wasm));
    }

    static Instance.Builder configure(WasmModule module, Function<Instance, Machine> factory, SandboxLimits limits) {
        Instance.Builder builder = Instance.builder(module).withMachineFactory(factory);
        if (limits.maxMemoryPages().isPresent() && module.memorySection().isPresent()
                && module.memorySection().get().memoryCount() > 0) {
            builder.withMemoryLimits(ChicoryEngine.clamp(module.memorySection().get().getMemory(0).limits(),
                    limits.maxMemoryPages().getAsInt()));
        }
        if (limits.maxTableElements().isPresent()) {
            int cap = limits.maxTableElements().getAsInt();
            builder.withTableFactory((table, initRef) -> new TableInstance(ChicoryEngine.clamp(table, cap), initRef));
        }
        return builder;
    }
}
