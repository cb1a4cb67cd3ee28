package io.github.wasmsandbox.runtime.endive;

import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;
import java.util.function.Function;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.wasm.WasmModule;

/**
 * A module Endive has decoded and validated (and, on {@code endive-compiler}, compiled to JVM bytecode), with
 * the shape the sandbox reads its imports and exports from.
 *
 * @param shape the module's imports and exports, decoded by the sandbox
 * @param module Endive's parsed module
 * @param machineFactory the machine each instance runs on: the interpreter or the compiled classes
 */
record EndiveModule(ModuleShape shape, WasmModule module, Function<Instance, Machine> machineFactory)
        implements PreparedModule {}
