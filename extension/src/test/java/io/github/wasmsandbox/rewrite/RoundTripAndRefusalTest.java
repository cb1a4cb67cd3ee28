package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.metered;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("round trip and refusals")
class RoundTripAndRefusalTest {

    static final String NAMED = """
            (module $named
              (global $g (mut i32) (i32.const 41))
              (func $inc (export "run") (result i32)
                (global.set $g (i32.add (global.get $g) (i32.const 1)))
                (global.get $g)))
            """;

    @Test
    @DisplayName("rewriting with no options gives back the same bytes, which Chicory parses and runs")
    void noOptions() {
        byte[] original = wat(NAMED);
        byte[] rewritten = ModuleRewriter.rewrite(original, RewriteOptions.none());
        assertThat(rewritten).isEqualTo(original);
        assertThat(instantiate(rewritten, Engine.INTERPRETER).export("run").apply()[0]).isEqualTo(42);
    }

    @Test
    @DisplayName("fuel keeps global indices, adds the fuel global last and keeps custom sections byte for byte")
    void fuelKeepsIndicesAndCustomSections() {
        byte[] custom = {0, 9, 4, 'n', 'o', 't', 'e', 1, 2, 3, 4}; // custom section "note", 4 payload bytes
        byte[] original = concat(wat(NAMED), custom);
        byte[] rewritten = metered(original, 1_000);
        WasmModule module = Parser.parse(rewritten);
        assertThat(module.globalSection().globalCount()).isEqualTo(2);
        assertThat(module.exportSection().getExport(1).name()).isEqualTo(FuelMetering.GLOBAL_EXPORT_NAME);
        assertThat(module.exportSection().getExport(1).index()).isEqualTo(1);
        assertThat(Arrays.copyOfRange(rewritten, rewritten.length - custom.length, rewritten.length))
                .isEqualTo(custom);
        assertThat(instantiate(rewritten, Engine.COMPILER).export("run").apply()[0]).isEqualTo(42);
    }

    @Test
    @DisplayName("a module without globals or exports gets both sections, in order")
    void createsSections() {
        byte[] rewritten = metered(wat("(module (func (loop (br 0))) (start 0))"), 10);
        WasmModule module = Parser.parse(rewritten);
        assertThat(module.globalSection().globalCount()).isEqualTo(1);
        assertThat(module.exportSection().exportCount()).isEqualTo(2);
        assertThat(module.exportSection().getExport(1).name()).isEqualTo(FuelMetering.VALUE_FUNCTION_EXPORT_NAME);
    }

    @Test
    @DisplayName("the fuel value function returns the fuel global, even in a module that had no function at all")
    void fuelValueFunction() {
        Instance empty = instantiate(metered(wat("(module)"), 1234), Engine.COMPILER);
        assertThat(empty.export(FuelMetering.VALUE_FUNCTION_EXPORT_NAME).apply()).containsExactly(1234L);
        Instance summing = instantiate(metered(wat("(module (type (func (param i32) (result i32)))"
                + " (func (export \"add1\") (type 0) local.get 0 i32.const 1 i32.add))"), 100), Engine.INTERPRETER);
        assertThat(summing.export("add1").apply(41)).containsExactly(42L);
        assertThat(summing.export(FuelMetering.VALUE_FUNCTION_EXPORT_NAME).apply())
                .as("the value function itself is not metered").containsExactly(100L - 3)
                .containsExactly(summing.exports().global(FuelMetering.GLOBAL_EXPORT_NAME).getValue());
    }

    @Test
    @DisplayName("exportStartAs moves the start function to an export: instantiating runs nothing, calling it does")
    void exportStartAs() {
        String source = "(module (global $g (export \"g\") (mut i32) (i32.const 0))"
                + " (func $init (global.set $g (i32.const 7))) (start $init))";
        assertThat(instantiate(wat(source), Engine.INTERPRETER).exports().global("g").getValue()).isEqualTo(7);
        byte[] rewritten = ModuleRewriter.rewrite(wat(source), RewriteOptions.builder().exportStartAs("init").build());
        assertThat(Parser.parse(rewritten).startSection()).isEmpty();
        Instance instance = instantiate(rewritten, Engine.INTERPRETER);
        assertThat(instance.exports().global("g").getValue()).isZero();
        instance.export("init").apply();
        assertThat(instance.exports().global("g").getValue()).isEqualTo(7);
    }

