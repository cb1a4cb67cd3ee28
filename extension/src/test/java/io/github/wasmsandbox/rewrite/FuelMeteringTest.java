package io.github.wasmsandbox.rewrite;

import static io.github.wasmsandbox.rewrite.Guest.fuel;
import static io.github.wasmsandbox.rewrite.Guest.instantiate;
import static io.github.wasmsandbox.rewrite.Guest.metered;
import static io.github.wasmsandbox.rewrite.Guest.wat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import io.github.wasmsandbox.api.Limit;
import io.github.wasmsandbox.api.OutcomeKind;
import io.github.wasmsandbox.fixtures.HostileFixture;
import io.github.wasmsandbox.fixtures.WasmFeature;
import io.github.wasmsandbox.rewrite.Guest.Engine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("fuel metering")
class FuelMeteringTest {

    static final String SUM = """
            (module
              (func (export "sum") (result i64) (local $i i64) (local $acc i64)
                i64.const 1
                local.set $i
                loop $l
                  local.get $acc
                  local.get $i
                  i64.add
                  local.set $acc
                  local.get $i
                  i64.const 1
                  i64.add
                  local.tee $i
                  i64.const 1000
                  i64.le_u
                  br_if $l
                end
                local.get $acc))
            """;

    /*
     * Cost by hand (Wasmtime model: everything 1 except nop/drop/block/loop/unreachable/return/else/end = 0):
     *   entry segment:  i64.const, local.set, loop(0)                              = 2
     *   loop body:      3 x local.get/add/set ... = local.get, local.get, i64.add, local.set,
     *                   local.get, i64.const, i64.add, local.tee, i64.const, i64.le_u, br_if = 11, run 1000 times
     *   after br_if:    end(0)                                                     = 0
     *   after loop end: local.get, end(0)                                          = 1
     *   total = 2 + 11 * 1000 + 1 = 11003
     */
    static final long SUM_COST = 11_003;

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("a finite loop consumes exactly the fuel computed by hand")
    void exactCost(Engine engine) {
        Instance instance = instantiate(metered(wat(SUM), 1_000_000), engine);
        assertThat(instance.export("sum").apply()[0]).isEqualTo(500_500L);
        assertThat(FuelMetering.consumed(1_000_000, fuel(instance))).isEqualTo(SUM_COST);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    @DisplayName("the exact budget completes, one below traps with the global negative")
    void exactBudget(Engine engine) {
        Instance exact = instantiate(metered(wat(SUM), SUM_COST), engine);
        assertThat(exact.export("sum").apply()[0]).isEqualTo(500_500L);
        assertThat(fuel(exact)).isZero();

        Instance short1 = instantiate(metered(wat(SUM), SUM_COST - 1), engine);
        assertThatThrownBy(() -> short1.export("sum").apply()).isInstanceOf(TrapException.class);
        assertThat(fuel(short1)).isNegative();
        assertThat(FuelMetering.isExhausted(fuel(short1))).isTrue();
        assertThat(FuelMetering.consumed(SUM_COST - 1, fuel(short1))).isEqualTo(SUM_COST - 1);
    }

    @Test
    @DisplayName("an ordinary unreachable leaves the global non-negative")
    void ordinaryTrap() {
        Instance instance = instantiate(metered(wat("(module (func (export \"f\") unreachable))"), 100),
                Engine.INTERPRETER);
        assertThatThrownBy(() -> instance.export("f").apply()).isInstanceOf(TrapException.class);
        assertThat(fuel(instance)).isEqualTo(100);
        assertThat(FuelMetering.isExhausted(fuel(instance))).isFalse();
    }

    static final String LOOP = "(module (func (export \"run\") (loop $l (br $l))))";
    static final String RECURSE = "(module (func $f (export \"run\") (call $f)))";
    static final String START_LOOP = "(module (func $s (loop $l (br $l))) (start $s))";

    @Test
    @DisplayName("an infinite loop stops with identical remaining fuel on interpreter and compiler")
    void infiniteLoop() {
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            Instance instance = instantiate(metered(wat(LOOP), 100_000), engine);
            assertThatThrownBy(() -> instance.export("run").apply()).isInstanceOf(TrapException.class);
            remaining[engine.ordinal()] = fuel(instance);
        }
        assertThat(remaining[0]).isNegative().isEqualTo(remaining[1]);
        // loop body "br" costs 1: 100_000 iterations drain it, the 100_001st overdraws by one
        assertThat(remaining[0]).isEqualTo(-1);
    }

