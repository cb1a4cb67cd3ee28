package io.github.wasmsandbox.tck;

class EndiveInterpreterConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return "endive-interpreter";
    }
}
