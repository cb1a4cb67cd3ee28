package io.github.wasmsandbox.tck;

class ChicoryInterpreterConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return "chicory-interpreter";
    }
}
