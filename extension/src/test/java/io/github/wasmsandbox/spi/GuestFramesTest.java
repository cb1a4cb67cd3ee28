package io.github.wasmsandbox.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wasmsandbox.testing.CapturedStacks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GuestFrames on stacks captured from real runtimes")
class GuestFramesTest {

    @ParameterizedTest(name = "{0}: in guest code of {1}")
    @CsvSource({
            "chicory-compiler-spin.txt, chicory",
            "chicory-interpreter-spin.txt, chicory",
            "chicory-compiler-start-function-spin.txt, chicory",
            "endive-compiler-spin.txt, endive",
            "wasmtime-spin.txt, wasmtime-java",
            "wasmtime-start-function-spin.txt, wasmtime-java",
            "graalwasm-spin.txt, graalwasm"})
    void guestCode(String file, String runtime) {
        GuestFrames.Match match = GuestFrames.match(GuestFrames.KNOWN, CapturedStacks.load(file)).orElseThrow();
        assertThat(match.signature().name()).isEqualTo(runtime);
        assertThat(match.inHostFunction()).as("in a host function").isFalse();
        assertThat(match.guestFrames(5)).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allMatch(match.signature()::isGuestFrame);
    }

    @ParameterizedTest(name = "{0}: in host function {2} called by {1} guest code")
    @CsvSource({
            "chicory-compiler-host-object-wait.txt, chicory, probe.Host.block",
            "chicory-interpreter-host-thread-sleep.txt, chicory, probe.Host.sleep",
            "endive-interpreter-host-object-wait.txt, endive, probe.Host.block",
            "wasmtime-host-object-wait.txt, wasmtime-java, probe.Host.block",
            "graalwasm-host-object-wait.txt, graalwasm, probe.Host.block"})
    void hostFunction(String file, String runtime, String hostMethod) {
        GuestFrames.Match match = GuestFrames.match(GuestFrames.KNOWN, CapturedStacks.load(file)).orElseThrow();
        assertThat(match.signature().name()).isEqualTo(runtime);
        assertThat(match.hostFrame()).map(f -> f.getClassName() + "." + f.getMethodName()).contains(hostMethod);
    }

    @ParameterizedTest(name = "{0}: not in guest code")
    @CsvSource({
            "chicory-compiler-compiling.txt", "chicory-interpreter-parsing.txt", "chicory-compiler-after-stop.txt",
            "endive-compiler-parsing.txt", "wasmtime-epoch-ticker.txt", "wasmtime-compiling.txt",
            "graalwasm-parsing.txt", "graalwasm-instantiating.txt", "contrast-wabt-wat2wasm.txt",
            "contrast-threadpoolexecutor-idle.txt", "contrast-host-busy.txt"})
    void noGuest(String file) {
        assertThat(GuestFrames.match(GuestFrames.KNOWN, CapturedStacks.load(file))).isEmpty();
    }

    @Test
    @DisplayName("the frame parser drops loader and module prefixes but keeps hidden-class names")
    void parser() {
        StackTraceElement wait = CapturedStacks.parse("java.base@17.0.15/java.lang.Object.wait(Object.java:338)");
        assertThat(List.of(wait.getClassName(), wait.getMethodName(), wait.getFileName())).containsExactly(
                "java.lang.Object", "wait", "Object.java");
        assertThat(wait.getLineNumber()).isEqualTo(338);
        StackTraceElement lambda = CapturedStacks.parse(
                "app//probe.ChicoryProbe$$Lambda$414/0x00007f7f700de368.apply(Unknown Source)");
        assertThat(lambda.getClassName()).isEqualTo("probe.ChicoryProbe$$Lambda$414/0x00007f7f700de368");
        assertThat(CapturedStacks.parse("io.github.kawamuray.wasmtime.Func.nativeCall(Native Method)").isNativeMethod())
                .isTrue();
        assertThat(CapturedStacks.parse("com.dylibso.chicory.$gen.CompiledMachine.call(wasm)").getFileName())
                .isEqualTo("wasm");
    }

    @Test
    @DisplayName("a signature of one runtime does not see another's guest")
    void onlyItsOwnRuntime() {
        assertThat(GuestFrames.match(List.of(GuestFrames.WASMTIME_JAVA), CapturedStacks.load("chicory-compiler-spin.txt")))
                .isEmpty();
        assertThat(GuestFrames.match(List.of(GuestFrames.none("nothing")), CapturedStacks.load("wasmtime-spin.txt")))
                .isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("frames are matched by class and method name, not by their text")
    void byName() {
        StackTraceElement call = new StackTraceElement("app", null, null, "com.dylibso.chicory.runtime.InterpreterMachine",
                "call", "InterpreterMachine.java", 1);
        StackTraceElement init = new StackTraceElement("com.dylibso.chicory.runtime.InterpreterMachine", "<init>",
                "InterpreterMachine.java", 1);
        assertThat(GuestFrames.CHICORY.isGuestFrame(call)).isTrue();
        assertThat(GuestFrames.CHICORY.isGuestFrame(init)).isFalse();
        assertThat(GuestFrames.CHICORY.isRuntimeFrame(init)).isTrue();
    }
}
