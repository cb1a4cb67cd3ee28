package io.github.wasmsandbox.runtime.wasmtime;

import io.github.kawamuray.wasmtime.Module;
import io.github.wasmsandbox.spi.ModuleShape;
import io.github.wasmsandbox.spi.PreparedModule;

/** A module compiled by Wasmtime, with its shape; disposed by its engine. */
record WasmtimeModule(ModuleShape shape, Module compiled) implements PreparedModule {}
