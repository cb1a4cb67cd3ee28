package io.github.wasmsandbox.runtime.graalwasm;

import io.github.wasmsandbox.tck.AbstractRuntimeConformanceTest;

/** The TCK on the graalwasm adapter: every catalog fixture, judged like a row of {@code conformance}. */
class GraalWasmConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return GraalWasmRuntime.NAME;
    }
}
