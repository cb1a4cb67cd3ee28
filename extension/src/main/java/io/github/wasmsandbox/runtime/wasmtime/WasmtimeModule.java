package io.github.wasmsandbox.runtime.wasmtime;

import com.dylibso.chicory.wasm.WasmModule;
import io.github.kawamuray.wasmtime.Module;
import io.github.wasmsandbox.runtime.ParsedModule;
import io.github.wasmsandbox.spi.InvalidModuleException;

/** A module compiled by Wasmtime, with its shape; disposed by its engine. */
final class WasmtimeModule extends ParsedModule {

    private final Module compiled;

    WasmtimeModule(WasmModule shape, Module compiled) throws InvalidModuleException {
        super(shape);
        this.compiled = compiled;
    }

    Module compiled() {
        return compiled;
    }
}
