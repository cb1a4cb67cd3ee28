package io.github.wasmsandbox.wat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WasmListingTest {

    private static String hex(String listing) {
        return HexFormat.of().formatHex(WasmListing.assemble(listing, "t.wasm.txt"));
    }

    @Test
    void bytesCommentsAndNames() {
        assertThat(hex("00 61 73 6d ;; magic\n01 00 00 00\n\"run\"")).isEqualTo("0061736d01000000" + "0372756e");
    }

    @Test
    void groupsArePrefixedWithTheirSize() {
        assertThat(hex("01 { 01 60 00 00 }")).isEqualTo("0104" + "01600000");
        assertThat(hex("0a { u:1 { u:0 0b } }")).isEqualTo("0a04" + "01" + "02000b");
    }

    @Test
    void lebNumbers() {
        assertThat(hex("u:0 u:127 u:128 u:624485")).isEqualTo("00" + "7f" + "8001" + "e58e26");
        assertThat(hex("s:-1 s:63 s:64 s:-123456 s:0x10")).isEqualTo("7f" + "3f" + "c000" + "c0bb78" + "10");
    }

    @Test
    void aModuleAssembledFromAListingRunsOnChicory() {
        byte[] wasm = WasmListing.assemble("""
                00 61 73 6d  01 00 00 00
                01 { u:1  60 00 u:1 7f }          ;; type 0: [] -> [i32]
                03 { u:1  u:0 }
                07 { u:1  "run" 00 u:0 }
                0a { u:1 { u:0  41 s:42  0b } }   ;; i32.const 42
                """, "answer.wasm.txt");
        var module = com.dylibso.chicory.wasm.Parser.parse(wasm);
        long[] result = com.dylibso.chicory.runtime.Instance.builder(module).build().export("run").apply();
        assertThat(result).containsExactly(42);
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> WasmListing.assemble("00\n0g", "bad.wasm.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.wasm.txt:2: unexpected token '0g'");
        assertThatThrownBy(() -> WasmListing.assemble("01 {\n00", "open.wasm.txt"))
                .hasMessage("open.wasm.txt:1: '{' is never closed");
        assertThatThrownBy(() -> WasmListing.assemble("}", "close.wasm.txt"))
                .hasMessage("close.wasm.txt:1: '}' without a matching '{'");
    }

    @Test
    void watCompilerEnablesTailCallsAndThreads() {
        assertThat(WatCompiler.compile("(module (func $f (return_call $f)))")).startsWith(0x00, 0x61, 0x73, 0x6d);
        assertThat(WatCompiler.compile("(module (memory 1 1 shared) (func (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))))"))
                .startsWith(0x00, 0x61, 0x73, 0x6d);
    }
}
