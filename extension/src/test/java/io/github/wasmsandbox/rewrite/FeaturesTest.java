package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.fuel;
import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.metered;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("rewritten code keeps its behaviour")
class FeaturesTest {

    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of("multi-value blocks", """
                        (module
                          (type $pair (func (param i32) (result i32 i32)))
                          (func (export "run") (param i32) (result i64)
                            (local.get 0)
                            (block (type $pair) (i32.const 5))
                            (loop (param i32 i32) (result i32) i32.add)
                            i64.extend_i32_u))
                        """, new long[] {37}, 42L),
                Arguments.of("br_table", """
                        (module (func (export "run") (param i32) (result i64)
                          (block $c (block $b (block $a
                            (br_table $a $b $c (local.get 0)))
                            (return (i64.const 10)))
                            (return (i64.const 20)))
                          (i64.const 30)))
                        """, new long[] {1}, 20L),
                Arguments.of("if/else with results", """
                        (module (func (export "run") (param i32) (result i64)
                          (if (result i64) (local.get 0)
                            (then (i64.const 7))
                            (else (if (result i64) (i32.eqz (local.get 0)) (then (i64.const 9)) (else (unreachable)))))))
                        """, new long[] {0}, 9L),
                Arguments.of("SIMD", """
                        (module (memory 1)
                          (func (export "run") (param i32) (result i64)
                            (v128.store (i32.const 16)
                              (i32x4.add (v128.const i32x4 1 2 3 4) (i32x4.splat (local.get 0))))
                            (i64.extend_i32_u (i32x4.extract_lane 3
                              (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
                                (v128.load offset=16 (i32.const 0)) (v128.const i64x2 0 0))))))
                        """, new long[] {100}, 104L),
                Arguments.of("bulk memory and tables", """
                        (module (memory 1) (table 4 funcref) (elem func $a $b) (data "hello")
                          (func $a (result i32) i32.const 11)
                          (func $b (result i32) i32.const 22)
                          (func (export "run") (param i32) (result i64)
                            (memory.init 0 (i32.const 100) (i32.const 0) (i32.const 5))
                            (memory.copy (i32.const 200) (i32.const 100) (i32.const 5))
                            (memory.fill (i32.const 203) (i32.const 0x21) (local.get 0))
                            (table.init 0 (i32.const 2) (i32.const 0) (i32.const 2))
                            (table.copy (i32.const 0) (i32.const 2) (i32.const 2))
                            (drop (table.grow (ref.null func) (i32.const 1)))
                            (table.fill (i32.const 4) (ref.null func) (i32.const 1))
                            (i64.add
                              (i64.load (i32.const 200))
                              (i64.extend_i32_u (call_indirect (result i32) (i32.const 1))))))
                        """, new long[] {2}, 0x2121_6c65_68L + 22),
                Arguments.of("sign-ext, sat-float, select t, ref types", """
                        (module (table 1 funcref)
                          (func (export "run") (param i32) (result i64)
                            (i64.add
                              (i64.extend8_s (i64.const 0x80))
                              (i64.add (i64.trunc_sat_f64_s (f64.const 1e30))
                                (select (result i64) (i64.const 1) (i64.const 2)
                                  (ref.is_null (table.get (i32.const 0))))))))
                        """, new long[] {0}, -128L + Long.MAX_VALUE + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void sameResults(String name, String source, long[] args, long expected) {
        byte[] original = wat(source);
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            if (name.equals("SIMD")) {
                // Chicory 1.7.5's interpreter and compiler both lack SIMD execution (the SIMD interpreter is a
                // separate artifact): check that the rewritten module still parses and validates.
                Parser.parse(metered(original, 1_000_000));
                remaining[engine.ordinal()] = Long.MIN_VALUE;
                continue;
            }
            assertThat(instantiate(original, engine).export("run").apply(args)[0]).isEqualTo(expected);
            Instance instance = instantiate(metered(original, 1_000_000), engine);
            assertThat(instance.export("run").apply(args)[0]).as(engine.name()).isEqualTo(expected);
            remaining[engine.ordinal()] = fuel(instance);
            Instance capped = instantiate(ModuleRewriter.rewrite(original, RewriteOptions.builder()
                    .fuel(1_000_000).costModel(CostModel.WASMTIME_WITH_SIZE_CHARGES)
                    .maxMemoryPages(2).maxTableElements(10).build()), engine);
            assertThat(capped.export("run").apply(args)[0]).as(engine.name()).isEqualTo(expected);
        }
        if (remaining[0] != Long.MIN_VALUE) {
            assertThat(remaining[0]).isEqualTo(remaining[1]);
        }
        assertThat(remaining[1]).isLessThan(1_000_000);
    }
}
