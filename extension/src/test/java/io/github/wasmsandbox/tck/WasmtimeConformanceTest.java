package io.github.wasmsandbox.tck;

class WasmtimeConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return "wasmtime";
    }
}
