package io.github.wasmsandbox.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.api.Invocation;
import io.github.wasmsandbox.api.Sandbox;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.junit.WasmSandbox;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Test classes the JUnit Platform launcher runs to measure the extension's cost per test and per class: each
 * test instantiates the {@code answer} fixture on chicory-compiler and calls it once, through
 * {@code @WasmSandbox} or by hand (module compiled once per class in both cases).
 */
final class JUnitOverheadClasses {

    /** Tests per class in the "many" variants. */
    static final int MANY = 200;

    private JUnitOverheadClasses() {}

    /** The by-hand work: Chicory's compiler, the module parsed and compiled once per class. */
    static final class Compiled {
        static final WasmModule MODULE = Parser.parse(HostileFixture.ANSWER.bytes());
        static final Function<Instance, Machine> MACHINE = MachineFactoryCompiler.compile(MODULE);

        private Compiled() {}

        static long call() {
            return Instance.builder(MODULE).withMachineFactory(MACHINE).build().export("run").apply()[0];
        }
    }

    /** One test through the extension. */
    @WasmSandbox(runtimes = "chicory-compiler", deadlineMillis = 1000)
    static class ExtensionOne {
        @Test
        void run(Sandbox sandbox) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER)).values()).containsExactly(42);
        }
    }

    /** Many tests through the extension. */
    @WasmSandbox(runtimes = "chicory-compiler", deadlineMillis = 1000)
    static class ExtensionMany {
        @RepeatedTest(MANY)
        void run(Sandbox sandbox) {
            assertThat(sandbox.run(Invocation.of(HostileFixture.ANSWER)).values()).containsExactly(42);
        }
    }

    /** One test by hand. */
    static class ByHandOne {
        @Test
        void run() {
            assertThat(Compiled.call()).isEqualTo(42);
        }
    }

    /** Many tests by hand. */
    static class ByHandMany {
        @RepeatedTest(MANY)
        void run() {
            assertThat(Compiled.call()).isEqualTo(42);
        }
    }
}
