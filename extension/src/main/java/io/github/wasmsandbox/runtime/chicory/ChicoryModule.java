package io.github.wasmsandbox.runtime.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.runtime.ParsedModule;
import io.github.wasmsandbox.spi.InvalidModuleException;
import java.util.function.Function;

/** A decoded, validated (and, for the compiler, compiled) Chicory module with its shape. */
final class ChicoryModule extends ParsedModule {

    private final Function<Instance, Machine> machineFactory;

    ChicoryModule(WasmModule module, Function<Instance, Machine> machineFactory) throws InvalidModuleException {
        super(module);
        this.machineFactory = machineFactory;
    }

    Function<Instance, Machine> machineFactory() {
        return machineFactory;
    }
}