    @Test
    @DisplayName("infinite recursion stops with identical remaining fuel on interpreter and compiler")
    void infiniteRecursion() {
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            Instance instance = instantiate(metered(wat(RECURSE), 500), engine);
            assertThatThrownBy(() -> instance.export("run").apply()).isInstanceOf(TrapException.class);
            remaining[engine.ordinal()] = fuel(instance);
        }
        assertThat(remaining[0]).isEqualTo(-1).isEqualTo(remaining[1]);
    }

    @Test
    @DisplayName("an infinite loop in the start function stops with fuel on interpreter and compiler")
    void infiniteStart() {
        byte[] wasm = metered(wat(START_LOOP), 50_000);
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            // Instantiation runs the start function, which must trap rather than spin.
            remaining[engine.ordinal()] = Guest.fuelAfterFailedStart(wasm, engine);
        }
        assertThat(remaining[0]).isEqualTo(-1).isEqualTo(remaining[1]);
    }

    @ParameterizedTest
    @EnumSource(HostileFixture.class)
    @DisplayName("every fixture of the catalog: benign ones return the same values, looping ones stop with fuel")
    void fixtures(HostileFixture fixture) {
        boolean spins = fixture.expectedOutcome() == OutcomeKind.PREEMPTED
                || fixture.expectedOutcome() == OutcomeKind.OUT_OF_FUEL;
        boolean completesUnlimited = fixture.isBenign() && fixture.stoppedBy() == Limit.NONE;
        assumeTrue(fixture.export().isPresent() && fixture.imports().isEmpty() && (completesUnlimited || spins),
                "only exported, import-free fixtures that complete without limits or spin are checked here");
        assumeTrue(!fixture.features().contains(WasmFeature.EXCEPTION_HANDLING) && !fixture.features().contains(WasmFeature.GC),
                "the rewriter refuses exception handling and GC");
        assumeTrue(!fixture.features().contains(WasmFeature.TAIL_CALL),
                "Chicory 1.7.5's compiler has no real tail calls: a tail-call loop overflows its stack before the fuel runs out");
        assumeTrue(!fixture.features().contains(WasmFeature.THREADS),
                "a memory.atomic.wait32 without timeout blocks, consuming no fuel; only a deadline stops it");
        assumeTrue(!fixture.features().contains(WasmFeature.SIMD), "Chicory 1.7.5 cannot execute SIMD");
        assumeTrue(!fixture.features().contains(WasmFeature.BULK_MEMORY),
                "a bulk-memory loop costs 1 per 64 MiB fill under the default model, so 100,000 fuel means hours of"
                        + " memset; the size-charging model is checked by sizeCharges()");
        byte[] rewritten = metered(fixture.bytes(), 100_000);
        String export = fixture.export().orElseThrow();
        long[] remaining = new long[2];
        for (Engine engine : Engine.values()) {
            Instance instance = instantiate(rewritten, engine);
            if (fixture.isBenign()) {
                assertThat(instance.export(export).apply()).isEqualTo(fixture.expectedValues().orElseThrow());
                assertThat(fuel(instance)).isNotNegative();
            } else {
                assertThatThrownBy(() -> instance.export(export).apply()).isInstanceOf(TrapException.class);
                assertThat(fuel(instance)).isNegative();
            }
            remaining[engine.ordinal()] = fuel(instance);
        }
        assertThat(remaining[0]).isEqualTo(remaining[1]);
    }

    @Test
    @DisplayName("size charges make memory.fill pay len >>> 16 extra")
    void sizeCharges() {
        String fill = "(module (memory 4) (func (export \"fill\") (param i32)"
                + " (memory.fill (i32.const 0) (i32.const 7) (local.get 0))))";
        RewriteOptions plain = RewriteOptions.builder().fuel(1_000).build();
        RewriteOptions sized = RewriteOptions.builder().fuel(1_000)
                .costModel(CostModel.WASMTIME_WITH_SIZE_CHARGES).build();
        for (Engine engine : Engine.values()) {
            Instance a = instantiate(ModuleRewriter.rewrite(wat(fill), plain), engine);
            Instance b = instantiate(ModuleRewriter.rewrite(wat(fill), sized), engine);
            a.export("fill").apply(3 * 65_536);
            b.export("fill").apply(3 * 65_536);
            // static: local.get, i32.const x2, memory.fill = 4; dynamic: 196608 >>> 16 = 3
            assertThat(1_000 - fuel(a)).isEqualTo(4);
            assertThat(1_000 - fuel(b)).isEqualTo(7);
        }
        Instance tiny = instantiate(ModuleRewriter.rewrite(wat(fill),
                RewriteOptions.builder().fuel(5).costModel(CostModel.WASMTIME_WITH_SIZE_CHARGES).build()),
                Engine.INTERPRETER);
        assertThatThrownBy(() -> tiny.export("fill").apply(2 * 65_536)).isInstanceOf(TrapException.class);
        assertThat(fuel(tiny)).isNegative();
        // the fill never ran: memory still zero
        assertThat(tiny.memory().read(0)).isZero();
    }
}
