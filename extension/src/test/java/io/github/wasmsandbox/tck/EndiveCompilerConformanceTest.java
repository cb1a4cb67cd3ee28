package io.github.wasmsandbox.tck;

class EndiveCompilerConformanceTest extends AbstractRuntimeConformanceTest {
    @Override
    protected String runtimeName() {
        return "endive-compiler";
    }
}