    @Test
    @DisplayName("exportStartAs leaves a module without a start function alone and refuses a clashing export")
    void exportStartAsEdges() {
        byte[] plain = wat("(module (func (export \"run\")))");
        assertThat(ModuleRewriter.rewrite(plain, RewriteOptions.builder().exportStartAs("init").build())).isEqualTo(plain);
        byte[] clash = wat("(module (func $f (export \"init\")) (start $f))");
        assertThatThrownBy(() -> ModuleRewriter.rewrite(clash, RewriteOptions.builder().exportStartAs("init").build()))
                .isInstanceOf(ModuleRewriteException.class)
                .hasMessage("the module already exports the reserved name \"init\"; rename that export before rewriting");
    }

    @Test
    @DisplayName("unknown GC sub-opcodes are refused naming function, offset and opcode")
    void refusesUnknownGcOpcode() {
        byte[] wasm = wat("(module (import \"e\" \"f\" (func)) (func nop nop nop))");
        int at = indexOf(wasm, new byte[] {1, 1, 1, 0x0B});
        wasm[at] = (byte) 0xFB; // GC prefix, sub-opcode 31: unassigned
        wasm[at + 1] = 0x1F;
        wasm[at + 2] = 0x01;
        final byte[] patched = wasm;
        assertThatThrownBy(() -> metered(patched, 10))
                .isInstanceOf(ModuleRewriteException.class)
                .hasMessage("cannot rewrite function 1: opcode 0xFB 31 at byte offset " + at
                        + ": unknown 0xFB (GC) sub-opcode 31");
    }

    @Test
    @DisplayName("an invalid module cannot refill its fuel through the appended global's index")
    void refusesOutOfRangeGlobal() {
        byte[] wasm = wat("(module (global $g (mut i64) (i64.const 0))"
                + " (func (export \"refill\") (global.set $g (i64.const 1000000))))");
        int at = indexOf(wasm, new byte[] {0x24, 0x00, 0x0B});
        wasm[at + 1] = 0x01; // global.set 1: invalid now, but it would name the fuel global after rewriting
        final byte[] patched = wasm;
        assertThatThrownBy(() -> metered(patched, 10))
                .isInstanceOf(ModuleRewriteException.class)
                .hasMessageContaining("global index 1 out of range (the module has 1 globals; it is invalid)");
    }

    @Test
    @DisplayName("atomic.fence is decoded and metered")
    void atomicFence() {
        byte[] wasm = wat("(module (memory 1) (func (export \"f\") nop nop nop))");
        int at = indexOf(wasm, new byte[] {1, 1, 1, 0x0B});
        wasm[at] = (byte) 0xFE; // atomic.fence = 0xFE 0x03 0x00
        wasm[at + 1] = 0x03;
        wasm[at + 2] = 0x00;
        byte[] rewritten = metered(wasm, 10);
        com.dylibso.chicory.runtime.Instance instance = instantiate(rewritten, Engine.INTERPRETER);
        instance.export("f").apply();
        assertThat(Guest.fuel(instance)).isEqualTo(9);
    }

    @Test
    @DisplayName("an existing export of the reserved name is refused")
    void refusesReservedName() {
        assertThatThrownBy(() -> metered(wat("(module (func (export \"wasm_sandbox_fuel\")))"), 10))
                .isInstanceOf(ModuleRewriteException.class)
                .hasMessageContaining("reserved name \"wasm_sandbox_fuel\"");
    }

    @Test
    @DisplayName("garbage is refused, not echoed")
    void refusesGarbage() {
        assertThatThrownBy(() -> ModuleRewriter.rewrite(new byte[] {1, 2, 3}, RewriteOptions.none()))
                .isInstanceOf(ModuleRewriteException.class)
                .hasMessageContaining("magic");
        byte[] truncated = Arrays.copyOf(wat(NAMED), 30);
        assertThatThrownBy(() -> ModuleRewriter.rewrite(truncated, RewriteOptions.none()))
                .isInstanceOf(ModuleRewriteException.class);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
