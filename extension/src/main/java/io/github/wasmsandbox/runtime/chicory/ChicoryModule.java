package io.github.wasmsandbox.runtime.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.function.Function;

/** A decoded, validated (and, for the compiler, compiled) Chicory module with its shape. */
record ChicoryModule(ModuleShape shape, WasmModule module, Function<Instance, Machine> machineFactory)
        implements PreparedModule {}
