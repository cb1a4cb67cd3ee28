package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("memory and table caps")
class CapsTest {

    static final String GROW = """
            (module
              (memory 1)
              (table 2 funcref)
              (func (export "grow") (result i32) (memory.grow (i32.const 1)))
              (func (export "growTable") (result i32) (table.grow (ref.null func) (i32.const 3))))
            """;

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("memory.grow returns -1 at the cap when no maximum was declared")
    void memoryCap(Engine engine) {
        byte[] wasm = ModuleRewriter.rewrite(wat(GROW), RewriteOptions.builder().maxMemoryPages(4).build());
        Instance instance = instantiate(wasm, engine);
        List<Long> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(instance.export("grow").apply()[0]);
        }
        assertThat(results).containsExactly(1L, 2L, 3L, -1L, -1L);
        assertThat(instance.memory().pages()).isEqualTo(4);
    }

    @Test
    @DisplayName("a declared maximum below the cap is kept")
    void smallerMaximumKept() {
        byte[] wasm = ModuleRewriter.rewrite(wat("(module (memory 1 2) (func (export \"grow\") (result i32)"
                + " (memory.grow (i32.const 1))))"), RewriteOptions.builder().maxMemoryPages(10).build());
        Instance instance = instantiate(wasm, Engine.INTERPRETER);
        assertThat(instance.export("grow").apply()[0]).isEqualTo(1);
        assertThat(instance.export("grow").apply()[0]).isEqualTo(-1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("table.grow returns -1 past the cap")
    void tableCap(Engine engine) {
        byte[] wasm = ModuleRewriter.rewrite(wat(GROW), RewriteOptions.builder().maxTableElements(8).build());
        Instance instance = instantiate(wasm, engine);
        assertThat(instance.export("growTable").apply()[0]).isEqualTo(2); // 2 -> 5
        assertThat(instance.export("growTable").apply()[0]).isEqualTo(5); // 5 -> 8
        assertThat(instance.export("growTable").apply()[0]).isEqualTo(-1); // 8 -> 11 refused
    }

    @Test
    @DisplayName("a memory minimum above the cap is refused with a message naming index, minimum and cap")
    void memoryMinimumAboveCap() {
        assertThatThrownBy(() -> ModuleRewriter.rewrite(wat("(module (memory 5))"),
                        RewriteOptions.builder().maxMemoryPages(4).build()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("memory 0 declares a minimum of 5 pages, above the cap maxMemoryPages=4; raise "
                        + "maxMemoryPages to at least 5 or rebuild the module with a smaller initial memory");
    }

    @Test
    @DisplayName("a table minimum above the cap is refused with a message naming index, minimum and cap")
    void tableMinimumAboveCap() {
        assertThatThrownBy(() -> ModuleRewriter.rewrite(
                        wat("(module (import \"m\" \"t\" (table 1 funcref)) (table 20 funcref))"),
                        RewriteOptions.builder().maxTableElements(10).build()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("table 1 declares a minimum of 20 elements, above the cap maxTableElements=10; raise "
                        + "maxTableElements to at least 20 or rebuild the module with a smaller initial table");
    }

    @Test
    @DisplayName("imported memories are left alone")
    void importedMemoryUntouched() {
        byte[] original = wat("(module (import \"env\" \"memory\" (memory 100)))");
        byte[] rewritten = ModuleRewriter.rewrite(original, RewriteOptions.builder().maxMemoryPages(4).build());
        assertThat(rewritten).isEqualTo(original);
    }
}
