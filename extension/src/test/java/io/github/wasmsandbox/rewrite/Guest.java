package io.github.wasmsandbox.rewrite;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.wat.WatCompiler;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs modules on the Chicory interpreter or compiler and reads the fuel global. */
final class Guest {

    enum Engine { INTERPRETER, COMPILER }

    private Guest() {}

    static byte[] wat(String source) {
        return WatCompiler.compile(source);
    }

    static Instance instantiate(byte[] wasm, Engine engine) {
        WasmModule module = Parser.parse(wasm);
        Instance.Builder builder = Instance.builder(module);
        if (engine == Engine.COMPILER) {
            builder.withMachineFactory(MachineFactoryCompiler.compile(module));
        }
        return builder.build();
    }

    /**
     * Instantiates a module whose start function is expected to trap, and returns the fuel global's value
     * after the trap. The instance is never handed out by Chicory in that case, so the globals are captured
     * from the global factory (the fuel global is the last one created).
     */
    static long fuelAfterFailedStart(byte[] wasm, Engine engine) {
        WasmModule module = Parser.parse(wasm);
        List<GlobalInstance> globals = new ArrayList<>();
        Instance.Builder builder = Instance.builder(module).withGlobalFactory((low, high, type, mutability) -> {
            GlobalInstance g = new GlobalInstance(low, high, type, mutability);
            globals.add(g);
            return g;
        });
        if (engine == Engine.COMPILER) {
            builder.withMachineFactory(MachineFactoryCompiler.compile(module));
        }
        assertThatThrownBy(builder::build).hasMessageContaining("unreachable");
        return globals.get(globals.size() - 1).getValue();
    }

    static long fuel(Instance instance) {
        return instance.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue();
    }

    static byte[] metered(byte[] wasm, long budget) {
        return ModuleRewriter.rewrite(wasm, RewriteOptions.builder().fuel(budget).build());
    }
}
