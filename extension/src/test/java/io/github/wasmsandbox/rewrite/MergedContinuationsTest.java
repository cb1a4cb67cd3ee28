package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.fuel;
import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The segment after a construct's {@code end} charged with the segment the construct opens in
 * (docs/rewriting.md, "Continuations merged into their region"): completed calls pay what every segment charged at
 * its own start pays, whichever way they go through the construct; a construct a branch leaves early keeps its
 * continuation's own charge; a trap inside a merged construct has paid for the continuation too. Costs are the
 * Wasmtime model's (every operator 1 except nop, drop, block, loop, unreachable, return, else and end), computed by
 * hand; each case runs with the balance in the global and, behind a {@code (loop)} that never branches back and
 * costs nothing, with the balance in a local.
 */
@DisplayName("continuations charged with their region")
class MergedContinuationsTest {

    static final long BUDGET = 1_000;

    /*
     * pick: entry   local.get, if                       = 2
     *       then    i32.const 10, else(0)               = 1
     *       else    i32.const 20, end(0)                = 1
     *       after   i32.const 1, i32.add, end(0)        = 2, merged into the entry
     * either way 5.
     *
     * early: entry  block(0), i32.const 1, local.get, br_if $out  = 3   (the branch targets the block itself)
     *        then   drop(0), i32.const 2, end(0)                  = 1
     *        after  i32.const 100, i32.add, end(0)                = 2, merged into the entry
     * taken 5, not taken 6.
     *
     * nested: entry  block(0), local.get, if               = 2
     *         then   br $out                               = 1   (leaves the if early: its continuation keeps its charge)
     *         after the br: end(0)                         = 0
     *         after the if: i32.const 5, global.set, end(0) = 2
     *         after the block: global.get, end(0)          = 1, merged into the entry (br $out leaves through its end)
     * taken 4, not taken 5. Merging the if's continuation too would charge 6 for the taken branch.
     *
     * trap: entry   local.get, if                       = 2
     *       then    unreachable(0)                      = 0
     *       after unreachable: end(0)                   = 0
     *       after   i32.const 7, i32.const 1, i32.add, end(0) = 3, merged into the entry
     * not taken 5; taken traps having paid 5 (2 with every segment charged at its own start).
     */
    static final String MODULE = """
            (module
              (global $g (mut i32) (i32.const 0))
              (func (export "pick") (param $x i32) (result i32)
                %1$s
                local.get $x
                if (result i32) i32.const 10 else i32.const 20 end
                i32.const 1
                i32.add)
              (func (export "early") (param $x i32) (result i32)
                %1$s
                block $out (result i32)
                  i32.const 1
                  local.get $x
                  br_if $out
                  drop
                  i32.const 2
                end
                i32.const 100
                i32.add)
              (func (export "nested") (param $x i32) (result i32)
                %1$s
                block $out
                  local.get $x
                  if br $out end
                  i32.const 5
                  global.set $g
                end
                global.get $g)
              (func (export "trap") (param $x i32) (result i32)
                %1$s
                local.get $x
                if unreachable end
                i32.const 7
                i32.const 1
                i32.add))
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pick", 1, 11, 5),
                Arguments.of("pick", 0, 21, 5),
                Arguments.of("early", 1, 101, 5),
                Arguments.of("early", 0, 102, 6),
                Arguments.of("nested", 1, 0, 4),
                Arguments.of("nested", 0, 5, 5),
                Arguments.of("trap", 0, 8, 5));
    }

    static Stream<Arguments> casesOnEveryStrategy() {
        return cases().flatMap(c -> Stream.of(Engine.values()).flatMap(engine -> Stream.of(false, true)
                .map(inLocal -> {
                    Object[] a = c.get();
                    return Arguments.of(a[0], a[1], a[2], a[3], engine, inLocal);
                })));
    }

    static byte[] module(boolean balanceInLocal) {
        return wat(String.format(MODULE, balanceInLocal ? "(loop)" : ""));
    }

    static byte[] rewritten(boolean balanceInLocal, boolean merge, long budget) {
        return ModuleRewriter.rewrite(module(balanceInLocal), RewriteOptions.builder().fuel(budget).build(),
                true, merge);
    }

    @ParameterizedTest(name = "{0}({1}) on the {4}, balance in a local: {5}")
    @MethodSource("casesOnEveryStrategy")
    @DisplayName("a completed call pays the same merged or not, whichever way it goes through the construct")
    void completedCallsPayTheSame(String export, int x, int result, long cost, Engine engine, boolean inLocal) {
        for (boolean merge : new boolean[] {true, false}) {
            Instance instance = instantiate(rewritten(inLocal, merge, BUDGET), engine);
            assertThat(instance.export(export).apply(x)[0]).as("result").isEqualTo(result);
            assertThat(FuelMetering.consumed(BUDGET, fuel(instance))).as("fuel, merged: %s", merge).isEqualTo(cost);
        }
    }

    @ParameterizedTest(name = "{0}({1}) on the {4}, balance in a local: {5}")
    @MethodSource("casesOnEveryStrategy")
    @DisplayName("the exact cost completes and one unit less runs out of fuel")
    void exactBudget(String export, int x, int result, long cost, Engine engine, boolean inLocal) {
        Instance exact = instantiate(rewritten(inLocal, true, cost), engine);
        assertThat(exact.export(export).apply(x)[0]).isEqualTo(result);
        assertThat(fuel(exact)).isZero();

        Instance shortOfOne = instantiate(rewritten(inLocal, true, cost - 1), engine);
        assertThatThrownBy(() -> shortOfOne.export(export).apply(x)).isInstanceOf(TrapException.class);
        assertThat(FuelMetering.isExhausted(fuel(shortOfOne))).isTrue();
    }

    static Stream<Arguments> engines() {
        return Stream.of(Engine.values())
                .flatMap(engine -> Stream.of(false, true).map(inLocal -> Arguments.of(engine, inLocal)));
    }

    @ParameterizedTest(name = "on the {0}, balance in a local: {1}")
    @MethodSource("engines")
    @DisplayName("a trap inside a merged construct has paid for the continuation it did not reach")
    void trapPaysForTheContinuation(Engine engine, boolean inLocal) {
        Instance merged = instantiate(rewritten(inLocal, true, BUDGET), engine);
        assertThatThrownBy(() -> merged.export("trap").apply(1)).hasMessageContaining("unreachable");
        assertThat(FuelMetering.isExhausted(fuel(merged))).isFalse();
        assertThat(FuelMetering.consumed(BUDGET, fuel(merged))).isEqualTo(5);

        Instance unmerged = instantiate(rewritten(inLocal, false, BUDGET), engine);
        assertThatThrownBy(() -> unmerged.export("trap").apply(1)).hasMessageContaining("unreachable");
        assertThat(FuelMetering.consumed(BUDGET, fuel(unmerged))).isEqualTo(2);
    }
}
