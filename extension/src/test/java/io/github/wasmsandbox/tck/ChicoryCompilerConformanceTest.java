package io.github.wasmsandbox.tck;

class ChicoryCompilerConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return "chicory-compiler";
    }
}
